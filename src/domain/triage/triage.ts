/**
 * Triage: which red flags a check-in raises and how serious the most serious one is (evidence section 1,
 * contract "Symptom ids and the red flag each raises" and "Derived rules").
 */

import type { Flag, Triage } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
// The ids and red-flag sources only: the full fact registry stays out of the check-in's first chunk.
import { RED_FLAG_IDS, type RedFlagId } from '../facts/fact-ids.ts';
import { RED_FLAG_SOURCES } from '../facts/red-flag-sources.data.ts';
import { type CheckInTimes, checkInTimes } from '../plan/check-in-times.ts';
import { DERIVED_RULES } from './derived-rules.ts';
import { type FlagLevel, LEVEL_RANK } from './levels.ts';
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

/**
 * The ids of every red flag the check-in raises, without duplicates. `t` is the check-in's parsed instants
 * (parsed here when left out).
 */
export function raisedFlagIds(c: CheckIn, t: CheckInTimes = checkInTimes(c)): Set<RedFlagId> {
  const ids = new Set<RedFlagId>();
  for (const symptom of c.symptoms) {
    if (symptom === 'minor_fall' && !fragile(c)) continue;
    ids.add(SYMPTOM_FLAG[symptom]);
  }
  // RF-RISK-HISTORY: the history alone is enough; no symptom is needed.
  if (c.history.some((h) => RISK_HISTORY.includes(h))) ids.add('RF-RISK-HISTORY');
  for (const rule of DERIVED_RULES) if (rule.applies(c, t)) ids.add(rule.id);
  return ids;
}

interface FlagTemplate {
  level: FlagLevel;
  message: string;
  sources: readonly string[];
  /** Sort key: most serious level first, ties in the evidence table's order. */
  rank: number;
}

// Every flag's text and sources are fixed data: built once at load, not on every triage.
const FLAG_TEMPLATES = Object.fromEntries(
  RED_FLAG_IDS.map((id, i): [RedFlagId, FlagTemplate] => {
    const level = RED_FLAG_LEVEL[id];
    const rank = (LEVEL_RANK.emergency - LEVEL_RANK[level]) * RED_FLAG_IDS.length + i;
    return [id, { level, message: flagMessage(id), sources: RED_FLAG_SOURCES[id].map((s) => s.url), rank }];
  }),
) as Readonly<Record<RedFlagId, FlagTemplate>>;

/** The flag the person sees for a red-flag id: level, what to do now and why, and the sources. */
export function toFlag(id: RedFlagId): Flag {
  const f = FLAG_TEMPLATES[id];
  return { id, level: f.level, message: f.message, sources: f.sources.slice() };
}

function bySeverityThenTable(a: RedFlagId, b: RedFlagId): number {
  return FLAG_TEMPLATES[a].rank - FLAG_TEMPLATES[b].rank;
}

/**
 * {@link triage} over instants the caller has already parsed (`assess` shares them with the plan).
 * @example triageAt(checkIn, checkInTimes(checkIn)).level
 */
export function triageAt(checkIn: CheckIn, t: CheckInTimes): Triage {
  const ids = [...raisedFlagIds(checkIn, t)];
  ids.sort(bySeverityThenTable);
  const flags = ids.map(toFlag);
  // Most serious first, so the first flag's level is the highest.
  return { level: flags[0]?.level ?? 'self_care', flags };
}

/**
 * Triage a check-in: every red flag raised, most serious first (ties in the evidence table's order), and the
 * overall level, which is the highest among the flags or `self_care` when there are none.
 * @example triage(checkIn).level // 'self_care' | 'doctor' | 'urgent' | 'emergency'
 */
export function triage(checkIn: CheckIn): Triage {
  return triageAt(checkIn, checkInTimes(checkIn));
}
