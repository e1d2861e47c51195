import { Temporal } from 'temporal-polyfill';

/** One stretch of time over which a zone's UTC offset does not change: [startMs, endMs). */
interface OffsetSegment {
  readonly startMs: number;
  readonly endMs: number;
  readonly offsetMs: number;
}

/**
 * A time zone's offsets over a bounded window, resolved once with Temporal and then used with plain
 * arithmetic, so slot search stays fast (target: p99 < 5 ms for 60 days) without losing Temporal's
 * correctness at daylight-saving transitions.
 */
export interface ZoneClock {
  /** UTC offset in milliseconds at an instant (epoch ms). */
  offsetAt(epochMs: number): number;
  /**
   * The instant of a local wall time, given as "local epoch ms" (the wall time read as if it were UTC).
   * Disambiguation is Temporal's `compatible`: an ambiguous time (clocks go back) takes the earlier
   * instant; a time that does not exist (clocks go forward) is read with the offset before the gap,
   * which lands as far after the gap as it was into it (02:30 in a 02:00→03:00 gap becomes 03:30).
   */
  localToInstant(localMs: number): number;
  /** The local wall time ("local epoch ms") of an instant. */
  instantToLocal(epochMs: number): number;
}

const DAY_MS = 86_400_000;

/**
 * Build a {@link ZoneClock} valid from `fromMs` to `toMs` (with a few days' margin either side).
 * Throws a RangeError for an unknown IANA zone.
 */
export function zoneClock(timeZone: string, fromMs: number, toMs: number): ZoneClock {
  const startMs = fromMs - 3 * DAY_MS;
  const endMs = toMs + 3 * DAY_MS;
  let zoned = Temporal.Instant.fromEpochMilliseconds(startMs).toZonedDateTimeISO(timeZone);
  const segments: OffsetSegment[] = [];
  let segStart = Number.NEGATIVE_INFINITY;
  let offsetMs = zoned.offsetNanoseconds / 1e6;
  for (;;) {
    const next = zoned.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > endMs) break;
    segments.push({ startMs: segStart, endMs: next.epochMilliseconds, offsetMs });
    segStart = next.epochMilliseconds;
    offsetMs = next.offsetNanoseconds / 1e6;
    zoned = next;
  }
  segments.push({ startMs: segStart, endMs: Number.POSITIVE_INFINITY, offsetMs });

  const offsetAt = (epochMs: number): number => {
    for (const s of segments) if (epochMs < s.endMs) return s.offsetMs;
    return offsetMs;
  };

  const localToInstant = (localMs: number): number => {
    let earliest = Number.POSITIVE_INFINITY;
    for (const s of segments) {
      const candidate = localMs - s.offsetMs;
      if (candidate >= s.startMs && candidate < s.endMs && candidate < earliest) earliest = candidate;
    }
    if (earliest !== Number.POSITIVE_INFINITY) return earliest;
    // In a gap: read the wall time with the offset in force just before the gap ('compatible').
    for (let i = 1; i < segments.length; i++) {
      const before = segments[i - 1];
      const after = segments[i];
      if (before === undefined || after === undefined) continue;
      const boundary = after.startMs;
      if (localMs - before.offsetMs >= boundary && localMs - after.offsetMs < boundary) {
        return localMs - before.offsetMs;
      }
    }
    return localMs - offsetAt(localMs);
  };

  return {
    offsetAt,
    localToInstant,
    instantToLocal: (epochMs) => epochMs + offsetAt(epochMs),
  };
}
