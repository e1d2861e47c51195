import { Hono } from 'hono';

/** `GET /healthz`: the app is only built after migrations ran, so answering means ready. */
export function healthRoutes(): Hono {
  return new Hono().get('/healthz', (c) => c.json({ ok: true }));
}
