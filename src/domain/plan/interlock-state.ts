/**
 * One call the web's guided sessions make before starting a session or logging a dose: every timing
 * interlock and cap at `at`, with the limits the session must enforce. Timing only: contraindications
 * and the acute-phase rule for cold come from the plan (`assess`).
 */
import type { CareLog } from '../contract/checkin.schema.ts';
import type { CreamIngredient } from '../contract/ids.ts';
import { readLog } from './care-log.ts';
import { coldNextMs, creamStatus, heatNextMs, ibuprofenStatus } from './interlocks.ts';
import {
  COLD_MAX_MINUTES,
  COLD_MIN_GAP_HOURS,
  CREAM_HEAT_LOCKOUT_HOURS,
  HEAT_MAX_MINUTES,
  IBU_MAX_DAILY_MG,
  IBU_MIN_INTERVAL_HOURS,
} from './limits.ts';
import { requireInstant, toIso } from './time.ts';

/** A timed session (cold or heat): when it may start and how long it may run. */
export interface SessionState {
  availableAt: string | null;
  maxMinutes: number;
}

/** Ibuprofen at `at`: whether a dose may be taken now and which sizes fit the 24 h cap. */
export interface IbuprofenState {
  availableAt: string | null;
  reason: 'interval' | 'daily_cap' | null;
  /** Dose sizes allowed now (200 and/or 400 mg); empty while waiting. */
  doseChoicesMg: number[];
  takenMgLast24h: number;
  remainingMg: number;
  maxDailyMg: number;
  minIntervalHours: number;
  lastDoseAt: string | null;
}

/** One cream ingredient at `at`. */
export interface CreamState {
  availableAt: string | null;
  reason: 'daily_cap' | 'heat_on' | null;
  usedLast24h: number;
  maxPer24h: number;
}

/** Every interlock at one instant. */
export interface InterlockState {
  at: string;
  cold: SessionState & { minGapHours: number };
  heat: SessionState & { reason: 'cream' | null; lockoutHours: number };
  ibuprofen: IbuprofenState;
  creams: Record<CreamIngredient, CreamState>;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : toIso(ms);
}

/**
 * Every timing interlock at `at` (CO-20, CR-BURN, CR-CAPSAICIN, IB-DOSE, CR-MENTHOL).
 * @example interlockState(checkIn.log, '2026-12-03T09:00:00Z').ibuprofen.doseChoicesMg // [200, 400]
 */
export function interlockState(log: CareLog, at: string): InterlockState {
  const atMs = requireInstant(at);
  const timed = readLog(log, atMs);
  const heatNext = heatNextMs(timed, atMs);
  const ibu = ibuprofenStatus(timed, atMs);
  const cream = (i: CreamIngredient): CreamState => {
    const s = creamStatus(timed, atMs, i);
    return { availableAt: iso(s.availableMs), reason: s.reason, usedLast24h: s.used, maxPer24h: s.max };
  };
  return {
    at: toIso(atMs),
    cold: {
      availableAt: iso(coldNextMs(timed, atMs)),
      maxMinutes: COLD_MAX_MINUTES,
      minGapHours: COLD_MIN_GAP_HOURS,
    },
    heat: {
      availableAt: iso(heatNext),
      reason: heatNext === null ? null : 'cream',
      maxMinutes: HEAT_MAX_MINUTES,
      lockoutHours: CREAM_HEAT_LOCKOUT_HOURS,
    },
    ibuprofen: {
      availableAt: iso(ibu.availableMs),
      reason: ibu.reason,
      doseChoicesMg: ibu.doseChoicesMg,
      takenMgLast24h: ibu.takenMg,
      remainingMg: ibu.remainingMg,
      maxDailyMg: IBU_MAX_DAILY_MG,
      minIntervalHours: IBU_MIN_INTERVAL_HOURS,
      lastDoseAt: iso(ibu.lastDoseMs),
    },
    creams: {
      menthol: cream('menthol'),
      capsaicin: cream('capsaicin'),
      methyl_salicylate: cream('methyl_salicylate'),
    },
  };
}
