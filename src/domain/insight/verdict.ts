import type { Estimate } from './estimate.ts';
import type { Verdict } from './types.ts';

/**
 * Uses (with a pain score before and after) needed before any verdict. A product rule, not evidence: with 5, the
 * interval has 4 degrees of freedom and the per-use spread is estimable.
 */
export const MIN_USES = 5;
/** Share of a remedy's uses made together with another remedy above which the two cannot be told apart. */
export const CONFOUND_SHARE = 0.8;

/**
 * IN-NRS-MCID: a clinically important change is about 2 points or about 30 % of the starting level; the
 * percentage matters at low levels, so the threshold is the smaller of the two, but never under 1 point
 * (IN-NRS-MDC: smaller changes in one person are within measurement error).
 */
export function importantChange(meanBefore: number): number {
  return Math.max(1.5, Math.min(2, 0.3 * meanBefore));
}

/**
 * The verdict for an estimate whose remedy has enough uses and is not confounded.
 *
 * `helps` when the whole 90 % interval lies below 0 (less pain than the natural course, beyond chance)
 * and it reaches the clinically important fall (its low end ≤ −importantChange), i.e. the data rule out
 * "no effect" and are compatible with a change people notice. Requiring the whole interval beyond −2
 * would call a true −2 effect `helps` at most 5 % of the time (it is centred on −2), so that reading
 * cannot be what "clears the clinically important change" means; ours gives ≥ 80 % at 15 uses with a
 * false-`helps` rate under 5 % (the simulation study in what-helps.simulation.test.ts). `worse` mirrors it.
 * An interval below 0 that stays short of the important change is `no_clear_effect`: a fall too small
 * to matter.
 */
export function verdictOf(e: Estimate, important: number): Verdict {
  if (e.high < 0 && e.low <= -important) return 'helps';
  if (e.low > 0 && e.high >= important) return 'worse';
  return 'no_clear_effect';
}

/**
 * The remedy most often used in the same windows as `remedy`, when that happens in at least 80 % of
 * them: neither remedy's effect can then be told apart from the other's.
 */
export function confoundedWith(
  remedy: string,
  windows: readonly { remedies: readonly string[] }[],
): string | null {
  const counts = new Map<string, number>();
  for (const w of windows) {
    for (const other of w.remedies) if (other !== remedy) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [other, count] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) {
      best = other;
      bestCount = count;
    }
  }
  return best !== null && bestCount >= CONFOUND_SHARE * windows.length ? best : null;
}
