import { Hono } from 'hono';
import { StoredCheckInSchema } from '../../domain/contract/checkin.schema.ts';
import { requireUser } from '../auth/session.middleware.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson, parseQuery } from '../http/validate.ts';
import { idempotentResponse } from '../idempotency/idempotency.service.ts';
import { CheckinListQuery, type CheckinsService } from './checkins.service.ts';

/** /checkins: assess-and-store (idempotent), list by time range, read, delete. */
export function checkinsRoutes(deps: AppDeps, checkins: CheckinsService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/checkins', requireUser(deps));
  app.use('/checkins/*', requireUser(deps));

  app.post('/checkins', async (c) => {
    const input = await parseJson(c, StoredCheckInSchema);
    const userId = c.var.user.id;
    return idempotentResponse(c, deps, userId, input, async (tx) => ({
      status: 201,
      body: await checkins.create(tx, userId, input),
    }));
  });
  app.get('/checkins', async (c) =>
    c.json(await checkins.list(c.var.user.id, parseQuery(c, CheckinListQuery))),
  );
  app.get('/checkins/:id', async (c) => c.json(await checkins.get(c.var.user.id, c.req.param('id'))));
  app.delete('/checkins/:id', async (c) => {
    await checkins.delete(c.var.user.id, c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
