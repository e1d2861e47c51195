import { Temporal } from 'temporal-polyfill';

/**
 * Local wall-clock arithmetic for reminders, through Temporal so daylight-saving changes are right: a daily
 * 22:30 stays 22:30 local (23 or 25 hours after the one before across a change). Pure: every instant is a
 * parameter (epoch ms).
 */

const MINUTES_PER_DAY = 1440;

/** "HH:MM" → minutes after local midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The local date and minute of the day of an instant in a zone. */
export function localParts(ms: number, timeZone: string): { date: Temporal.PlainDate; minute: number } {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  return { date: z.toPlainDate(), minute: z.hour * 60 + z.minute };
}

/**
 * The instant of a local date at a minute of the day. A time that does not exist (clocks go forward) lands
 * as far after the gap as it was into it; an ambiguous one (clocks go back) takes the earlier instant.
 */
export function localToInstant(date: Temporal.PlainDate, minute: number, timeZone: string): number {
  const day = date.add({ days: Math.floor(minute / MINUTES_PER_DAY) });
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return day
    .toPlainDateTime({ hour: Math.floor(m / 60), minute: m % 60 })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** The first instant strictly after `afterMs` whose local time is `hhmm`, and its local date. */
export function nextWallTime(
  afterMs: number,
  hhmm: string,
  timeZone: string,
): { ms: number; date: Temporal.PlainDate } {
  const minute = minutesOf(hhmm);
  let date = localParts(afterMs, timeZone).date.subtract({ days: 1 });
  for (let i = 0; i < 4; i++, date = date.add({ days: 1 })) {
    const ms = localToInstant(date, minute, timeZone);
    if (ms > afterMs) return { ms, date };
  }
  throw new Error('unreachable: a wall time recurs every day');
}

/** Whether a minute of the day lies in a daily window (`end` before `start` wraps past midnight). */
export function inWindow(minute: number, window: { start: string; end: string }): boolean {
  const s = minutesOf(window.start);
  const e = minutesOf(window.end);
  return s < e ? minute >= s && minute < e : minute >= s || minute < e;
}

/** When the window containing `ms` ends (the caller checked it is inside). */
export function windowEndAfter(ms: number, window: { start: string; end: string }, timeZone: string): number {
  return nextWallTime(ms, window.end, timeZone).ms;
}
