import { Hono } from 'hono';
import { z } from 'zod';
import { csrfGuard } from '../auth/session.middleware.ts';
import { ValidationError } from '../http/errors.ts';
import type { AppDeps, AppEnv, Clock } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';

/**
 * A server clock that journeys can move: the base clock (real time in the server process) plus an offset
 * that only grows. Time keeps flowing after a move, so timers, leases and "five minutes ago" behave as in
 * life; it never goes back, because rows written at a later instant (check-ins, notes, sessions) would then
 * lie in the future and every rule reading them would judge nonsense.
 */
export class MovableClock {
  #offsetMs = 0;

  constructor(private readonly base: Clock = () => new Date()) {}

  /** The app's now: the base clock plus the offset. */
  readonly now: Clock = () => new Date(this.base().getTime() + this.#offsetMs);

  /** Move forward to `at`; an instant before now is refused (400 naming the field). */
  moveTo(at: Date, field = 'at'): Date {
    const behind = at.getTime() - this.now().getTime();
    if (behind < 0) {
      throw new ValidationError(
        'The test clock never goes back.',
        [{ path: field, message: `is before the server's now (${this.now().toISOString()})` }],
        'clock_backwards',
      );
    }
    this.#offsetMs += behind;
    return this.now();
  }

  /** Move forward by whole minutes. */
  advance(minutes: number): Date {
    return this.moveTo(new Date(this.now().getTime() + minutes * 60_000), 'advanceMinutes');
  }
}

/** A year: far enough for any follow-up or reminder rule, and a typo of extra digits is caught. */
const MAX_MINUTES = 366 * 24 * 60;

// One object rather than a union, so a bad value is a 400 naming its field (a union names none).
const MoveSchema = z
  .strictObject({
    advanceMinutes: z
      .number()
      .int()
      .min(0, 'the test clock never goes back')
      .max(MAX_MINUTES, 'at most a year at a time')
      .optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => (b.advanceMinutes === undefined) !== (b.at === undefined), {
    message: 'give either advanceMinutes or at',
    path: ['advanceMinutes'],
  });

/** The routes mounted only with UNKNOT_TEST_CLOCK=1; kept out of the public API reference (openapi.ts). */
export const TEST_CLOCK_ROUTES = ['GET /api/v1/test/clock', 'POST /api/v1/test/clock'] as const;

/**
 * GET /test/clock answers `{ now }`; POST /test/clock `{ advanceMinutes }` or `{ at }` moves it forward and
 * answers `{ now }`. No sign-in: a journey drives it from outside the browser, which is why the server refuses
 * to start with it anywhere others could reach it (refusal.ts).
 */
export function testClockRoutes(deps: AppDeps, clock: MovableClock): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/test/clock', (c) => c.json({ now: clock.now().toISOString() }));
  // A page on another site must not move a developer's local clock with a form post.
  app.post('/test/clock', csrfGuard(deps.config), async (c) => {
    const body = await parseJson(c, MoveSchema);
    const now =
      body.at !== undefined ? clock.moveTo(new Date(body.at)) : clock.advance(body.advanceMinutes ?? 0);
    return c.json({ now: now.toISOString() });
  });
  return app;
}
