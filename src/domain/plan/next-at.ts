/**
 * The one line a waiting plan item shows: "Next dose from 14:05 (in 3 h 59 min)". A clock time
 * the person can plan around, then the wait; never a stopwatch ("240:00") and never "You can start in 4 h"
 * for a medicine. Pure: the instant, now, the time zone and the locale are all parameters.
 */
import type { Remedy } from '../contract/ids.ts';
import { DAY_MS, parseInstant } from './time.ts';

/** Where and how to show a time: an IANA zone and a BCP 47 locale (12 or 24 h follows the locale). */
export interface ClockOptions {
  timeZone: string;
  locale: string;
}

/** What is waiting, in the words of its line. */
const WHAT: Readonly<Record<Remedy, string>> = {
  ibuprofen: 'Next dose from',
  cream: 'Next application from',
  cold: 'Next cold pack from',
  heat: 'Next heat from',
  massage: 'Massage from',
  stretch: 'Stretches from',
  exercise: 'From',
  hydration: 'From',
  posture: 'From',
  sleep: 'From',
};

/**
 * "3 h 59 min", "25 min", "1 day 2 h": rounded up to the minute, so it never says 0 while still waiting.
 * @example formatWait(239 * 60_000) // '3 h 59 min'
 */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (days > 0) {
    // Past a day the minutes stop mattering; the clock time says the rest.
    const d = `${days} ${days === 1 ? 'day' : 'days'}`;
    return h === 0 ? d : `${d} ${h} h`;
  }
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function dayKey(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

/**
 * The clock time of `atMs` in the zone, with "tomorrow" or a weekday when it is not today there.
 * @example clockAt(Date.parse('2026-12-03T14:05:00Z'), Date.parse('2026-12-03T10:06:00Z'), { timeZone: 'UTC', locale: 'en-GB' }) // '14:05'
 */
export function clockAt(atMs: number, nowMs: number, o: ClockOptions): string {
  const time = new Intl.DateTimeFormat(o.locale, {
    timeZone: o.timeZone,
    // `timeStyle` keeps each locale's own form: "09:00" in en-GB, "9:00 AM" in en-US.
    timeStyle: 'short',
  }).format(new Date(atMs));
  const day = dayKey(atMs, o.timeZone);
  if (day === dayKey(nowMs, o.timeZone)) return time;
  if (day === dayKey(nowMs + DAY_MS, o.timeZone)) return `tomorrow ${time}`;
  const weekday = new Intl.DateTimeFormat(o.locale, { timeZone: o.timeZone, weekday: 'short' }).format(
    new Date(atMs),
  );
  const date = new Intl.DateTimeFormat(o.locale, {
    timeZone: o.timeZone,
    day: 'numeric',
    month: 'short',
  }).format(new Date(atMs));
  return `${weekday} ${date}, ${time}`;
}

/**
 * The waiting line of a plan item: "Next dose from 14:05 (in 3 h 59 min)".
 * @example nextAtLine('ibuprofen', '2026-12-03T14:05:00Z', Date.parse('2026-12-03T10:06:00Z'), { timeZone: 'UTC', locale: 'en-GB' })
 */
export function nextAtLine(remedy: Remedy, availableAt: string, nowMs: number, o: ClockOptions): string {
  const atMs = parseInstant(availableAt);
  return `${WHAT[remedy]} ${clockAt(atMs, nowMs, o)} (in ${formatWait(atMs - nowMs)})`;
}
