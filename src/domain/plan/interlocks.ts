/**
 * Timing interlocks and daily caps over the care log. All windows are rolling and measured back from
 * `at`: an entry exactly 24 h before `at` has left the window. Entries after `at` are ignored.
 * Boundaries are inclusive of availability: exactly 4 h after a dose, 2 h after a cream or 2 h after a
 * cold start, the remedy is available.
 *
 * "Not today": every cap here is a rolling 24 h window over entries at or before `at`, so each wait
 * ends within 24 h and is reported as a later `availableAt`. A remedy is only "not today" for reasons
 * outside the log (a contraindication, or cold once the acute phase ends), which the plan decides.
 */
import type { CareLog } from '../contract/checkin.schema.ts';
import type { CreamIngredient, History } from '../contract/ids.ts';
import { readLog, type TimedDose, type TimedLog } from './care-log.ts';
import { ingredientExclusions } from './contraindications.ts';
import {
  CAPSAICIN_MAX_PER_DAY,
  COLD_MIN_GAP_HOURS,
  CREAM_HEAT_LOCKOUT_HOURS,
  IBU_DOSE_CHOICES_MG,
  IBU_DOSE_MG,
  IBU_MAX_DAILY_MG,
  IBU_MIN_INTERVAL_HOURS,
  MENTHOL_MAX_PER_DAY,
  SALICYLATE_MAX_PER_DAY,
} from './limits.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, requireInstant, toIso } from './time.ts';

/** When a remedy may next be used: null means now. */
export interface Availability {
  availableAt: string | null;
}

// ---- millisecond core, shared with the plan builder (one parse per check-in) ----

/** CO-20: the next cold start, no sooner than 2 h after the previous start; null when free now. */
export function coldNextMs(log: TimedLog, atMs: number): number | null {
  const last = log.cold[log.cold.length - 1];
  if (last === undefined) return null;
  const next = last.t + COLD_MIN_GAP_HOURS * HOUR_MS;
  return next > atMs ? next : null;
}

/** CR-BURN, CR-CAPSAICIN: heat is locked for 2 h after any cream; null when free now. */
export function heatNextMs(log: TimedLog, atMs: number): number | null {
  const last = log.creams[log.creams.length - 1];
  if (last === undefined) return null;
  const next = last.t + CREAM_HEAT_LOCKOUT_HOURS * HOUR_MS;
  return next > atMs ? next : null;
}

/** Where ibuprofen stands at `at` (IB-DOSE). */
export interface IbuprofenStatus {
  /** Null when a dose may be taken now. */
  availableMs: number | null;
  reason: 'interval' | 'daily_cap' | null;
  /** Mg logged in the rolling 24 h before `at`. */
  takenMg: number;
  /** Mg that may still be taken in the 24 h window now (0 when none). */
  remainingMg: number;
  /** Dose sizes allowed now: empty while waiting. */
  doseChoicesMg: number[];
  /** Mg that may be taken at the moment the wait ends (or now). */
  remainingMgThen: number;
  /** Dose sizes allowed at the moment the wait ends (or now). */
  doseChoicesThenMg: number[];
  lastDoseMs: number | null;
  /** The earliest dose in the whole log, for the 10-day rule. */
  firstDoseMs: number | null;
}

function takenSince(doses: readonly TimedDose[], fromExclusive: number): number {
  let sum = 0;
  for (let i = doses.length - 1; i >= 0; i--) {
    const d = doses[i] as TimedDose;
    if (d.t <= fromExclusive) break;
    sum += d.mg;
  }
  return sum;
}

function choices(remaining: number): number[] {
  return IBU_DOSE_CHOICES_MG.filter((mg) => mg <= remaining);
}

/** IB-DOSE: 4 h between doses; a 200 mg dose may not take the rolling 24 h above 1,200 mg. */
export function ibuprofenStatus(log: TimedLog, atMs: number): IbuprofenStatus {
  const doses = log.ibuprofen;
  const last = doses[doses.length - 1];
  const windowStart = atMs - DAY_MS;
  const takenMg = takenSince(doses, windowStart);

  let intervalMs: number | null = null;
  if (last !== undefined && last.t + IBU_MIN_INTERVAL_HOURS * HOUR_MS > atMs) {
    intervalMs = last.t + IBU_MIN_INTERVAL_HOURS * HOUR_MS;
  }
  // The cap: wait until enough of the oldest doses leave the window for the lowest dose to fit.
  // Exactly 1,200 mg reached means no more until a dose leaves.
  let capMs: number | null = null;
  if (takenMg + IBU_DOSE_MG > IBU_MAX_DAILY_MG) {
    let sum = takenMg;
    for (const d of doses) {
      if (d.t <= windowStart) continue;
      sum -= d.mg;
      if (sum + IBU_DOSE_MG <= IBU_MAX_DAILY_MG) {
        capMs = d.t + DAY_MS;
        break;
      }
    }
  }
  let availableMs: number | null = null;
  let reason: IbuprofenStatus['reason'] = null;
  if (capMs !== null && (intervalMs === null || capMs >= intervalMs)) {
    availableMs = capMs;
    reason = 'daily_cap';
  } else if (intervalMs !== null) {
    availableMs = intervalMs;
    reason = 'interval';
  }
  const remainingMg = Math.max(0, IBU_MAX_DAILY_MG - takenMg);
  const remainingMgThen =
    availableMs === null
      ? remainingMg
      : Math.max(0, IBU_MAX_DAILY_MG - takenSince(doses, availableMs - DAY_MS));
  return {
    availableMs,
    reason,
    takenMg,
    remainingMg,
    doseChoicesMg: availableMs === null ? choices(remainingMg) : [],
    remainingMgThen,
    doseChoicesThenMg: choices(remainingMgThen),
    lastDoseMs: last?.t ?? null,
    firstDoseMs: doses[0]?.t ?? null,
  };
}

