/**
 * The diary events the guided sessions log, built in one place. The session screens call these, and a test
 * posts what they build to the real API (session-events.api.test.ts), so a session can never again queue a
 * body the server refuses (stretch sessions once were, with 400 "Invalid request body").
 * Pure: the instant is a parameter.
 */
import type { CreamIngredient } from '../../domain/contract/ids.ts';
import type { ExerciseId } from '../../domain/plan/exercises.ts';
import { needsPrescriber } from '../../domain/session/dose.ts';
import { loggedMinutes, remaining, type Timer } from '../../domain/session/timer.ts';
import type { NewEvent } from '../lib/events.ts';

/** The water page's quick adds, in millilitres. */
export const QUICK_ML = [150, 250, 500] as const;

function iso(t: number | Date): string {
  return new Date(t).toISOString();
}

/**
 * A cold or heat session that ends at `now`: dated when it started, with the time it really ran to the
 * second (a pack taken off after 6 s is 0.1 minutes, not "1 minute").
 */
export function packEvent(
  kind: 'cold' | 'heat',
  timer: Timer,
  now: number,
): Extract<NewEvent, { kind: 'cold' | 'heat' }> {
  const minutes = loggedMinutes(timer, now);
  const flags = remaining(timer, now) > 0 ? { stoppedEarly: true } : { completed: true };
  return { kind, at: iso(timer.startedAt), minutes, ...flags };
}

/** A walk timed with the walk timer, ending at `now` (whole minutes, at least 1). */
export function walkEvent(timer: Timer, now: number): NewEvent {
  const minutes = Math.max(1, Math.round(loggedMinutes(timer, now)));
  return { kind: 'exercise', at: iso(timer.startedAt), activity: 'walking', minutes };
}

/** An activity logged by hand (routine, yoga, water exercise), at `now`. */
export function activityEvent(activity: ExerciseId, minutes: number, now: number): NewEvent {
  return { kind: 'exercise', at: iso(now), activity, minutes };
}

/** A drink. */
export function waterEvent(ml: number, now: number): NewEvent {
  return { kind: 'water', at: iso(now), ml };
}

/**
 * Bed and wake instants from two clock times: the last wake at that clock time up to `now` (a wake time
 * later than now was yesterday's: the server refuses future-dated events), and bed the evening before
 * waking when it is later.
 */
export function sleepSpan(bed: string, wake: string, now: Date): { bedAt: Date; wakeAt: Date } | null {
  const [bh, bm] = bed.split(':').map(Number);
  const [wh, wm] = wake.split(':').map(Number);
  if ([bh, bm, wh, wm].some((n) => n === undefined || !Number.isFinite(n))) return null;
  const wakeAt = new Date(now);
  wakeAt.setHours(wh ?? 0, wm ?? 0, 0, 0);
  if (wakeAt > now) wakeAt.setDate(wakeAt.getDate() - 1);
  const bedAt = new Date(wakeAt);
  bedAt.setHours(bh ?? 0, bm ?? 0, 0, 0);
  if (bedAt >= wakeAt) bedAt.setDate(bedAt.getDate() - 1);
  return { bedAt, wakeAt };
}

/** A night's sleep, dated when the person woke. */
export function sleepEvent(span: { bedAt: Date; wakeAt: Date }): NewEvent {
  return { kind: 'sleep', at: iso(span.wakeAt), bedAt: iso(span.bedAt), wakeAt: iso(span.wakeAt) };
}

/** A cream applied at `now`. */
export function creamEvent(ingredient: CreamIngredient, now: number): NewEvent {
  return { kind: 'cream', at: iso(now), ingredient };
}

/**
 * An ibuprofen dose taken at `now`. IB-RX: a dose above the over-the-counter label is recorded as set by a
 * prescriber (the screen asks first); it counts toward the same totals.
 */
export function ibuprofenEvent(mg: number, now: number): NewEvent {
  return { kind: 'ibuprofen', at: iso(now), mg, ...(needsPrescriber(mg) ? { prescribed: true } : {}) };
}

/** A pain score at `now` (the diary's picker). */
export function painEvent(score: number, now: number): NewEvent {
  return { kind: 'pain', at: iso(now), score };
}
