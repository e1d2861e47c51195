import type { BookedRange, Slot, TherapistSchedule } from './schedule.ts';
import { type Span, unionOf, workingSpans } from './working-hours.ts';
import { zoneClock } from './zone-clock.ts';

const MIN_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Input of {@link computeSlots}. Instants are ISO 8601 strings with an offset. */
export interface SlotQuery {
  readonly therapist: TherapistSchedule;
  /** Active (confirmed) bookings of this therapist; cancelled ones must be left out. */
  readonly bookings: readonly BookedRange[];
  /** Slots whose start lies in [from, to). */
  readonly from: string;
  readonly to: string;
  /** Session length in minutes. */
  readonly minutes: number;
  /** Minutes between candidate starts within a working range (default 30). */
  readonly step?: number;
  readonly now: string;
}

/** Parse an ISO instant to epoch ms, throwing a RangeError on anything else. */
export function instantMs(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${value}`);
  return ms;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let cachedDay = Number.NaN;
let cachedPrefix = '';

/**
 * Format epoch ms as an ISO instant in UTC, without milliseconds when they are zero. Whole seconds take a
 * fast path (the date prefix is cached per UTC day): formatting dominated the slot search otherwise.
 */
export function isoZ(ms: number): string {
  if (ms % 1000 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const secs = (ms - day * DAY_MS) / 1000;
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return `${cachedPrefix}${PAD2[h]}:${PAD2[m]}:${PAD2[secs % 60]}Z`;
}

/**
 * Open start times for one therapist (contract "GET /api/v1/therapists/:id/slots").
 *
 * - Candidates start at the beginning of each working range (weekly hours ± dated exceptions, in the
 *   therapist's zone) and every `step` minutes of real time after it; a slot must lie wholly inside
 *   working hours (adjacent ranges count as continuous working time).
 * - Buffer: a slot is open iff for every booking b, `slot.end + buffer ≤ b.start` or
 *   `b.end + b.buffer ≤ slot.start`, so a slot exactly the buffer away is offered; the buffer need not
 *   fit inside working hours.
 * - Notice: `slot.start ≥ now + minNoticeHours`; window: `slot.start ≤ now + bookingWindowDays`.
 *
 * Cost: one Temporal lookup of the zone's transitions, then plain arithmetic; bookings are turned into
 * blocked start intervals, sorted once and swept against the sorted candidates (O((n + m) log(n + m))).
 *
 * @example
 * computeSlots({ therapist, bookings: [], from: '2026-03-30T00:00:00Z', to: '2026-03-31T00:00:00Z',
 *   minutes: 60, now: '2026-03-01T00:00:00Z' }) // → [{ start: '2026-03-30T08:00:00Z', end: … }, …]
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const { therapist, minutes } = query;
  const step = query.step ?? 30;
  if (!(minutes > 0) || !(step > 0)) return [];
  const lengthMs = minutes * MIN_MS;
  const stepMs = step * MIN_MS;
  const nowMs = instantMs(query.now);
  const lower = Math.max(instantMs(query.from), nowMs + therapist.minNoticeHours * HOUR_MS);
  const upperExclusive = instantMs(query.to);
  const upperInclusive = nowMs + therapist.bookingWindowDays * DAY_MS;
  if (lower >= upperExclusive || lower > upperInclusive) return [];
  const lastStart = Math.min(upperExclusive - 1, upperInclusive);

  const clock = zoneClock(therapist.timeZone, lower, lastStart + lengthMs);
  // A working day can begin up to ~14 h before or after UTC midnight: widen by a day each side.
  const fromDay = Math.floor(clock.instantToLocal(lower) / DAY_MS) - 1;
  const toDay = Math.floor(clock.instantToLocal(lastStart + lengthMs) / DAY_MS) + 1;
  const spans = workingSpans(therapist.weekly, therapist.exceptions ?? [], clock, fromDay, toDay);
  const working = unionOf(spans);

  const candidates = candidateStarts(spans, working, lower, lastStart, lengthMs, stepMs);
  const blocked = blockedStarts(query.bookings, therapist.bufferMinutes, lengthMs);

  const out: Slot[] = [];
  let j = 0;
  for (const s of candidates) {
    // Blocked intervals are open (lo, hi), disjoint and sorted: skip those that end at or before s.
    while (j < blocked.length && (blocked[j]?.hi ?? 0) <= s) j++;
    const b = blocked[j];
    if (b !== undefined && b.lo < s) continue;
    out.push({ start: isoZ(s), end: isoZ(s + lengthMs) });
  }
  return out;
}

/** Sorted, distinct candidate starts in [lower, lastStart] that fit wholly in working time. */
function candidateStarts(
  spans: readonly Span[],
  working: readonly Span[],
  lower: number,
  lastStart: number,
  lengthMs: number,
  stepMs: number,
): number[] {
  const starts: number[] = [];
  for (const span of spans) {
    const first =
      span.startMs >= lower
        ? span.startMs
        : span.startMs + Math.ceil((lower - span.startMs) / stepMs) * stepMs;
    for (let s = first; s < span.endMs && s <= lastStart; s += stepMs) starts.push(s);
  }
  starts.sort((a, b) => a - b);
  const out: number[] = [];
  let w = 0;
  for (const s of starts) {
    if (out[out.length - 1] === s) continue;
    while (w < working.length && (working[w]?.endMs ?? 0) <= s) w++;
    const span = working[w];
    if (span !== undefined && span.startMs <= s && s + lengthMs <= span.endMs) out.push(s);
  }
  return out;
}

/**
 * Each booking b forbids the starts s with s + length + buffer > b.start and b.end + b.buffer > s, the
 * open interval (b.start − buffer − length, b.end + b.buffer). Sorted and merged; open intervals that
 * merely touch are kept apart, since their shared end point is allowed.
 */
function blockedStarts(
  bookings: readonly BookedRange[],
  bufferMinutes: number,
  lengthMs: number,
): { lo: number; hi: number }[] {
  const bufferMs = bufferMinutes * MIN_MS;
  const raw = bookings.map((b) => ({
    lo: instantMs(b.start) - bufferMs - lengthMs,
    hi: instantMs(b.end) + (b.bufferMinutes ?? bufferMinutes) * MIN_MS,
  }));
  raw.sort((a, b) => a.lo - b.lo);
  const out: { lo: number; hi: number }[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last !== undefined && r.lo < last.hi) last.hi = Math.max(last.hi, r.hi);
    else out.push({ ...r });
  }
  return out;
}
