import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEpochMs, formatInstant } from '../triage/checkin.arbitrary.ts';
import { parseInstant, toIso } from './time.ts';

describe('parseInstant', () => {
  it('agrees with Date.parse for instants written with any offset', () => {
    fc.assert(
      fc.property(arbEpochMs, fc.integer({ min: -14 * 60, max: 14 * 60 }), (ms, off) => {
        const s = formatInstant(ms, off);
        expect(parseInstant(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('agrees with Date.parse across years 100-9999, leap days and offsets included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 30) }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (ms, off) => {
          const s = formatInstant(ms, off);
          expect(parseInstant(s)).toBe(Date.parse(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it.each([
    '2026-11-26T09:00:00Z',
    '2026-11-26T09:00:00.5Z',
    '2026-11-26T09:00:00.123456789+05:45',
    '2026-02-29T09:00:00Z',
    '2024-02-29T23:59:59-12:00',
    '2100-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-12-31T23:59:59.999+14:00',
    '2026-11-26T09:00Z',
    '0099-01-01T00:00:00Z',
    '2026-11-26T09:00:00+0100',
    'not a date',
    // Non-digits where a digit belongs, and a point with no digits after it: Date.parse says NaN.
    '2026-11-26T09:0-:00Z',
    '2026-11-26TZ9:00:00Z',
    '2026-11-26T09:00:0tZ',
    '2026-11-26T09:00:00.Z',
    // Long fractions: Date.parse truncates to milliseconds; floating-point sums rounded these up.
    '2026-11-26T09:00:00.9999999999999999999Z',
    '2026-11-26T09:00:00.1239999999999999999Z',
    '2026-11-26T09:00:00.05Z',
    '2026-11-26T09:00:00.0009Z',
  ])('matches Date.parse for %s', (s) => {
    expect(parseInstant(s)).toEqual(Date.parse(s));
  });
});

describe('toIso', () => {
  const viaDate = (ms: number) => {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  };
  it('writes what toISOString writes, for years 1000-9999 and outside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-5000, 0, 1), max: Date.UTC(12000, 0, 1) }), (ms) => {
        expect(toIso(ms)).toBe(viaDate(ms));
        expect(toIso(ms - (ms % 1000))).toBe(viaDate(ms - (ms % 1000)));
      }),
      { numRuns: 3000 },
    );
    for (const ms of [
      Date.UTC(1000, 0, 1) - 1,
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ]) {
      expect(toIso(ms)).toBe(viaDate(ms));
    }
  });
  it('throws on NaN as toISOString does', () => {
    expect(() => toIso(Number.NaN)).toThrow(RangeError);
  });

  it('drops zero milliseconds and keeps others', () => {
    expect(toIso(Date.UTC(2026, 10, 26, 9))).toBe('2026-11-26T09:00:00Z');
    expect(toIso(Date.UTC(2026, 10, 26, 9, 0, 0, 1))).toBe('2026-11-26T09:00:00.001Z');
  });
});
