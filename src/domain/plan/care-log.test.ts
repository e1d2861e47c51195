import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCareLog, arbEpochMs, formatInstant } from '../triage/checkin.arbitrary.ts';
import { readLog } from './care-log.ts';

/** What readLog promises, written the plain way: parse, drop entries after `at`, stable sort by time. */
function reference<E extends { at: string }>(entries: readonly E[], atMs: number) {
  return entries
    .map((e) => ({ e, t: Date.parse(e.at) }))
    .filter(({ t }) => t <= atMs)
    .sort((a, b) => a.t - b.t);
}

describe('readLog', () => {
  it('keeps the entries at or before `at`, oldest first, for any log', () => {
    fc.assert(
      fc.property(
        arbEpochMs.chain((atMs) => fc.tuple(fc.constant(atMs), arbCareLog(atMs + 3_600_000))),
        ([atMs, log]) => {
          const timed = readLog(log, atMs);
          expect(timed.ibuprofen).toEqual(
            reference(log.ibuprofen, atMs).map(({ e, t }) => ({ t, mg: e.mg })),
          );
          expect(timed.creams).toEqual(
            reference(log.creams, atMs).map(({ e, t }) => ({ t, ingredient: e.ingredient })),
          );
          expect(timed.cold).toEqual(
            reference(log.cold, atMs).map(({ e, t }) => ({ t, minutes: e.minutes })),
          );
          expect(timed.heat).toEqual(
            reference(log.heat, atMs).map(({ e, t }) => ({ t, minutes: e.minutes })),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sorts long lists too, keeping the logged order of equal instants', () => {
    const atMs = Date.UTC(2026, 10, 26, 9);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -2, max: 40 }), fc.constantFrom(200, 400)), { maxLength: 60 }),
        (rows) => {
          // Hours before `at`, many repeated; a negative value lies after `at` and is dropped.
          const ibuprofen = rows.map(([h, mg]) => ({ at: formatInstant(atMs - h * 3_600_000, 60), mg }));
          const expected = reference(ibuprofen, atMs).map(({ e, t }) => ({ t, mg: e.mg }));
          expect(readLog({ ibuprofen, creams: [], cold: [], heat: [] }, atMs).ibuprofen).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops an entry whose instant cannot be parsed', () => {
    const log = { ibuprofen: [{ at: 'yesterday', mg: 200 }], creams: [], cold: [], heat: [] };
    expect(readLog(log, Date.UTC(2026, 10, 26)).ibuprofen).toEqual([]);
  });
});
