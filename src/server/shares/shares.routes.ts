import { Hono } from 'hono';
import { requireUser } from '../auth/session.middleware.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import { REPORT_CSP } from '../insight/report-html.ts';
import { CreateShareSchema } from './shares.schema.ts';
import type { SharesService } from './shares.service.ts';

/** Headers of the shared page: never cached, never indexed. */
const SHARED_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Content-Security-Policy': REPORT_CSP,
};

/** /shares (the owner's links) and /shared/:token (the page a link opens, no account needed). */
export function sharesRoutes(deps: AppDeps, shares: SharesService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/shares', requireUser(deps));
  app.use('/shares/*', requireUser(deps));

  app.post('/shares', async (c) => {
    const input = await parseJson(c, CreateShareSchema);
    const origin = new URL(c.req.url).origin;
    return c.json(await shares.create(c.var.user.id, input, origin), 201, { 'Cache-Control': 'no-store' });
  });
  app.get('/shares', async (c) =>
    c.json(await shares.list(c.var.user.id), 200, { 'Cache-Control': 'no-store' }),
  );
  app.delete('/shares/:id', async (c) => {
    await shares.revoke(c.var.user.id, c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/shared/:token', async (c) => {
    try {
      return c.body(await shares.open(c.req.param('token')), 200, SHARED_HEADERS);
    } catch (error) {
      // Even the "gone" answer must not be cached or indexed.
      for (const [k, v] of Object.entries(SHARED_HEADERS)) if (k !== 'Content-Type') c.header(k, v);
      throw error;
    }
  });
  return app;
}
