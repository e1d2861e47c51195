/**
 * The e2e toolkit every journey uses.
 *
 * ```ts
 * import { afterAll, beforeAll, expect, test } from 'vitest';
 * import { type E2EApp, startApp, openPage, expectAccessible, screenshot, signUp } from './support/index.ts';
 *
 * let app: E2EApp;
 * beforeAll(async () => { app = await startApp(); });   // builds the web app if stale, starts bin/start.mjs
 * afterAll(async () => { await app.stop(); });
 *
 * test('…', async () => {
 *   const { page, context, close } = await openPage(app.baseUrl);   // fresh Chromium profile, 360×640
 *   await signUp(context);                                          // cookie lands in this browser profile
 *   await page.clock.install({ time: new Date('2026-11-26T09:00:00Z') }); // optional fake clock
 *   await page.goto('/#/checkin');
 *   await expectAccessible(page, 'check-in');
 *   await screenshot(page, 'checkin-pain');
 *   await close();
 * });
 * ```
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWeb, type RunningServer, startServer } from './server.ts';

export { expectAccessible, WCAG_TAGS } from './a11y.ts';
export { CHROMIUM_FLAGS, type OpenedPage, type OpenPageOptions, openPage, VIEWPORT } from './browser.ts';
export { answerCheckIn, type CheckInAnswers } from './checkin-flow.ts';
export { SCREENSHOT_DIR, screenshot } from './screenshots.ts';
export { buildWeb, freePort, ROOT, type RunningServer, startServer } from './server.ts';

/** The built app served by the real server. */
export type E2EApp = RunningServer;

let running: Promise<RunningServer> | undefined;

/**
 * Builds the web app when stale (into a private temp dir, see {@link buildWeb}) and starts the real server once per test file (memoised); call `stop()`
 * in `afterAll`. DATABASE_URL is passed through, so the journeys also run against PostgreSQL.
 */
export function startApp(): Promise<E2EApp> {
  running ??= (async () => {
    const server = await startServer({}, buildWeb());
    const stop = server.stop;
    return {
      ...server,
      async stop() {
        running = undefined;
        await stop();
      },
    };
  })();
  return running;
}

/**
 * The real server in demo mode (UNKNOT_DEMO=1, plus `env`, e.g. the test clock) for the whole test file:
 * started before its tests and stopped after them. Call at the top of the file; read it inside tests.
 */
export function demoServerForFile(env: Record<string, string> = {}): () => RunningServer {
  let app: RunningServer | undefined;
  beforeAll(async () => {
    app = await startServer({ UNKNOT_DEMO: '1', ...env });
  });
  afterAll(async () => {
    await app?.stop();
  });
  return () => {
    if (app === undefined) throw new Error('the demo server has not started');
    return app;
  };
}

let counter = 0;

/** A fresh, unique e-mail address for a test account. */
export function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.test`;
}

/** The account {@link signUp} created. */
export interface TestAccount {
  email: string;
  password: string;
  name: string;
}

/**
 * Signs up a client through the API with the browser profile's own request context, so the session cookie
 * is shared with its pages. Throws unless the server answers 201.
 */
export async function signUp(
  context: BrowserContext,
  account: Partial<TestAccount> = {},
): Promise<TestAccount> {
  const full: TestAccount = {
    email: account.email ?? uniqueEmail(),
    password: account.password ?? 'a long enough password',
    name: account.name ?? 'Sam Tester',
  };
  const res = await context.request.post('/api/v1/auth/signup', {
    data: { ...full, role: 'client' },
  });
  if (res.status() !== 201) throw new Error(`signup answered ${res.status()}: ${await res.text()}`);
  return full;
}

/** GET a JSON API path with the profile's cookie; throws on a non-2xx answer. */
export async function apiGet<T>(context: BrowserContext, path: string): Promise<T> {
  // A kept-alive connection the server closes as idle just as the GET goes out ends in ECONNRESET (seen once
  // in a full run on a loaded machine); a GET is safe to send again, as browsers do.
  const res = await context.request
    .get(path)
    .catch((err: unknown) =>
      /ECONNRESET/.test(String(err)) ? context.request.get(path) : Promise.reject(err),
    );
  if (!res.ok()) throw new Error(`GET ${path} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}
