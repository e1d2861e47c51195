/**
 * The booking gate (contract v2 "Booking needs a safe, recent check-in"): from the client's latest check-in of
 * the 24 h before the request, may they book, and from when? Pure: the server reads the check-in, this decides.
 */
import type { Level } from '../contract/ids.ts';
import { massageAllowedAt, massageTiming } from './massage-timing.ts';

const HOUR_MS = 3_600_000;
/** The check-in that counts is one recorded in the last 24 h (contract v2). */
export const CHECKIN_VALID_HOURS = 24;

/** What the gate reads of the latest check-in. */
export interface GateCheckin {
  readonly atMs: number;
  /** When the server recorded it: the 24 h run from here. */
  readonly createdAtMs: number;
  readonly level: Level;
  readonly massageMs: number | null;
  /**
   * The last massage on record (the care log's `massage` events, the person's started visits), which may be
   * later than the check-in: it happened, so it counts even when the check-in was made before it. Null if none.
   */
  readonly recordedMassageMs?: number | null;
  readonly flagIds: readonly string[];
}

export type GateCode = 'checkin_required' | 'red_flag' | 'massage_not_yet';

/** The gate's answer; `availableAtMs` is the first instant a visit may start (null: none until a doctor). */
export type GateDecision =
  | { readonly ok: true; readonly validUntilMs: number }
  | { readonly ok: false; readonly code: 'checkin_required' | 'red_flag' }
  | {
      readonly ok: false;
      readonly code: 'massage_not_yet';
      readonly availableAtMs: number | null;
      readonly validUntilMs: number;
    };

/** May this client book at all now, and from when may a visit start? */
export function bookingGate(latest: GateCheckin | undefined): GateDecision {
  if (latest === undefined) return { ok: false, code: 'checkin_required' };
  const validUntilMs = latest.createdAtMs + CHECKIN_VALID_HOURS * HOUR_MS;
  const timing = massageTiming(latest);
  // MA-NOT-NORMAL: an emergency or urgent flag needs medical help first, not a massage.
  if (timing.kind === 'red_flag') return { ok: false, code: 'red_flag' };
  // RF-POST-MASSAGE-LONG: not until a doctor has seen it (no instant to offer).
  if (timing.kind === 'see_doctor')
    return { ok: false, code: 'massage_not_yet', availableAtMs: null, validUntilMs };
  // MA-AGAIN: visits from 72 h after the last massage, whether the person named it or it is on record.
  // A recorded massage is judged by the same rule, as of the later of the check-in and the massage.
  const recordedMs = latest.recordedMassageMs ?? null;
  const recorded =
    recordedMs === null
      ? null
      : massageTiming({ ...latest, massageMs: recordedMs, atMs: Math.max(latest.atMs, recordedMs) });
  const availableAtMs = Math.max(
    timing.kind === 'from' ? timing.availableAtMs : Number.NEGATIVE_INFINITY,
    recorded?.kind === 'from' ? recorded.availableAtMs : Number.NEGATIVE_INFINITY,
  );
  if (availableAtMs > Number.NEGATIVE_INFINITY) {
    return { ok: false, code: 'massage_not_yet', availableAtMs, validUntilMs };
  }
  return { ok: true, validUntilMs };
}

/** Whether a visit starting at `startMs` passes the gate; the refusal's code otherwise. */
export function gateRefusal(decision: GateDecision, startMs: number): GateCode | null {
  if (decision.ok) return null;
  if (decision.code !== 'massage_not_yet') return decision.code;
  const timing =
    decision.availableAtMs === null
      ? ({ kind: 'see_doctor' } as const)
      : ({ kind: 'from', availableAtMs: decision.availableAtMs } as const);
  return massageAllowedAt(timing, startMs) ? null : 'massage_not_yet';
}
