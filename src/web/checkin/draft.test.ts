import { describe, expect, test } from 'vitest';
import { AGE_BANDS, bandOf, buildCheckIn, massageFrom, onsetFrom } from './draft.ts';

const AT = new Date('2026-11-26T15:00:00Z');

describe('onsetFrom', () => {
  test('"more than 3 weeks" lands past the 21-day rule (RF-NO-IMPROVEMENT)', () => {
    const onset = onsetFrom({ since: 'weeks' }, AT);
    expect(AT.getTime() - onset.getTime()).toBeGreaterThan(21 * 24 * 3600_000);
  });
  test('"2 to 3 days" is past the 48 h acute phase, "yesterday" within it', () => {
    const h = (d: Date) => (AT.getTime() - d.getTime()) / 3600_000;
    expect(h(onsetFrom({ since: 'days' }, AT))).toBeGreaterThanOrEqual(48);
    expect(h(onsetFrom({ since: 'yesterday' }, AT))).toBeLessThan(48);
  });
  test('a picked date-time in the future is clamped to now', () => {
    const onset = onsetFrom({ sinceAt: '2030-01-01T10:00' }, AT);
    expect(onset.getTime()).toBe(AT.getTime());
  });
});

test('massage choices are measured back from the onset (RF-POST-MASSAGE-LONG uses 24 h)', () => {
  const onset = new Date('2026-11-20T10:00:00Z');
  const within = (c: 'lt12' | '12to24' | 'gt24') => onset.getTime() - (massageFrom(c, onset)?.getTime() ?? 0);
  expect(within('lt12')).toBeLessThan(12 * 3600_000);
  expect(within('12to24')).toBeLessThan(24 * 3600_000);
  expect(within('gt24')).toBeGreaterThan(24 * 3600_000);
  expect(massageFrom('no', onset)).toBeNull();
});

test('each age band stands for an age inside it, cut where a rule changes (50, 60, 65)', () => {
  for (const b of AGE_BANDS) expect(bandOf(b.age)).toBe(b.value);
  expect([50, 51, 59, 60, 64, 65].map(bandOf)).toEqual(['16-50', '51-59', '51-59', '60-64', '60-64', '65+']);
});

test('buildCheckIn fills the care log from device events up to `at`, and counts "not sure" as yes only for emergencies', () => {
  const events = [
    { kind: 'ibuprofen' as const, at: '2026-11-26T12:00:00Z', mg: 200 },
    { kind: 'ibuprofen' as const, at: '2026-11-26T16:00:00Z', mg: 200 },
    { kind: 'water' as const, at: '2026-11-26T12:00:00Z', ml: 250 },
  ];
  const c = buildCheckIn(
    { painScore: 4, age: 40, flags: { saddle_numbness: 'unsure', fever: 'unsure', lump: 'yes' } },
    AT,
    events,
    null,
  );
  expect(c.log.ibuprofen).toEqual([{ at: '2026-11-26T12:00:00Z', mg: 200 }]);
  expect(c.at).toBe(AT.toISOString());
  expect(c.painScore).toBe(4);
  expect(c.symptoms.sort()).toEqual(['lump', 'saddle_numbness']);
});
