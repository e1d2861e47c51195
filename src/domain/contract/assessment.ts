import type { FactId } from '../facts/registry.ts';
import type { Level, Phase, Remedy } from './ids.ts';

/** One red flag raised by triage, with what to do and where the advice comes from. */
export interface Flag {
  /** Red-flag fact id, e.g. `RF-SADDLE`. */
  id: FactId;
  level: Exclude<Level, 'self_care'>;
  /** Plain words: what this means and exactly what to do now. */
  message: string;
  sources: string[];
}

export interface Triage {
  /** The highest level among `flags`; `self_care` when there are none. */
  level: Level;
  flags: Flag[];
}

/** One thing to do today. Limits are numbers the guided sessions enforce. */
export interface PlanItem {
  remedy: Remedy;
  title: string;
  why: string;
  facts: FactId[];
  /** When the item may start: null means now. */
  availableAt: string | null;
  limits: Record<string, unknown>;
  cautions: string[];
  steps: string[];
}

export interface Excluded {
  remedy: Remedy;
  reason: string;
  facts: FactId[];
}

export interface Plan {
  phase: Phase;
  items: PlanItem[];
  excluded: Excluded[];
}

/** The answer of `POST /api/v1/assess`. */
export interface Assessment {
  triage: Triage;
  plan: Plan | null;
}
