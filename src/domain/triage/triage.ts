/**
 * Triage: which red flags a check-in raises and how serious the most serious one is (evidence section 1,
 * contract "Symptom ids and the red flag each raises" and "Derived rules").
 */

import type { Flag, Triage } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
import { factUrls, RED_FLAG_IDS, type RedFlagId } from '../facts/registry.ts';
import { DERIVED_RULES } from './derived-rules.ts';
import { bySeverityDesc, highestLevel } from './levels.ts';
import {
  FRAGILE_AGE,
  FRAGILE_BONE_HISTORY,
  flagMessage,
  RED_FLAG_LEVEL,
  RISK_HISTORY,
  SYMPTOM_FLAG,
} from './red-flags.ts';

/** RF-MINOR-FALL-FRAGILE: a minor fall matters only with fragile bones or at 65 and over. */
function fragile(c: CheckIn): boolean {
  return c.age >= FRAGILE_AGE || c.history.some((h) => FRAGILE_BONE_HISTORY.includes(h));
}

/** The ids of every red flag the check-in raises, without duplicates. */
export function raisedFlagIds(c: CheckIn): Set<RedFlagId> {
  const ids = new Set<RedFlagId>();
  for (const symptom of c.symptoms) {
    if (symptom === 'minor_fall' && !fragile(c)) continue;
    ids.add(SYMPTOM_FLAG[symptom]);
  }
  // RF-RISK-HISTORY: the history alone is enough; no symptom is needed.
  if (c.history.some((h) => RISK_HISTORY.includes(h))) ids.add('RF-RISK-HISTORY');
  for (const rule of DERIVED_RULES) if (rule.applies(c)) ids.add(rule.id);
  return ids;
}

/** The flag the person sees for a red-flag id: level, what to do now and why, and the sources. */
export function toFlag(id: RedFlagId): Flag {
  return { id, level: RED_FLAG_LEVEL[id], message: flagMessage(id), sources: factUrls(id) };
}

/**
 * Triage a check-in: every red flag raised, most serious first (ties in the evidence table's order), and the
 * overall level, which is the highest among the flags or `self_care` when there are none.
 * @example triage(checkIn).level // 'self_care' | 'doctor' | 'urgent' | 'emergency'
 */
export function triage(checkIn: CheckIn): Triage {
  const ids = [...raisedFlagIds(checkIn)];
  ids.sort(
    (a, b) =>
      bySeverityDesc(RED_FLAG_LEVEL[a], RED_FLAG_LEVEL[b]) ||
      RED_FLAG_IDS.indexOf(a) - RED_FLAG_IDS.indexOf(b),
  );
  const flags = ids.map(toFlag);
  return { level: highestLevel(flags.map((f) => f.level)), flags };
}
