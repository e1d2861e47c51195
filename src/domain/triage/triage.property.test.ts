import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckInSchema } from '../contract/checkin.schema.ts';
import { HISTORY, LEVELS, SYMPTOMS } from '../contract/ids.ts';
import { factUrls, isFactId, RED_FLAG_IDS } from '../facts/registry.ts';
import { arbCheckIn } from './checkin.arbitrary.ts';
import { highestLevel, LEVEL_RANK } from './levels.ts';
import { triage } from './triage.ts';

const RUNS = { numRuns: 500 };

describe('triage properties over random check-ins', () => {
  it('the arbitrary only makes schema-valid check-ins, with onset and log entries not after `at`', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        expect(CheckInSchema.safeParse(c).success).toBe(true);
        const at = Date.parse(c.at);
        expect(Date.parse(c.onsetAt)).toBeLessThanOrEqual(at);
        for (const e of [...c.log.ibuprofen, ...c.log.creams, ...c.log.cold, ...c.log.heat]) {
          expect(Date.parse(e.at)).toBeLessThanOrEqual(at);
        }
      }),
      RUNS,
    );
  });

  it('never throws, and the level is the highest among unique flags sorted most serious first', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const { level, flags } = triage(c);
        expect(level).toBe(highestLevel(flags.map((f) => f.level)));
        expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
        for (let i = 1; i < flags.length; i++) {
          expect(LEVEL_RANK[flags[i - 1]?.level ?? 'self_care']).toBeGreaterThanOrEqual(
            LEVEL_RANK[flags[i]?.level ?? 'self_care'],
          );
        }
      }),
      RUNS,
    );
  });

  it('adding any symptom never lowers the level nor removes a flag', () => {
    fc.assert(
      fc.property(arbCheckIn, fc.constantFrom(...SYMPTOMS), (c, symptom) => {
        const before = triage(c);
        const after = triage({ ...c, symptoms: [...c.symptoms, symptom] });
        expect(LEVEL_RANK[after.level]).toBeGreaterThanOrEqual(LEVEL_RANK[before.level]);
        const afterIds = new Set(after.flags.map((f) => f.id));
        for (const f of before.flags) expect(afterIds.has(f.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding any history item never lowers the level nor removes a flag', () => {
    fc.assert(
      fc.property(arbCheckIn, fc.constantFrom(...HISTORY), (c, item) => {
        const before = triage(c);
        const after = triage({ ...c, history: [...c.history, item] });
        expect(LEVEL_RANK[after.level]).toBeGreaterThanOrEqual(LEVEL_RANK[before.level]);
        const afterIds = new Set(after.flags.map((f) => f.id));
        for (const f of before.flags) expect(afterIds.has(f.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every flag is a known red-flag fact, with its sources and a message', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        for (const f of triage(c).flags) {
          expect(isFactId(f.id)).toBe(true);
          expect(RED_FLAG_IDS).toContain(f.id);
          expect(f.sources.length).toBeGreaterThan(0);
          expect(f.sources).toEqual(factUrls(f.id));
          expect(f.message.length).toBeGreaterThan(20);
        }
      }),
      RUNS,
    );
  });

  it('the arbitrary reaches every level and every red flag (so the properties are not vacuous)', () => {
    const sample = fc.sample(arbCheckIn, { numRuns: 3000, seed: 42 }).map(triage);
    expect(new Set(sample.map((t) => t.level))).toEqual(new Set(LEVELS));
    const seen = new Set(sample.flatMap((t) => t.flags.map((f) => f.id)));
    expect(RED_FLAG_IDS.filter((id) => !seen.has(id))).toEqual([]);
  });
});
