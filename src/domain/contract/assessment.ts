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

/** One "Do this now" action: a sentence of at most 20 words (read at a glance) and what its button does. */
export interface NowAction {
  remedy: Remedy;
  text: string;
  /** `start`: a guided session; `log`: record something done (a dose, a glass, a cream). */
  action: 'start' | 'log';
  facts: FactId[];
}

/** A phone line: the number as people write it ("1800 022 222") and what it is. */
export interface PhoneLine {
  number: string;
  label: string;
}

/** Contract v2: who to call where the person is (EC-*). */
export interface Contacts {
  emergency: PhoneLine;
  /** The non-emergency advice line; null where there is no national one (EC-US, EC-CA, EC-IE, EC-EU). */
  urgentAdvice: PhoneLine | null;
  /** The upper-case country code asked for, or null. */
  country: string | null;
  /** False when the country is unknown to Unknot: the numbers are the 112 fallback. */
  known: boolean;
  /** The EC-* facts behind these numbers. */
  facts: FactId[];
}

/** The answer of `POST /api/v1/assess`. */
export interface Assessment {
  triage: Triage;
  plan: Plan | null;
  /** Contract v2: present when the CheckIn gave a `country`. */
  contacts?: Contacts;
  /** What to do first, at most three so the choice is quick, when there is a plan. */
  now?: NowAction[];
}
