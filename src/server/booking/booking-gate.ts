import type { Kysely, RawBuilder } from 'kysely';
import {
  bookingGate,
  CHECKIN_VALID_HOURS,
  type GateDecision,
  gateRefusal,
} from '../../domain/booking/booking-gate.ts';
import { isoZ } from '../../domain/booking/slots.ts';
import { FUTURE_SLACK_MS } from '../care/not-future.ts';
import { BookingError } from './booking.errors.ts';
import type { BookingDb } from './booking.repository.ts';
import {
  type CheckinWindow,
  type LatestCheckinRow,
  latestCheckin,
  latestCheckinJson,
  latestCheckinOfJson,
} from './checkin-gate.ts';

/**
 * The booking gate on the server (contract v2 "Booking needs a safe, recent check-in"): reads the client's
 * latest check-in of the last 24 h and asks the pure rule (src/domain/booking/booking-gate.ts) whether and
 * from when they may book.
 */

const HOUR_MS = 3_600_000;

/** The check-ins the gate reads: of the last 24 h (CHECKIN_VALID_HOURS), dated no later than now. */
function checkinWindow(now: Date): CheckinWindow {
  return {
    since: new Date(now.getTime() - CHECKIN_VALID_HOURS * HOUR_MS),
    // The care API's own margin for clock drift: a check-in dated later describes nothing yet and must
    // not hide a real red flag.
    until: new Date(now.getTime() + FUTURE_SLACK_MS),
  };
}

/** The pure rule's decision on a check-in as read. */
function gateOf(latest: LatestCheckinRow | undefined): GateDecision {
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

/**
 * The gate for one client, read through a given executor (inside the booking's transaction, or not): on its
 * own ({@link decide}), or as a subquery of a statement that reads something else beside it
 * ({@link subquery}, then {@link decideFrom}).
 */
export class BookingGateReader {
  /** Whether a client may book now, and from when (contract v2). */
  async decide(db: Kysely<BookingDb>, clientId: string, now: Date): Promise<GateDecision> {
    return gateOf(await latestCheckin(db, clientId, checkinWindow(now)));
  }

  /** The gate's read as a scalar subquery, for {@link decideFrom}. */
  subquery(db: Kysely<BookingDb>, clientId: string, now: Date): RawBuilder<unknown> {
    return latestCheckinJson(db, clientId, checkinWindow(now));
  }

  /** The decision from what {@link subquery} read. */
  decideFrom(value: unknown): GateDecision {
    return gateOf(latestCheckinOfJson(value));
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
