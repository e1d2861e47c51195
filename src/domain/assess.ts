import type { z } from 'zod';
import { contactsFor } from './contacts/contacts.ts';
import { localizeFlag } from './contacts/localize.ts';
import type { Assessment } from './contract/assessment.ts';
import type { CheckIn, CheckInSchema } from './contract/checkin.schema.ts';
import { emptyCareLog } from './plan/care-log.ts';
import { checkInTimes } from './plan/check-in-times.ts';
import { nowActions } from './plan/now-actions.ts';
import { buildPlanAt, isGentle } from './plan/plan.ts';
import { triageAt } from './triage/triage.ts';

/**
 * Triage a check-in and, when it is safe to, build today's plan. Pure: every time rule is relative
 * to `checkIn.at`.
 *
 * The plan is withheld at `emergency`, and at `urgent` unless the person has already sought care
 * (contract; evidence section 1: the plan never hides or delays the red-flag message). At `doctor` the
 * plan is given, with the doctor advice above it.
 * @example assess(resolveCheckIn(CheckInSchema.parse(body), now)).triage.level
 */
export function assess(checkIn: CheckIn): Assessment {
  // Every instant is parsed once, here, for both triage and the plan.
  const times = checkInTimes(checkIn);
  let t = triageAt(checkIn, times);
  const withheld = t.level === 'emergency' || (t.level === 'urgent' && !checkIn.soughtCare);
  const plan = withheld ? null : buildPlanAt(checkIn, times, t);
  const out: Assessment = { triage: t, plan };
  if (plan) out.now = nowActions(plan, times.atMs, isGentle(checkIn.painScore, plan.phase));
  if (checkIn.country !== undefined) {
    // Contract v2, EC-WHERE: the numbers and each flag's "what to do" follow the country given.
    const contacts = contactsFor(checkIn.country);
    t = { ...t, flags: t.flags.map((f) => localizeFlag(f, contacts)) };
    out.triage = t;
    out.contacts = contacts;
  }
  return out;
}

/** A CheckIn as the schema parses it: `at` and `log` may still be missing. */
export type ParsedCheckIn = z.output<typeof CheckInSchema>;

/**
 * Fills what the edge knows and the domain needs: `at` defaults to `now` (contract: "default now"),
 * and a missing `log` becomes empty lists. Server, CLI and browser call this after parsing.
 * @example resolveCheckIn(CheckInSchema.parse(body), now)
 */
export function resolveCheckIn(parsed: ParsedCheckIn, now: Date): CheckIn {
  return { ...parsed, at: parsed.at ?? now.toISOString(), log: parsed.log ?? emptyCareLog() };
}

/**
 * Whether a resolved check-in's episode begins after the check-in itself. The schema checks this when `at` is
 * given; when it was left out, `at` is the edge's "now", known only after {@link resolveCheckIn}.
 */
export function onsetAfterAt(checkIn: CheckIn): boolean {
  return Date.parse(checkIn.onsetAt) > Date.parse(checkIn.at);
}
