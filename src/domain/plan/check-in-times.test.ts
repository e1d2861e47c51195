import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCheckIn } from '../triage/checkin.arbitrary.ts';
import { makeCheckIn } from '../triage/checkin.fixture.ts';
import { readLog } from './care-log.ts';
import { checkInTimes } from './check-in-times.ts';

describe('checkInTimes', () => {
  it('parses at, onset and massage as Date.parse does, and reads the log as readLog does', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const t = checkInTimes(c);
        expect(t.atMs).toBe(Date.parse(c.at));
        expect(t.onsetMs).toBe(Date.parse(c.onsetAt));
        expect(t.massageMs).toBe(c.massageAt === null ? Number.NaN : Date.parse(c.massageAt));
        const eager = readLog(c.log, t.atMs);
        // Read in an order unlike readLog's, and twice: each list is parsed once and stays the same.
        expect(t.log.heat).toEqual(eager.heat);
        expect(t.log.cold).toEqual(eager.cold);
        expect(t.log.creams).toEqual(eager.creams);
        expect(t.log.ibuprofen).toEqual(eager.ibuprofen);
        expect(t.log.ibuprofen).toBe(t.log.ibuprofen);
      }),
      { numRuns: 300 },
    );
  });

  it('gives NaN for no massage, so no massage rule can match', () => {
    expect(checkInTimes(makeCheckIn({ massageAt: null })).massageMs).toBeNaN();
  });
});
