/**
 * The care log as the interlocks read it: each entry's instant parsed once to epoch milliseconds,
 * entries after the check-in's `at` dropped (they have not happened yet from `at`'s point of view),
 * and each list sorted oldest first.
 */
import type { CareLog } from '../contract/checkin.schema.ts';
import type { CreamIngredient } from '../contract/ids.ts';
import { parseInstant } from './time.ts';

export interface TimedDose {
  t: number;
  mg: number;
}
export interface TimedCream {
  t: number;
  ingredient: CreamIngredient;
}
export interface TimedSession {
  t: number;
  minutes: number;
}

/** A {@link CareLog} with parsed, sorted instants, all at or before `at`. */
export interface TimedLog {
  ibuprofen: TimedDose[];
  creams: TimedCream[];
  cold: TimedSession[];
  heat: TimedSession[];
}

function timed<E extends { at: string }, T extends { t: number }>(
  entries: readonly E[],
  atMs: number,
  make: (e: E, t: number) => T,
): T[] {
  const out: T[] = [];
  let sorted = true;
  for (const e of entries) {
    const t = parseInstant(e.at);
    // `!(t <= atMs)` also drops an unparseable instant (NaN).
    if (!(t <= atMs)) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.t > t) sorted = false;
    out.push(make(e, t));
  }
  if (!sorted) out.sort((a, b) => a.t - b.t);
  return out;
}

/** Parses a care log once for every interlock; `atMs` is the check-in instant. */
export function readLog(log: CareLog, atMs: number): TimedLog {
  return {
    ibuprofen: timed(log.ibuprofen, atMs, (e, t) => ({ t, mg: e.mg })),
    creams: timed(log.creams, atMs, (e, t) => ({ t, ingredient: e.ingredient })),
    cold: timed(log.cold, atMs, (e, t) => ({ t, minutes: e.minutes })),
    heat: timed(log.heat, atMs, (e, t) => ({ t, minutes: e.minutes })),
  };
}

/** An empty care log, for check-ins that come without one. */
export function emptyCareLog(): CareLog {
  return { ibuprofen: [], creams: [], cold: [], heat: [] };
}
