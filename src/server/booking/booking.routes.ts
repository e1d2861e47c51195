import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  BookingInstant,
  BookingRequestSchema,
  CancelRequestSchema,
  SlotsQuerySchema,
  TherapistProfileSchema,
} from '../../domain/booking/booking.schema.ts';
import { POSTCODE_COUNTRIES, type PostcodeCountry } from '../../domain/booking/postcode-format.ts';
import { isUuid } from '../../domain/booking/uuid.ts';
import { text } from '../../domain/contract/text.schema.ts';
import { aftercareRoutes } from '../aftercare/aftercare.routes.ts';
import { AftercareService } from '../aftercare/aftercare.service.ts';
import { requireUser } from '../auth/session.middleware.ts';
import { readBodyText } from '../http/body-limit.ts';
import { onError } from '../http/on-error.ts';
import { fromQuery, queryField } from '../http/query.ts';
import type { AppDeps, AppEnv, SessionUser } from '../http/types.ts';
import { parseJson, parseQuery, parseWith } from '../http/validate.ts';
import { idempotentRequestOf, sentResponse } from '../idempotency/idempotency.service.ts';
import { BookingError } from './booking.errors.ts';
import type { BookingService } from './booking.service.ts';
import type { CalendarTokenRepository } from './calendar-token.repository.ts';

export interface BookingRoutesDeps {
  readonly app: AppDeps;
  readonly service: BookingService;
  readonly tokens: CalendarTokenRepository;
}

const caller = (c: Context<AppEnv>): SessionUser => c.var.user;

const RangeQuery = z.object({
  from: queryField(BookingInstant.optional()),
  to: queryField(BookingInstant.optional()),
  /** `confirmed` lists what is still ahead or done, without cancelled visits ("Upcoming" uses it). */
  status: queryField(z.enum(['confirmed', 'cancelled']).optional()),
});
/** The slots query with every raw value read as the shared query helper reads it. */
const SlotsQuery = z.preprocess(
  (q) =>
    typeof q === 'object' && q !== null
      ? Object.fromEntries(Object.entries(q).map(([k, v]) => [k, fromQuery(v)]))
      : q,
  SlotsQuerySchema,
);
const PostcodeQuery = z.object({
  postcode: text(20).optional(),
  // The searcher's country, when they chose one: the postcode is checked against its format and
  // therapists of other countries are left out (AU and NZ share the 4-digit shape).
  country: z.preprocess(
    (v) => (typeof v === 'string' ? v.toUpperCase() : v),
    z.enum(POSTCODE_COUNTRIES as [PostcodeCountry, ...PostcodeCountry[]]).optional(),
  ),
});

function ics(c: Context, body: string, filename: string): Response {
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  });
}

/**
 * Booking endpoints (contract "Accounts and booking"), mounted under /api/v1. Handlers are thin:
 * validate, call the service, answer.
 */
export function bookingRoutes(deps: BookingRoutesDeps): Hono<AppEnv> {
  const { service, tokens } = deps;
  const app = new Hono<AppEnv>();
  app.onError(onError);
  const signedIn = requireUser(deps.app);
  app.use('/therapists/me', signedIn);
  app.use('/bookings', signedIn);
  app.use('/bookings/*', signedIn);
  app.use('/me/calendar-token', signedIn);
  app.use('/inbox', signedIn);

  app.put('/therapists/me', async (c) => {
    const user = caller(c);
    const input = await parseJson(c, TherapistProfileSchema);
    return c.json(await service.saveProfile(user, input), 200);
  });
  app.get('/therapists/me', async (c) => {
    const user = caller(c);
    return c.json(await service.profile(user.id, true));
  });
  app.get('/therapists', async (c) => {
    const { postcode, country } = parseQuery(c, PostcodeQuery);
    return c.json(await service.search(postcode, country));
  });
  app.get('/therapists/:id/slots', async (c) => {
    const q = parseQuery(c, SlotsQuery);
    return c.json(await service.slots(uuidOr404(c.req.param('id')), q));
  });
  app.get('/therapists/:id', async (c) => c.json(await service.profile(uuidOr404(c.req.param('id')))));

  app.post('/bookings', async (c) => {
    const user = caller(c);
    const input = await parseJson(c, BookingRequestSchema);
    const request = idempotentRequestOf(c, user.id, input);
    return sentResponse(
      await service.bookIdempotent(
        { id: user.id, role: user.role, name: user.name },
        input,
        request,
        deps.app.clock,
      ),
    );
  });
  // Before /bookings/:id. The booking gate for the signed-in client (contract v2), for the slot picker:
  // { ok: true, availableAt: null, validUntil } or { ok: false, code, message, availableAt?, validUntil? }.
  app.get('/bookings/eligibility', async (c) => c.json(await service.eligibility(caller(c))));
  app.get('/bookings', async (c) => {
    const user = caller(c);
    const range = parseQuery(c, RangeQuery);
    return c.json(await service.list(user, range));
  });
  app.get('/bookings/:file{[^/]+\\.ics}', async (c) => {
    const user = caller(c);
    const id = c.req.param('file').slice(0, -4);
    return ics(c, await service.ics(user, id), `unknot-${id}.ics`);
  });
  app.get('/bookings/:id', async (c) => {
    const user = caller(c);
    return c.json(await service.get(user, c.req.param('id')));
  });
  app.post('/bookings/:id/cancel', async (c) => {
    const user = caller(c);
    const text = await readBodyText(c);
    const body = parseWith(CancelRequestSchema, text.trim() === '' ? {} : safeJson(text));
    return c.json(await service.cancel(user, c.req.param('id'), body.reason));
  });

  // Private calendar feed: the token is the only credential, so no session (calendar apps have none).
  app.get('/calendar/:file{[A-Za-z0-9_-]{20,100}\\.ics}', async (c) => {
    const owner = await tokens.owner(c.req.param('file').slice(0, -4));
    if (owner === undefined) throw new BookingError(404, 'not_found', 'No such calendar.');
    return ics(c, await service.feed(owner.id, owner.role), 'unknot.ics');
  });
  app.post('/me/calendar-token', async (c) => {
    const user = caller(c);
    const token = await tokens.rotate(user.id);
    const origin = new URL(c.req.url).origin;
    return c.json({ token, url: `${origin}/api/v1/calendar/${token}.ics` }, 201);
  });
  app.delete('/me/calendar-token', async (c) => {
    const user = caller(c);
    await tokens.revoke(user.id);
    return c.body(null, 204);
  });

  // Aftercare: complete with a note, follow-ups, consent and review, beside the bookings.
  app.route('/', aftercareRoutes(deps.app, new AftercareService({ db: deps.app.db, now: deps.app.clock })));

  app.get('/inbox', async (c) => {
    const user = caller(c);
    return c.json({ items: await service.inbox(user.id) });
  });
  return app;
}

function uuidOr404(id: string): string {
  if (!isUuid(id)) throw new BookingError(404, 'not_found', 'Not found.');
  return id;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BookingError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}
