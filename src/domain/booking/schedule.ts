/**
 * A therapist's availability rules as the booking domain sees them. Wall times are local to
 * the therapist's IANA time zone: 09:00 stays 09:00 on the clock across daylight-saving changes.
 */

/** ISO weekday, Monday 1 … Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A weekly working range, e.g. Monday 09:00-12:30. `end` may be "24:00" (midnight at the day's end). */
export interface WeeklyRange {
  readonly weekday: number;
  readonly start: string;
  readonly end: string;
}

/**
 * A dated exception in local time: `off` with no times is a whole day off; `off` with times removes
 * that stretch; `extra` adds a working range on that date (both times required).
 */
export interface ScheduleException {
  readonly date: string;
  readonly kind: 'off' | 'extra';
  readonly start?: string | null;
  readonly end?: string | null;
}

/** Everything about a therapist that decides which start times are open. */
export interface TherapistSchedule {
  readonly timeZone: string;
  readonly weekly: readonly WeeklyRange[];
  readonly exceptions?: readonly ScheduleException[];
  /** Least gap between two visits (travel), minutes. */
  readonly bufferMinutes: number;
  /** A slot must start at least this long after `now`. */
  readonly minNoticeHours: number;
  /** A slot may start at most this many days (of 24 h) after `now`. */
  readonly bookingWindowDays: number;
}

/** An active (confirmed) booking: instants with an offset. */
export interface BookedRange {
  readonly start: string;
  readonly end: string;
  /**
   * The travel buffer recorded with that booking, applied after it; defaults to the therapist's current
   * buffer. Matches the database exclusion constraint, which stores each booking's own buffer.
   */
  readonly bufferMinutes?: number;
}

/** An offered slot: ISO instants in UTC (`…Z`). */
export interface Slot {
  readonly start: string;
  readonly end: string;
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after local midnight of an "HH:MM" wall time; "24:00" is accepted (as 1440) only when
 * `allowMidnightEnd` is set. Returns null for anything else.
 */
export function parseWallTime(value: string, allowMidnightEnd = false): number | null {
  if (allowMidnightEnd && value === '24:00') return 1440;
  const m = WALL_TIME.exec(value);
  if (m === null) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar date, or null when it is not a real date. */
export function parseLocalDate(value: string): number | null {
  const m = DATE.exec(value);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/** ISO weekday of a day number (days since 1970-01-01, a Thursday). */
export function weekdayOf(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}
