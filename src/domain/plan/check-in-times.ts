/**
 * A check-in's instants parsed once. Triage's derived rules and the plan both read them; parsing every ISO string
 * once per assessment, rather than once per rule, is what keeps `assess` fast (it runs on every check-in, offline
 * on a phone too).
 */
import type { CareLog, CheckIn } from '../contract/checkin.schema.ts';
import {
  type TimedCream,
  type TimedDose,
  type TimedLog,
  type TimedSession,
  timedCreams,
  timedDoses,
  timedSessions,
} from './care-log.ts';
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
 * A {@link TimedLog} that parses each list the first time it is read. Many assessments never look at
 * some lists: cold packs matter only in the first 48 h (CO-WHEN), and an emergency gets no plan at all.
 * Reading a list gives the same entries `readLog` would.
 */
class LazyTimedLog implements TimedLog {
  readonly #log: CareLog;
  readonly #atMs: number;
  #ibuprofen: TimedDose[] | undefined;
  #creams: TimedCream[] | undefined;
  #cold: TimedSession[] | undefined;
  #heat: TimedSession[] | undefined;

  constructor(log: CareLog, atMs: number) {
    this.#log = log;
    this.#atMs = atMs;
  }

  get ibuprofen(): TimedDose[] {
    if (this.#ibuprofen === undefined) this.#ibuprofen = timedDoses(this.#log.ibuprofen, this.#atMs);
    return this.#ibuprofen;
  }

  get creams(): TimedCream[] {
    if (this.#creams === undefined) this.#creams = timedCreams(this.#log.creams, this.#atMs);
    return this.#creams;
  }

  get cold(): TimedSession[] {
    if (this.#cold === undefined) this.#cold = timedSessions(this.#log.cold, this.#atMs);
    return this.#cold;
  }

  get heat(): TimedSession[] {
    if (this.#heat === undefined) this.#heat = timedSessions(this.#log.heat, this.#atMs);
    return this.#heat;
  }
}

/**
 * Parses every instant of a check-in once (log lists when first read).
 * @example checkInTimes(checkIn).onsetMs
 */
export function checkInTimes(c: CheckIn): CheckInTimes {
  const atMs = parseInstant(c.at);
  return {
    atMs,
    onsetMs: parseInstant(c.onsetAt),
    massageMs: c.massageAt === null ? Number.NaN : parseInstant(c.massageAt),
    log: new LazyTimedLog(c.log, atMs),
  };
}
