import { type Context, Hono } from 'hono';
import {
  BookingPatchSchema,
  CompleteRequestSchema,
  FollowUpAnswerSchema,
  ReviewSchema,
} from '../../domain/aftercare/aftercare.schema.ts';
import { requireUser } from '../auth/session.middleware.ts';
import { onError } from '../http/on-error.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import type { AftercareService } from './aftercare.service.ts';
import { practiceRoutes } from './practice.routes.ts';
import { PracticeService } from './practice.service.ts';

const caller = (c: Context<AppEnv>) => c.var.user;

/** Aftercare endpoints (contract v2 "Aftercare"), mounted under /api/v1 beside the booking routes. */
export function aftercareRoutes(deps: AppDeps, service: AftercareService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  const signedIn = requireUser(deps);
  app.use('/followups/*', signedIn);
  app.use('/bookings/*', signedIn);

  app.post('/bookings/:id/complete', async (c) => {
    const { note } = await parseJson(c, CompleteRequestSchema);
    return c.json(await service.complete(caller(c), c.req.param('id'), note), 200);
  });
  app.patch('/bookings/:id', async (c) => {
    const body = await parseJson(c, BookingPatchSchema);
    return c.json(await service.share(caller(c), c.req.param('id'), body.shareFollowUps), 200);
  });
  app.post('/bookings/:id/review', async (c) => {
    const body = await parseJson(c, ReviewSchema);
    return c.json(await service.review(caller(c), c.req.param('id'), body), 201);
  });
  app.post('/followups/:id', async (c) => {
    const body = await parseJson(c, FollowUpAnswerSchema);
    return c.json(await service.answer(caller(c), c.req.param('id'), body), 201);
  });
  // The therapist's practice view beside the loop it reads from.
  app.route('/', practiceRoutes(deps, new PracticeService({ db: deps.db, now: deps.clock })));
  return app;
}