/** CR-MENTHOL, CR-CAPSAICIN (and the same label cap for salicylate rubs): applications per rolling 24 h. */
export const CREAM_MAX_PER_DAY: Readonly<Record<CreamIngredient, number>> = {
  menthol: MENTHOL_MAX_PER_DAY,
  capsaicin: CAPSAICIN_MAX_PER_DAY,
  methyl_salicylate: SALICYLATE_MAX_PER_DAY,
};

/** Where one cream ingredient stands at `at`. */
export interface CreamStatus {
  ingredient: CreamIngredient;
  /** Applications in the rolling 24 h. */
  used: number;
  max: number;
  /** Null when it may be applied now. */
  availableMs: number | null;
  reason: 'daily_cap' | 'heat_on' | null;
}

/** CR-BURN: the end of a heat session still running at `at` (never a cream with a heat pad on). */
export function heatSessionEndMs(log: TimedLog, atMs: number): number | null {
  let end: number | null = null;
  for (const h of log.heat) {
    const e = h.t + h.minutes * MINUTE_MS;
    if (e > atMs && (end === null || e > end)) end = e;
  }
  return end;
}

/** The cap and heat lock for one ingredient. */
export function creamStatus(log: TimedLog, atMs: number, ingredient: CreamIngredient): CreamStatus {
  const windowStart = atMs - DAY_MS;
  const times: number[] = [];
  for (const c of log.creams) if (c.ingredient === ingredient && c.t > windowStart) times.push(c.t);
  const max = CREAM_MAX_PER_DAY[ingredient];
  let availableMs: number | null = null;
  let reason: CreamStatus['reason'] = null;
  if (times.length >= max) {
    // The wait ends when enough of the oldest applications leave the window to make room for one more.
    availableMs = (times[times.length - max] as number) + DAY_MS;
    reason = 'daily_cap';
  }
  const heatEnd = heatSessionEndMs(log, atMs);
  if (heatEnd !== null && (availableMs === null || heatEnd > availableMs)) {
    availableMs = heatEnd;
    reason = 'heat_on';
  }
  return { ingredient, used: times.length, max, availableMs, reason };
}

// ---- ISO wrappers over (log, at) for callers outside the plan ----

function iso(ms: number | null): string | null {
  return ms === null ? null : toIso(ms);
}

/** CO-20: when a cold pack may next start (the acute-phase rule, CO-WHEN, is the plan's). */
export function coldAvailability(log: CareLog, at: string): Availability {
  const atMs = requireInstant(at);
  return { availableAt: iso(coldNextMs(readLog(log, atMs), atMs)) };
}

/** CR-BURN, CR-CAPSAICIN: when heat may next be used after a cream. */
export function heatAvailability(log: CareLog, at: string): Availability {
  const atMs = requireInstant(at);
  return { availableAt: iso(heatNextMs(readLog(log, atMs), atMs)) };
}

/** IB-DOSE: when the next ibuprofen dose may be taken. */
export function ibuprofenAvailability(log: CareLog, at: string): Availability {
  const atMs = requireInstant(at);
  return { availableAt: iso(ibuprofenStatus(readLog(log, atMs), atMs).availableMs) };
}

/** CR-MENTHOL, CR-CAPSAICIN: when this cream may next be applied. */
export function creamAvailability(log: CareLog, at: string, ingredient: CreamIngredient): Availability {
  const atMs = requireInstant(at);
  return { availableAt: iso(creamStatus(readLog(log, atMs), atMs, ingredient).availableMs) };
}

/**
 * The cream ingredients that may be applied now: under their 24 h cap, no heat session running, and
 * not ruled out by the person's history (CR-CAPSAICIN, CR-SALICYLATE). Broken skin (CR-BURN) rules out
 * every cream and is the plan's contraindication screen.
 */
export function allowedIngredients(
  log: CareLog,
  at: string,
  history: readonly History[] = [],
): CreamIngredient[] {
  const atMs = requireInstant(at);
  const timed = readLog(log, atMs);
  const ruledOut = ingredientExclusions(history);
  return INGREDIENTS.filter(
    (i) => !ruledOut.some((x) => x.ingredient === i) && creamStatus(timed, atMs, i).availableMs === null,
  );
}

const INGREDIENTS: readonly CreamIngredient[] = ['menthol', 'methyl_salicylate', 'capsaicin'];
