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

describe('what helps me: properties (issue 11)', () => {
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
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        (events, spots) => {
          const before = verdicts(events);
          // Unrelated: used at least 6 h from any pain score or other use, so it shares no window with them.
          const busy = events.map((e) => Date.parse(e.at));
          const first = Math.min(...busy);
          const last = Math.max(...busy);
          const added: InsightEvent[] = [];
          for (const s of spots) {
            const t = Math.round(first + s * (last - first + 48 * HOUR));
            if (busy.every((b) => Math.abs(b - t) >= 6 * HOUR)) {
              added.push({ kind: 'exercise', at: new Date(t).toISOString() });
              busy.push(t);
            }
          }
          const after = verdicts([...events, ...added]);
          for (const [remedy, r] of Object.entries(before)) {
            if (r.verdict !== 'helps') expect(after[remedy]?.verdict).not.toBe('helps');
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
