/** What every plan-item builder reads: the check-in, parsed once. */
import type { Excluded, PlanItem, Triage } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { Phase } from '../contract/ids.ts';
import type { TimedLog } from './care-log.ts';

export interface PlanContext {
  checkIn: CheckIn;
  /** `checkIn.at` in epoch milliseconds. */
  atMs: number;
  phase: Phase;
  /** The instant the acute phase ends (onset + 48 h, ACUTE_HOURS). */
  acuteEndsMs: number;
  /** Gentle versions only: pain 7+ or the acute phase (ST-TOE-TOUCH, EX-ROUTINE). */
  gentle: boolean;
  /** `checkIn.massageAt` in epoch milliseconds; NaN when there was none. */
  massageMs: number;
  log: TimedLog;
  /** The check-in's triage: some flags change an item (RF-POST-MASSAGE-LONG holds massage). */
  triage: Triage;
}

/** The lists the builders add to. */
export interface PlanParts {
  items: PlanItem[];
  excluded: Excluded[];
}
