/**
 * A maker of `Intl.DateTimeFormat`s with fixed options, one per time zone, each made on first use: building a
 * formatter loads locale and zone data, and making one per message cost about a seventh of a booking's CPU
 * in the profile of bench/booking.bench.ts.
 */
export function zoneFormatter(
  options: Intl.DateTimeFormatOptions,
): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let f = made.get(timeZone);
    if (f === undefined) {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
      made.set(timeZone, f);
    }
    return f;
  };
}
