import { type InsightEvent, REMEDY_KINDS } from './types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** The pain score before a use must be at most this long before it. */
export const BEFORE_MAX_MS = 60 * MIN;
/** The pain score after a use is taken 60-180 min later, as close to 120 min as there is one. */
export const AFTER_MIN_MS = 60 * MIN;
export const AFTER_MAX_MS = 180 * MIN;
const AFTER_TARGET_MS = 120 * MIN;
/** A remedy-free window has had no remedy for this long before it starts (carry-over). */
export const CARRY_OVER_MS = 180 * MIN;
/** An episode starts at a score of 3+ after 3 days without one. */
const EPISODE_GAP_MS = 3 * DAY;
const EPISODE_SCORE = 3;

export interface Reading {
  readonly t: number;
  readonly score: number;
}
export interface Use {
  readonly t: number;
  readonly remedy: string;
  /** The instant as given (kept to show it back without formatting it again). */
  readonly at: string;
}

/** A pair of pain scores with what happened in between. */
export interface PainWindow {
  /** The use's time (use windows) or the first score's time (remedy-free windows). */
  readonly t: number;
  /** The first use's instant as logged (use windows only). */
  readonly at?: string;
  readonly p0: number;
  readonly p1: number;
  readonly minutes: number;
  /** p0 against the mean of up to 3 scores in the 12 h before: people reach for remedies on a rise. */
  readonly rise: number;
  /** Hour of day (UTC; the harmonic terms fit any phase, so the person's zone is not needed). */
  readonly hour: number;
  /** Days since the episode began. */
  readonly episodeDays: number;
  /** Remedies used in the window, sorted; empty for a remedy-free window. */
  readonly remedies: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** The remedy an event counts as, or null (pain, notes, sleep …). */
export function remedyOf(e: InsightEvent): string | null {
  if (e.kind === 'cream') return e.ingredient ? `cream:${e.ingredient}` : null;
  return (REMEDY_KINDS as readonly string[]).includes(e.kind) ? e.kind : null;
}

const digits = (s: string, from: number, n: number): number => {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
};

/**
 * Epoch ms of an instant. The API stores and returns `YYYY-MM-DDTHH:MM:SS.sssZ`, read here digit by digit
 * (Date.parse was a third of the time for a year of diary); anything else goes through Date.parse.
 */
export function instantMs(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(19) === 46 /* . */) {
    const t = Date.UTC(
      digits(iso, 0, 4),
      digits(iso, 5, 2) - 1,
      digits(iso, 8, 2),
      digits(iso, 11, 2),
      digits(iso, 14, 2),
      digits(iso, 17, 2),
      digits(iso, 20, 3),
    );
    if (Number.isFinite(t)) return t;
  }
  return Date.parse(iso);
}

/** Pain readings and remedy uses, parsed and sorted so the input order never matters. */
export function splitEvents(events: readonly InsightEvent[]): { readings: Reading[]; uses: Use[] } {
  const readings: Reading[] = [];
  const uses: Use[] = [];
  for (const e of events) {
    const t = instantMs(e.at);
    if (!Number.isFinite(t)) continue;
    if (e.kind === 'pain' && typeof e.score === 'number') readings.push({ t, score: e.score });
    else {
      const remedy = remedyOf(e);
      if (remedy) uses.push({ t, remedy, at: e.at });
    }
  }
  readings.sort((a, b) => a.t - b.t || a.score - b.score);
  uses.sort((a, b) => a.t - b.t || (a.remedy < b.remedy ? -1 : a.remedy > b.remedy ? 1 : 0));
  return { readings, uses };
}

/** Index of the first reading at or after t. */
function lowerBound(readings: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = readings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((readings[mid] as { t: number }).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The reading in [t + 60, t + 180] min closest to t + 120 (the earlier on a tie), or -1. */
function afterIndex(readings: readonly Reading[], t: number): number {
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = lowerBound(readings, t + AFTER_MIN_MS); i < readings.length; i++) {
    const r = readings[i] as Reading;
    if (r.t > t + AFTER_MAX_MS) break;
    const gap = Math.abs(r.t - (t + AFTER_TARGET_MS));
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

/** The latest reading in [t − 60 min, t], or -1. */
function beforeIndex(readings: readonly Reading[], t: number): number {
  const i = lowerBound(readings, t + 1) - 1;
  if (i < 0) return -1;
  return (readings[i] as Reading).t >= t - BEFORE_MAX_MS ? i : -1;
}

/** For every reading: days since its episode began (a score of 3+ after 3 days without one). */
function episodeDays(readings: readonly Reading[]): number[] {
  const days: number[] = [];
  let start = readings[0]?.t ?? 0;
  let lastHigh = Number.NEGATIVE_INFINITY;
  for (const r of readings) {
    if (r.score >= EPISODE_SCORE) {
      if (r.t - lastHigh > EPISODE_GAP_MS) start = r.t;
      lastHigh = r.t;
    }
    days.push((r.t - start) / DAY);
  }
  return days;
}

function riseAt(readings: readonly Reading[], i: number): number {
  const r = readings[i] as Reading;
  let sum = 0;
  let n = 0;
  for (let k = i - 1; k >= 0 && n < 3; k--) {
    const prev = readings[k] as Reading;
    if (prev.t < r.t - 12 * HOUR) break;
    sum += prev.score;
    n++;
  }
  return n === 0 ? 0 : r.score - sum / n;
}

/**
 * Every measurable window: one per group of uses sharing the same scores before and after, and one per
 * remedy-free stretch (no remedy from 3 h before the first score until the second).
 */
export function buildWindows(readings: readonly Reading[], uses: readonly Use[]): PainWindow[] {
  const days = episodeDays(readings);
  const make = (i: number, j: number, t: number, remedies: readonly string[], at?: string): PainWindow => {
    const a = readings[i] as Reading;
    const b = readings[j] as Reading;
    return {
      t,
      ...(at === undefined ? {} : { at }),
      p0: a.score,
      p1: b.score,
      minutes: Math.round((b.t - t) / MIN),
      rise: riseAt(readings, i),
      hour: (((a.t % DAY) + DAY) % DAY) / HOUR,
      episodeDays: days[i] as number,
      remedies,
    };
  };

  const grouped = new Map<number, { i: number; j: number; t: number; at: string; remedies: Set<string> }>();
  const baselines = new Set<number>();
  for (const u of uses) {
    const i = beforeIndex(readings, u.t);
    if (i < 0) continue;
    const j = afterIndex(readings, u.t);
    if (j < 0) continue;
    const key = i * readings.length + j;
    const g = grouped.get(key);
    if (g) g.remedies.add(u.remedy);
    else grouped.set(key, { i, j, t: u.t, at: u.at, remedies: new Set([u.remedy]) });
    baselines.add(i);
  }
  const windows: PainWindow[] = [];
  for (const g of grouped.values()) windows.push(make(g.i, g.j, g.t, [...g.remedies].sort(), g.at));

  for (let i = 0; i < readings.length; i++) {
    if (baselines.has(i)) continue;
    const t = (readings[i] as Reading).t;
    const j = afterIndex(readings, t);
    if (j < 0) continue;
    const end = (readings[j] as Reading).t;
    // Remedy-free: no use from 3 h before the first score to the second one.
    const k = lowerBound(uses, t - CARRY_OVER_MS);
    if (k < uses.length && (uses[k] as Use).t <= end) continue;
    windows.push(make(i, j, t, NONE));
  }
  // Use windows in the order of the (sorted) uses, then remedy-free ones in the order of the scores: the
  // same for any order of the input, so no sort is needed.
  return windows;
}
