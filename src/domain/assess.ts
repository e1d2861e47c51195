import type { Assessment } from './contract/assessment.ts';
import type { CheckIn } from './contract/checkin.schema.ts';

/**
 * Triage a check-in and, when it is safe to, build today's plan. Pure: every time rule is relative
 * to `checkIn.at`. (Placeholder until the plan builder lands.)
 */
export function assess(checkIn: CheckIn): Assessment {
  void checkIn;
  return { triage: { level: 'self_care', flags: [] }, plan: null };
}
