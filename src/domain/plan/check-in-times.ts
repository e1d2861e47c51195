/**
 * A check-in's instants parsed once. Triage's derived rules and the plan both read them; parsing every
 * ISO string once per assessment, rather than once per rule, is what keeps `assess` fast (issue 2).
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import { readLog, type TimedLog } from './care-log.ts';
import { parseInstant } from './time.ts';

/** The instants of one check-in in epoch milliseconds. */
export interface CheckInTimes {
  /** `checkIn.at`. */
  atMs: number;
  /** `checkIn.onsetAt`. */
  onsetMs: number;
  /** `checkIn.massageAt`; NaN when there was none, so every comparison with it is false. */
  massageMs: number;
  /** The care log with entries after `at` (and unparseable ones) dropped, each list oldest first. */
  log: TimedLog;
}

/**
 * Parses every instant of a check-in once.
 * @example checkInTimes(checkIn).onsetMs
 */
export function checkInTimes(c: CheckIn): CheckInTimes {
  const atMs = parseInstant(c.at);
  return {
    atMs,
    onsetMs: parseInstant(c.onsetAt),
    massageMs: c.massageAt === null ? Number.NaN : parseInstant(c.massageAt),
    log: readLog(c.log, atMs),
  };
}
