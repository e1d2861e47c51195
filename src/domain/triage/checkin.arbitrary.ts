/**
 * fast-check arbitraries for schema-valid CheckIns, shared by the triage and plan property tests.
 * Instants span 2000-2040 and cluster around daylight-saving changes and the rules' boundaries (21 days, 72 h,
 * 48 h, 24 h), and are written with assorted UTC offsets, as clients send them.
 */
import fc from 'fast-check';
import type { CareLog, CheckIn } from '../contract/checkin.schema.ts';
import { AREAS, CREAM_INGREDIENTS, HISTORY, SYMPTOMS, TRENDS } from '../contract/ids.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2040, 11, 31);

/** Instants at which clocks change in Europe (last Sunday of March/October, 01:00 UTC) and the US (second Sunday of March, first of November). */
const DST_INSTANTS = [
  '2021-03-28T01:00:00Z',
  '2021-10-31T01:00:00Z',
  '2024-03-10T07:00:00Z',
  '2024-11-03T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2030-03-31T01:00:00Z',
  '2037-10-25T01:00:00Z',
].map((s) => Date.parse(s));

/** Offsets in minutes a client may write an instant with (incl. half- and quarter-hour zones). */
const OFFSETS = [0, 60, 120, -300, -240, -420, 330, 345, 540, 600, -210, 840, -720];

/** Writes epoch ms as an ISO 8601 instant with the given UTC offset in minutes (`Z` for 0). */
export function formatInstant(ms: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString();
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, -1);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** An instant in epoch ms: anywhere in 2000-2040, or within a day of a daylight-saving change. */
export const arbEpochMs: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: MIN_MS, max: MAX_MS }),
  fc.tuple(fc.constantFrom(...DST_INSTANTS), fc.integer({ min: -DAY, max: DAY })).map(([t, d]) => t + d),
);

/** A duration in ms, biased to the boundaries the rules use (exact, and one millisecond either side). */
export const arbElapsedMs: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 120 * DAY }),
  fc
    .tuple(
      fc.constantFrom(0, 24 * HOUR, 48 * HOUR, 72 * HOUR, 7 * DAY, 10 * DAY, 21 * DAY),
      fc.constantFrom(-1, 0, 1),
    )
    .map(([b, d]) => Math.max(0, b + d)),
);

const arbOffset = fc.constantFrom(...OFFSETS);

/** Care-log entries, all at or before `atMs` (up to 30 days earlier). */
export function arbCareLog(atMs: number): fc.Arbitrary<CareLog> {
  const when = fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 30 * DAY }),
        arbElapsedMs.filter((e) => e <= 30 * DAY),
      ),
      arbOffset,
    )
    .map(([ago, off]) => formatInstant(atMs - ago, off));
  return fc.record({
    ibuprofen: fc.array(fc.record({ at: when, mg: fc.constantFrom(200, 400, 1, 4000, 800) }), {
      maxLength: 8,
    }),
    creams: fc.array(fc.record({ at: when, ingredient: fc.constantFrom(...CREAM_INGREDIENTS) }), {
      maxLength: 8,
    }),
    cold: fc.array(fc.record({ at: when, minutes: fc.integer({ min: 0, max: 60 }) }), { maxLength: 6 }),
    heat: fc.array(fc.record({ at: when, minutes: fc.integer({ min: 0, max: 60 }) }), { maxLength: 6 }),
  });
}

/**
 * A schema-valid CheckIn with `at` resolved and `log` filled: onset at or before `at`, an optional massage
 * around the onset, and log entries before `at`.
 * @example fc.assert(fc.property(arbCheckIn, (c) => triage(c).level !== undefined))
 */
export const arbCheckIn: fc.Arbitrary<CheckIn> = fc
  .tuple(arbEpochMs, arbElapsedMs, fc.option(fc.integer({ min: -48 * HOUR, max: 48 * HOUR }), { nil: null }))
  .chain(([atMs, sinceOnset, massageToOnset]) => {
    const onsetMs = atMs - sinceOnset;
    return fc.record({
      at: arbOffset.map((o) => formatInstant(atMs, o)),
      painScore: fc.integer({ min: 0, max: 10 }),
      area: fc.constantFrom(...AREAS),
      onsetAt: arbOffset.map((o) => formatInstant(onsetMs, o)),
      firstEpisode: fc.boolean(),
      trend: fc.constantFrom(...TRENDS),
      massageAt:
        massageToOnset === null
          ? fc.constant(null)
          : fc.oneof(
              arbOffset.map((o) => formatInstant(onsetMs - massageToOnset, o)),
              fc.constantFrom(0, 24 * HOUR, 24 * HOUR + 1).map((d) => formatInstant(onsetMs - d, 0)),
            ),
      age: fc.oneof(fc.integer({ min: 16, max: 120 }), fc.constantFrom(16, 50, 51, 64, 65, 120)),
      pregnancyWeeks: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
      symptoms: fc.array(fc.constantFrom(...SYMPTOMS), { maxLength: 6 }),
      history: fc.array(fc.constantFrom(...HISTORY), { maxLength: 6 }),
      soughtCare: fc.boolean(),
      workAtDesk: fc.boolean(),
      sleepHours: fc.option(
        fc.integer({ min: 0, max: 48 }).map((h) => h / 2),
        { nil: null },
      ),
      log: arbCareLog(atMs),
    });
  });
