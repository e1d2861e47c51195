import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import { makeCheckIn, shift } from '../triage/checkin.fixture.ts';

const AT = makeCheckIn().at;

describe('nowActions', () => {
  it('puts the best-supported things first: moving, heat, then ibuprofen', () => {
    const { now } = assess(makeCheckIn({ painScore: 7 }));
    expect(now?.map((a) => [a.remedy, a.action])).toEqual([
      ['exercise', 'start'],
      ['heat', 'start'],
      ['ibuprofen', 'log'],
    ]);
    expect(now?.[0]?.text).toMatch(/^Keep moving gently/);
  });

  it('leaves out what is not allowed yet: a dose an hour ago makes room for the next item', () => {
    const { now, plan } = assess(
      makeCheckIn({ painScore: 7, log: { ibuprofen: [{ at: shift(AT, -60 * 60_000), mg: 200 }] } }),
    );
    expect(plan?.items.find((i) => i.remedy === 'ibuprofen')?.availableAt).not.toBeNull();
    expect(now?.map((a) => a.remedy)).toEqual(['exercise', 'heat', 'stretch']);
  });

  it('never suggests ibuprofen as a first step when a caution says to ask first (IB-CAUTION)', () => {
    const { now } = assess(makeCheckIn({ painScore: 7, history: ['asthma'] }));
    expect(now?.map((a) => a.remedy)).not.toContain('ibuprofen');
  });

  it('gives no actions when there is no plan', () => {
    expect(assess(makeCheckIn({ symptoms: ['saddle_numbness'] })).now).toBeUndefined();
  });
});
