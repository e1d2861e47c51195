import { type Context, Hono } from 'hono';
import { requireRole, requireUser } from '../auth/session.middleware.ts';
import { onError } from '../http/on-error.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import type { PracticeService } from './practice.service.ts';

const caller = (c: Context<AppEnv>) => c.var.user;

/**
 * The therapist's practice view, mounted under /api/v1: their clients and one client's history with them.
 * A client account gets 403 (the role cannot do this, as elsewhere); another therapist's client is a 404.
 */
export function practiceRoutes(deps: AppDeps, service: PracticeService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('/therapist/*', requireUser(deps), requireRole('therapist'));
  app.get('/therapist/clients', async (c) => c.json(await service.clients(caller(c).id)));
  app.get('/therapist/clients/:clientId', async (c) =>
    c.json(await service.client(caller(c).id, c.req.param('clientId'))),
  );
  return app;
}
