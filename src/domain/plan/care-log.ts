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

// Up to this many entries an insertion sort beats Array.prototype.sort's comparator calls; past it
// (a log may hold 500 entries a list), the built-in sort's n log n wins.
const INSERTION_SORT_MAX = 16;

/** Sorts entries oldest first, stably, like `entries.sort((a, b) => a.t - b.t)`. */
function byTime<T extends { t: number }>(entries: T[], sorted: boolean): T[] {
  if (sorted) return entries;
  if (entries.length > INSERTION_SORT_MAX) return entries.sort((a, b) => a.t - b.t);
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i] as T;
    let j = i;
    // Strictly greater: equal instants keep their logged order, as a stable sort does.
    while (j > 0 && (entries[j - 1] as T).t > e.t) {
      entries[j] = entries[j - 1] as T;
      j--;
    }
    entries[j] = e;
  }
  return entries;
}

// One loop per list rather than one generic helper with a callback: this runs on every assessment,
// and monomorphic loops keep it fast. `t <= atMs` also drops an unparseable instant (NaN).

/** Ibuprofen doses at or before `atMs`, parsed, oldest first. */
export function timedDoses(entries: CareLog['ibuprofen'], atMs: number): TimedDose[] {
  const out: TimedDose[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const t = parseInstant(e.at);
    if (!(t <= atMs)) continue;
    if (t < last) sorted = false;
    last = t;
    out.push({ t, mg: e.mg });
  }
  return byTime(out, sorted);
}

/** Cream applications at or before `atMs`, parsed, oldest first. */
export function timedCreams(entries: CareLog['creams'], atMs: number): TimedCream[] {
  const out: TimedCream[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const t = parseInstant(e.at);
    if (!(t <= atMs)) continue;
    if (t < last) sorted = false;
    last = t;
    out.push({ t, ingredient: e.ingredient });
  }
  return byTime(out, sorted);
}

/** Cold or heat sessions started at or before `atMs`, parsed, oldest first. */
export function timedSessions(entries: CareLog['cold'], atMs: number): TimedSession[] {
  const out: TimedSession[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const t = parseInstant(e.at);
    if (!(t <= atMs)) continue;
    if (t < last) sorted = false;
    last = t;
    out.push({ t, minutes: e.minutes });
  }
  return byTime(out, sorted);
}

/** Parses a care log once for every interlock; `atMs` is the check-in instant. */
export function readLog(log: CareLog, atMs: number): TimedLog {
  return {
    ibuprofen: timedDoses(log.ibuprofen, atMs),
    creams: timedCreams(log.creams, atMs),
    cold: timedSessions(log.cold, atMs),
    heat: timedSessions(log.heat, atMs),
  };
}

/** An empty care log, for check-ins that come without one. */
export function emptyCareLog(): CareLog {
  return { ibuprofen: [], creams: [], cold: [], heat: [] };
}
