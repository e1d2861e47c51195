/**
 * Cancellation terms: either side may cancel a confirmed booking that has not started; it is
 * free until `cancelFreeHours` (default 24, set per therapist) before the start, and "late" after that.
 * A late cancellation is still allowed and recorded as late, so the therapist's policy can be applied.
 */

const HOUR_MS = 3_600_000;

/** Default free-cancellation window, hours before the start. */
export const DEFAULT_CANCEL_FREE_HOURS = 24;

/** Outcome of asking whether a booking can be cancelled now. */
export type CancellationDecision =
  | { readonly ok: true; readonly late: boolean; readonly freeUntil: string }
  | { readonly ok: false; readonly reason: 'already_cancelled' | 'already_started' };

/** Decide whether a booking can be cancelled at `now`, and whether that is free or late. */
export function cancellationDecision(input: {
  readonly start: string;
  readonly status: string;
  readonly now: string;
  readonly cancelFreeHours?: number | null;
}): CancellationDecision {
  if (input.status === 'cancelled') return { ok: false, reason: 'already_cancelled' };
  const startMs = Date.parse(input.start);
  const nowMs = Date.parse(input.now);
  if (nowMs >= startMs) return { ok: false, reason: 'already_started' };
  const freeUntilMs = startMs - (input.cancelFreeHours ?? DEFAULT_CANCEL_FREE_HOURS) * HOUR_MS;
  return { ok: true, late: nowMs > freeUntilMs, freeUntil: new Date(freeUntilMs).toISOString() };
}
