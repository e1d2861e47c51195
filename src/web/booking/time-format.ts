/**
 * Times for the booking screens. A visit is an instant; the client reads it in their own time zone and, when the
 * therapist lives in another one, sees the therapist's wall clock too, so both agree on when the visit is, across
 * zones and daylight saving. Pure: every function takes the zone (and locale) it formats for.
 */

/** The device's IANA time zone, e.g. "Europe/London" (falls back to UTC). */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string | undefined, zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** The calendar date of an instant in a zone, as "YYYY-MM-DD". */
export function dayKey(iso: string, zone: string): string {
  const parts = fmt('en-CA', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(iso),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Wall-clock time of an instant in a zone, as the locale writes it: "09:30" in en-GB, "9:30 AM" in en-US
 * (a numeric hour, so a 12-hour locale never reads "09:30 AM"). `locale` undefined = the
 * browser's own.
 */
export function timeLabel(iso: string, zone: string, locale?: string): string {
  const twelve = /h1[12]/.test(fmt(locale, 'UTC', { hour: 'numeric' }).resolvedOptions().hourCycle ?? '');
  return fmt(locale, zone, { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "Saturday 14:00" (or "Saturday 2:00 PM") in a zone: a weekday and a time, for a moment in the next days. */
export function weekdayTimeLabel(iso: string, zone: string, locale?: string): string {
  return `${fmt(locale, zone, { weekday: 'long' }).format(new Date(iso))} ${timeLabel(iso, zone, locale)}`;
}

/** A day key as a short heading: "Fri 27 Nov". Dates carry no zone, so they are formatted at noon UTC. */
export function dayLabel(key: string, locale?: string): string {
  return fmt(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${key}T12:00:00Z`),
  );
}

/** A day key as two short lines for a day button: ["Fri", "27 Nov"]. */
export function dayParts(key: string, locale?: string): [string, string] {
  const d = new Date(`${key}T12:00:00Z`);
  return [
    fmt(locale, 'UTC', { weekday: 'short' }).format(d),
    fmt(locale, 'UTC', { day: 'numeric', month: 'short' }).format(d),
  ];
}

/** A day key in full: "Friday 27 November". */
export function longDayLabel(key: string, locale?: string): string {
  return fmt(locale, 'UTC', { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${key}T12:00:00Z`),
  );
}

/** "Friday 27 November, 09:30" in a zone. */
export function dateTimeLabel(iso: string, zone: string, locale?: string): string {
  return `${longDayLabel(dayKey(iso, zone), locale)}, ${timeLabel(iso, zone, locale)}`;
}

/** Whether two zones show the same date and time for an instant (then the second need not be shown). */
export function sameWallClock(iso: string, a: string, b: string): boolean {
  if (a === b) return true;
  return dayKey(iso, a) === dayKey(iso, b) && timeLabel(iso, a, 'en-GB') === timeLabel(iso, b, 'en-GB');
}

/** A zone as a place: "America/New_York" → "New York". */
export function zonePlace(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/**
 * The therapist's wall clock for a visit, only when it differs from the client's:
 * "15:00 in London", or "Sat 28 Nov, 08:00 in Sydney" when the date differs too; null when the same.
 */
export function otherZoneNote(iso: string, clientZone: string, therapistZone: string, locale?: string) {
  if (sameWallClock(iso, clientZone, therapistZone)) return null;
  const time = timeLabel(iso, therapistZone, locale);
  const place = zonePlace(therapistZone);
  const theirDay = dayKey(iso, therapistZone);
  if (theirDay === dayKey(iso, clientZone)) return `${time} in ${place}`;
  return `${dayLabel(theirDay, locale)}, ${time} in ${place}`;
}

/** Items with a `start` grouped by their date in a zone, in order of first appearance. */
export function groupByDay<T extends { start: string }>(items: readonly T[], zone: string) {
  const groups: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = dayKey(item.start, zone);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** Consecutive day keys starting at `first` ("YYYY-MM-DD"), calendar arithmetic only. */
export function dayKeys(first: string, count: number): string[] {
  const base = Date.parse(`${first}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(base + i * 86_400_000).toISOString().slice(0, 10));
}
