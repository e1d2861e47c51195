import type { Kysely } from 'kysely';
import {
  bookingGate,
  CHECKIN_VALID_HOURS,
  type GateDecision,
  gateRefusal,
} from '../../domain/booking/booking-gate.ts';
import { isoZ } from '../../domain/booking/slots.ts';
import type { Level } from '../../domain/contract/ids.ts';
import { FUTURE_SLACK_MS } from '../care/not-future.ts';
import { BookingError } from './booking.errors.ts';
import type { BookingDb } from './booking.repository.ts';

/**
 * The booking gate on the server (contract v2 "Booking needs a safe, recent check-in"): reads the client's
 * latest check-in of the last 24 h and asks the pure rule (src/domain/booking/booking-gate.ts) whether and
 * from when they may book.
 */

/** What the booking gate reads of a person's latest check-in. */
export interface LatestCheckinRow {
  at: Date;
  createdAt: Date;
  level: Level;
  massageAt: string | null;
  /** The last massage on record (care log or a started visit), at or before the window's end; null if none. */
  recordedMassageAt: Date | null;
  flagIds: string[];
}

/**
 * The most recently recorded check-in of a person in a window, with its triage level (accounts' care log):
 * recorded at or after `since`, and dated (`at`) no later than `until`. Reads through the given executor:
 * inside a transaction on PGlite's single connection, anything else would wait for ever.
 */
export type LatestCheckin = (
  db: Kysely<BookingDb>,
  userId: string,
  window: { readonly since: Date; readonly until: Date },
) => Promise<LatestCheckinRow | undefined>;

const HOUR_MS = 3_600_000;

/** The gate's refusals in the person's words (contract v2 codes). */
const GATE_MESSAGES = {
  checkin_required: `Please do a quick check-in first: a visit needs one from the last ${CHECKIN_VALID_HOURS} hours.`,
  red_flag:
    'Your latest check-in found warning signs that need medical help first. Please follow the advice on your check-in, not a massage.',
  massage_not_yet: 'Your plan advises against a massage before this time, so the visit cannot start earlier.',
  see_doctor:
    'Your pain began after a massage and has not settled. Please see a doctor before booking another massage.',
} as const;

/** The answer of GET /api/v1/bookings/eligibility (shape documented in the route). */
export function eligibilityJson(d: GateDecision) {
  if (d.ok) return { ok: true as const, availableAt: null, validUntil: isoZ(d.validUntilMs) };
  if (d.code !== 'massage_not_yet')
    return { ok: false as const, code: d.code, message: GATE_MESSAGES[d.code] };
  const doctor = d.availableAtMs === null;
  return {
    ok: false as const,
    code: d.code,
    message: doctor ? GATE_MESSAGES.see_doctor : GATE_MESSAGES.massage_not_yet,
    availableAt: doctor ? null : isoZ(d.availableAtMs),
    validUntil: isoZ(d.validUntilMs),
  };
}

/** The gate for one client, read through a given executor (inside the booking's transaction, or not). */
export class BookingGateReader {
  constructor(private readonly latestCheckin: LatestCheckin) {}

  /** Whether a client may book now, and from when (contract v2). */
  async decide(db: Kysely<BookingDb>, clientId: string, now: Date): Promise<GateDecision> {
    const latest = await this.latestCheckin(db, clientId, {
      since: new Date(now.getTime() - CHECKIN_VALID_HOURS * HOUR_MS),
      // The care API's own margin for clock drift: a check-in dated later describes nothing yet and must
      // not hide a real red flag.
      until: new Date(now.getTime() + FUTURE_SLACK_MS),
    });
    return bookingGate(
      latest && {
        atMs: latest.at.getTime(),
        createdAtMs: latest.createdAt.getTime(),
        level: latest.level,
        massageMs: latest.massageAt === null ? null : Date.parse(latest.massageAt),
        recordedMassageMs: latest.recordedMassageAt?.getTime() ?? null,
        flagIds: latest.flagIds,
      },
    );
  }

  /** Refuse a visit starting at `startMs` that an already read decision does not allow. */
  assertDecision(decision: GateDecision, startMs: number): void {
    const refusal = gateRefusal(decision, startMs);
    if (refusal === null) return;
    const answer = eligibilityJson(decision);
    const details = 'availableAt' in answer ? { availableAt: answer.availableAt } : {};
    throw new BookingError(422, refusal, answer.ok ? GATE_MESSAGES[refusal] : answer.message, details);
  }
}
