/**
 * Ordering of triage levels (evidence section 1): the most serious level among the flags wins.
 */
import type { Level } from '../contract/ids.ts';

/** A level a red flag can raise: every level except `self_care`. */
export type FlagLevel = Exclude<Level, 'self_care'>;

/** Rank of each level: higher is more serious (`self_care` 0 … `emergency` 3). */
export const LEVEL_RANK: Readonly<Record<Level, number>> = {
  self_care: 0,
  doctor: 1,
  urgent: 2,
  emergency: 3,
};

/**
 * The more serious of two levels.
 * @example maxLevel('doctor', 'urgent') // 'urgent'
 */
export function maxLevel(a: Level, b: Level): Level {
  return LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a;
}

/**
 * The most serious of any number of levels; `self_care` when there are none.
 * @example highestLevel([]) // 'self_care'
 */
export function highestLevel(levels: Iterable<Level>): Level {
  let out: Level = 'self_care';
  for (const level of levels) out = maxLevel(out, level);
  return out;
}

/** Sort comparator putting the most serious level first. */
export function bySeverityDesc(a: Level, b: Level): number {
  return LEVEL_RANK[b] - LEVEL_RANK[a];
}

/** True when `level` is at least as serious as `floor`. */
export function isAtLeast(level: Level, floor: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[floor];
}
