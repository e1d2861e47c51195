/** Millisecond helpers for the plan's time rules. Pure: every instant is passed in. */

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One hour in milliseconds. */
export const HOUR_MS = 60 * MINUTE_MS;
/** One rolling day (24 h) in milliseconds. */
export const DAY_MS = 24 * HOUR_MS;

/** Instants formatted by hand: years 1000-9999, where `toISOString` writes a plain four-digit year. */
const FAST_ISO_MIN_MS = -30_610_224_000_000; // 1000-01-01T00:00:00Z
const FAST_ISO_MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * Formats epoch milliseconds as an ISO 8601 instant in UTC (`2026-11-26T09:00:00Z`), dropping
 * milliseconds when they are zero so answers read like the contract's examples. The same string as
 * `new Date(ms).toISOString()` (minus a zero `.000`), built without a Date: the plan formats several
 * instants per assessment, and assessments must stay fast.
 */
export function toIso(ms: number): string {
  if (!(ms >= FAST_ISO_MIN_MS && ms <= FAST_ISO_MAX_MS && Number.isInteger(ms))) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  }
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  // H. Hinnant's civil_from_days: the inverse of daysFromCivil below.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const head = `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}`;
  return milli === 0 ? `${head}Z` : `${head}.${THREE_DIGITS[milli]}Z`;
}

/** The later of two optional instants (null means "now"). */
export function laterOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** Two decimal digits at `from`, or -1 when either is not a digit. */
function twoDigits(s: string, from: number): number {
  const a = s.charCodeAt(from) - 48;
  const b = s.charCodeAt(from + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), as `Date.UTC` counts them; exact
 * integer arithmetic (H. Hinnant's days_from_civil), cheaper than calling `Date.UTC`.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Parses an ISO 8601 instant to epoch milliseconds, like `Date.parse` but several times faster for the
 * shape the API sends (`YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`); any other shape falls back to
 * `Date.parse`. The plan parses every log entry on every assessment, so this is on the hot path.
 */
export function parseInstant(s: string): number {
  const n = s.length;
  if (
    n < 20 ||
    s.charCodeAt(4) !== 45 || // -
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 || // :
    s.charCodeAt(16) !== 58
  ) {
    return Date.parse(s);
  }
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const year = century < 0 || yy < 0 ? -1 : century * 100 + yy;
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  // Years below 100 mean 19xx to Date.UTC: leave them, and anything out of range, to Date.parse.
  if (
    year < 100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return Date.parse(s);
  }
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Fractional seconds: keep milliseconds, truncating finer digits as Date.parse does.
    i++;
    // `…:00.Z` has no digits after the point, which Date.parse rejects.
    if (i >= n || s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return Date.parse(s);
    // Integer arithmetic on the first three digits only: adding d × 0.1^k in floating point rounded
    // .9999999999999999999 up to a whole second.
    let digits = 0;
    while (i < n) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (digits < 3) ms = ms * 10 + d;
      digits++;
      i++;
    }
    if (digits < 3) ms *= digits === 1 ? 100 : 10;
  }
  let offsetMin = 0;
  const c = s.charCodeAt(i);
  if (c === 90 && i === n - 1) {
    offsetMin = 0;
  } else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = twoDigits(s, i + 1);
    const om = twoDigits(s, i + 4);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return Date.parse(s);
    offsetMin = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Date.parse(s);
  }
  // Same value as Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * MINUTE_MS: every
  // term is an exact integer far below 2^53 for years 100-9999.
  return (
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000 + ms
  );
}

/**
 * Parses an instant the caller vouches for, failing loudly rather than letting NaN make every
 * interlock look open.
 * @throws {RangeError} when `s` is not an ISO 8601 instant.
 */
export function requireInstant(s: string): number {
  const ms = parseInstant(s);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: ${JSON.stringify(s)}`);
  return ms;
}
