import type { z } from 'zod';
import type { Assessment } from './contract/assessment.ts';
import type { CheckIn, CheckInSchema } from './contract/checkin.schema.ts';
import { emptyCareLog } from './plan/care-log.ts';
import { checkInTimes } from './plan/check-in-times.ts';
import { buildPlanAt } from './plan/plan.ts';
import { triageAt } from './triage/triage.ts';

/**
 * Triage a check-in and, when it is safe to, build today's plan. Pure: every time rule is relative
 * to `checkIn.at`.
 *
 * The plan is withheld at `emergency`, and at `urgent` unless the person has already sought care
 * (contract; evidence section 1: the plan never hides or delays the red-flag message). At `doctor` the
 * plan is given, with the doctor advice above it.
 * @example assess(resolveCheckIn(CheckInSchema.parse(body), new Date())).triage.level
 */
export function assess(checkIn: CheckIn): Assessment {
  // Every instant is parsed once, here, for both triage and the plan.
  const times = checkInTimes(checkIn);
  const t = triageAt(checkIn, times);
  const withheld = t.level === 'emergency' || (t.level === 'urgent' && !checkIn.soughtCare);
  return { triage: t, plan: withheld ? null : buildPlanAt(checkIn, times, t) };
}

/** A CheckIn as the schema parses it: `at` and `log` may still be missing. */
export type ParsedCheckIn = z.output<typeof CheckInSchema>;

/**
 * Fills what the edge knows and the domain needs: `at` defaults to `now` (contract: "default now"),
 * and a missing `log` becomes empty lists. Server, CLI and browser call this after parsing.
 * @example resolveCheckIn(CheckInSchema.parse(body), new Date())
 */
export function resolveCheckIn(parsed: ParsedCheckIn, now: Date): CheckIn {
  return { ...parsed, at: parsed.at ?? now.toISOString(), log: parsed.log ?? emptyCareLog() };
}
