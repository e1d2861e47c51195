import { Hono } from 'hono';
import { requireUser } from '../auth/session.middleware.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson, parseQuery } from '../http/validate.ts';
import { idempotentRequestOf, sentResponse } from '../idempotency/idempotency.service.ts';
import { EventListQuery, EventPatchSchema, EventSchema } from './event.schema.ts';
import type { EventsService } from './events.service.ts';

/** /events: create (idempotent), list (keyset pages, newest first), read, correct, delete. */
export function eventsRoutes(deps: AppDeps, events: EventsService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/events', requireUser(deps));
  app.use('/events/*', requireUser(deps));

  app.post('/events', async (c) => {
    const input = await parseJson(c, EventSchema);
    return sentResponse(await events.create(idempotentRequestOf(c, c.var.user.id, input), input));
  });

  app.get('/events', async (c) => c.json(await events.list(c.var.user.id, parseQuery(c, EventListQuery))));
  app.get('/events/:id', async (c) => c.json(await events.get(c.var.user.id, c.req.param('id'))));

  app.patch('/events/:id', async (c) => {
    const patch = await parseJson(c, EventPatchSchema);
    return c.json(await events.update(c.var.user.id, c.req.param('id'), patch));
  });

  app.delete('/events/:id', async (c) => {
    await events.delete(c.var.user.id, c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
