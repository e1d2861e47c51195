import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, simulatePerson } from './synthetic-person.fixture.ts';
import type { InsightEvent } from './types.ts';
import { whatHelps } from './what-helps.ts';

const HOUR = 3_600_000;

/** A realistic diary from the simulator, with a seed fast-check chooses. */
const diary = fc
  .record({ seed: fc.integer({ min: 1, max: 1_000_000 }), heat: fc.constantFrom(-2, -1, 0, 1) })
  .map(
    ({ seed, heat }) =>
      simulatePerson(seededRandom(seed), {
        effects: { heat, cold: 0, 'cream:menthol': -1 },
        usesEach: 6,
        notes: true,
      }).events,
  );

const verdicts = (events: readonly InsightEvent[]) =>
  Object.fromEntries(whatHelps(events).remedies.map((r) => [r.remedy, r]));

describe('what helps me: properties', () => {
  it('the order of the events changes nothing', () => {
    fc.assert(
      fc.property(
        diary.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]) => {
          expect(whatHelps(shuffled)).toEqual(whatHelps(events));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('adding uses of an unrelated remedy never flips another remedy to helps', () => {
    fc.assert(
      fc.property(
        diary,
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 30,
        }),
        (events, spots) => {
          const before = verdicts(events);
          // Unrelated: used at least 6 h before or after the whole diary, so it shares no window with any
          // pain score or other remedy. (Uses inside remedy-free stretches would change the natural course
          // itself, which is right, and could move a verdict either way.)
          const times = events.map((e) => Date.parse(e.at));
          const first = Math.min(...times);
          const last = Math.max(...times);
          const added: InsightEvent[] = spots.map(([after, s]) => ({
            kind: 'exercise',
            at: new Date(
              after ? last + 6 * HOUR + s * 30 * 24 * HOUR : first - 6 * HOUR - s * 30 * 24 * HOUR,
            ).toISOString(),
          }));
          const report = whatHelps([...events, ...added]);
          expect(report.remedies.find((r) => r.remedy === 'exercise')?.logged).toBe(added.length);
          const after = Object.fromEntries(report.remedies.map((r) => [r.remedy, r]));
          for (const [remedy, r] of Object.entries(before)) {
            if (r.verdict !== 'helps') expect(after[remedy]?.verdict).not.toBe('helps');
            // Stronger still: nothing about the other remedies moves at all.
            expect(after[remedy]).toEqual(r);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('without pain scores every remedy has not enough data', () => {
    fc.assert(
      fc.property(diary, (events) => {
        const report = whatHelps(events.filter((e) => e.kind !== 'pain'));
        expect(report.remedies.length).toBeGreaterThan(0);
        for (const r of report.remedies) {
          expect(r.verdict).toBe('not_enough_data');
          expect([r.effect, r.low, r.high]).toEqual([null, null, null]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
