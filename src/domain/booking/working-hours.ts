import {
  parseLocalDate,
  parseWallTime,
  type ScheduleException,
  type WeeklyRange,
  weekdayOf,
} from './schedule.ts';
import type { ZoneClock } from './zone-clock.ts';

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/** A stretch of working time in epoch milliseconds, [startMs, endMs). */
export interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

type MinuteRange = readonly [number, number];

function toMinutes(start: string | null | undefined, end: string | null | undefined): MinuteRange | null {
  if (start == null || end == null) return null;
  const s = parseWallTime(start);
  const e = parseWallTime(end, true);
  if (s === null || e === null || e <= s) return null;
  return [s, e];
}

function subtract(ranges: readonly MinuteRange[], cut: MinuteRange): MinuteRange[] {
  const out: MinuteRange[] = [];
  for (const [s, e] of ranges) {
    if (cut[1] <= s || cut[0] >= e) {
      out.push([s, e]);
      continue;
    }
    if (cut[0] > s) out.push([s, cut[0]]);
    if (cut[1] < e) out.push([cut[1], e]);
  }
  return out;
}

/**
 * The working ranges of each local day from `fromDay` to `toDay` (inclusive day numbers), as instants.
 * Weekly ranges for the weekday, minus `off` exceptions (whole day, or a stretch), plus `extra` ones.
 * Each piece keeps its own start, because slots start at the beginning of each working range.
 *
 * Wall times become instants through the zone clock with 'compatible' disambiguation, and a range is
 * measured in real elapsed time: on a 23-hour day a 00:00-04:00 range lasts 3 hours, on a 25-hour day 5.
 * A range lying wholly inside a spring-forward gap comes out empty and is dropped.
 */
export function workingSpans(
  weekly: readonly WeeklyRange[],
  exceptions: readonly ScheduleException[],
  clock: ZoneClock,
  fromDay: number,
  toDay: number,
): Span[] {
  const byWeekday = new Map<number, MinuteRange[]>();
  for (const w of weekly) {
    const r = toMinutes(w.start, w.end);
    if (r === null) continue;
    const list = byWeekday.get(w.weekday) ?? [];
    list.push(r);
    byWeekday.set(w.weekday, list);
  }
  const byDate = new Map<number, ScheduleException[]>();
  for (const x of exceptions) {
    const day = parseLocalDate(x.date);
    if (day === null || day < fromDay || day > toDay) continue;
    const list = byDate.get(day) ?? [];
    list.push(x);
    byDate.set(day, list);
  }

  const spans: Span[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    let ranges: MinuteRange[] = [...(byWeekday.get(weekdayOf(day)) ?? [])];
    const dayExceptions = byDate.get(day) ?? [];
    for (const x of dayExceptions) {
      if (x.kind !== 'off') continue;
      if (x.start == null && x.end == null) {
        ranges = [];
        continue;
      }
      const cut = toMinutes(x.start, x.end);
      if (cut !== null) ranges = subtract(ranges, cut);
    }
    for (const x of dayExceptions) {
      if (x.kind !== 'extra') continue;
      const add = toMinutes(x.start, x.end);
      if (add !== null) ranges.push(add);
    }
    const midnight = day * DAY_MS;
    for (const [s, e] of ranges) {
      const startMs = clock.localToInstant(midnight + s * MIN_MS);
      const endMs = clock.localToInstant(midnight + e * MIN_MS);
      if (endMs > startMs) spans.push({ startMs, endMs });
    }
  }
  return spans;
}

/** Sort spans and join those that overlap or touch: the set of instants inside working hours. */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const out: { startMs: number; endMs: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.startMs <= last.endMs) last.endMs = Math.max(last.endMs, s.endMs);
    else out.push({ startMs: s.startMs, endMs: s.endMs });
  }
  return out;
}
