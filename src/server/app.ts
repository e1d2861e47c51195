import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { assessRoutes } from './assess/assess.routes.ts';
import { bookingModule } from './booking/booking.module.ts';
import { defaultConfig } from './config.ts';
import { healthRoutes } from './health/health.routes.ts';
import { accessLog } from './http/access-log.ts';
import { limitBody } from './http/body-limit.ts';
import { notFound, onError } from './http/on-error.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { AppDeps, AppEnv } from './http/types.ts';
import type { ServerModule } from './modules.ts';
import { allModules } from './routes.ts';
import { MovableClock, testClockRoutes } from './test-clock/test-clock.ts';
import { serveWeb } from './web/static.ts';

/**
 * What createApp needs; `clock` and `config` default to the real clock and defaults. With `config.testClock`
 * the app's clock is `clock` plus an offset that POST /api/v1/test/clock moves forward.
 */
export interface CreateAppOptions {
  db: AppDeps['db'];
  clock?: AppDeps['clock'];
  config?: Partial<AppDeps['config']>;
  /** Account e-mails (default: SMTP from the config, or a log line naming the subject). */
  accountMailer?: AppDeps['accountMailer'];
  /** Extra feature modules (e.g. booking), mounted after the core ones. */
  modules?: ServerModule[];
}

/**
 * Build the Hono app from injected dependencies. The database must already be migrated.
 *
 * @example
 * const app = createApp({ db, clock: () => new Date('2026-11-26T09:00:00Z') });
 * const res = await app.request('/healthz');
 */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const config = { ...defaultConfig, ...options.config };
  const base = options.clock ?? (() => new Date());
  // With the test clock every rule reads the movable clock (the base plus an offset), so moving it moves them all.
  const movable = config.testClock ? new MovableClock(base) : undefined;
  const deps: AppDeps = {
    db: options.db,
    clock: movable?.now ?? base,
    config,
    ...(options.accountMailer && { accountMailer: options.accountMailer }),
  };
  const modules = allModules(options.modules ?? [bookingModule()]);

  const app = new Hono<AppEnv>();
  app.onError(onError);
  if (deps.config.accessLog) app.use(accessLog());
  app.use(securityHeaders);

  app.route('/', healthRoutes(deps.db));

  const api = new Hono<AppEnv>();
  api.use(limitBody);
  // The API reference (docs/api.md): public, generated once from the zod schemas on first request, and
  // imported only then (zod-openapi costs ~0.2 s to load, which start-up need not pay).
  api.get('/openapi.json', async (c) => {
    const { openApiJson } = await import('./http/openapi.ts');
    return c.body(openApiJson(), 200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'public, max-age=300',
    });
  });
  // The stateless fast path first: no session lookup, no database.
  api.route('/', assessRoutes(deps.clock));
  for (const module of modules) api.route('/', module.routes(deps));
  // Mounted only with UNKNOT_TEST_CLOCK=1: without it /api/v1/test/clock is a plain 404.
  if (movable) api.route('/', testClockRoutes(deps, movable));
  api.notFound(notFound);
  app.route('/api/v1', api);
  app.all('/api/*', notFound);

  app.use(compress());
  app.use(serveWeb(deps.config.webDir));
  app.notFound(notFound);
  return app;
}
