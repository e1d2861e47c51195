import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REMEDIES } from '../contract/ids.ts';
import { clockAt, formatWait, nextAtLine } from './next-at.ts';

const NOW = Date.parse('2026-12-03T10:06:00Z');
const GB = { timeZone: 'Europe/London', locale: 'en-GB' };

describe('nextAtLine', () => {
  it('says when the next dose is allowed and how long that is', () => {
    expect(nextAtLine('ibuprofen', '2026-12-03T14:05:00Z', NOW, GB)).toBe(
      'Next dose from 14:05 (in 3 h 59 min)',
    );
  });

  it('follows the time zone and the locale (12 h in the US)', () => {
    const us = { timeZone: 'America/Los_Angeles', locale: 'en-US' };
    expect(nextAtLine('ibuprofen', '2026-12-03T14:05:00Z', NOW, us)).toBe(
      'Next dose from 6:05 AM (in 3 h 59 min)',
    );
  });

  it('names the day when it is not today where the person is', () => {
    expect(clockAt(Date.parse('2026-12-04T09:00:00Z'), NOW, GB)).toBe('tomorrow 09:00');
    expect(clockAt(Date.parse('2026-12-06T09:00:00Z'), NOW, GB)).toBe('Sun 6 Dec, 09:00');
    // 13:30 UTC on the 3rd is 00:30 on the 4th in Sydney (UTC+11), where it is 21:06 now.
    const syd = { timeZone: 'Australia/Sydney', locale: 'en-AU' };
    expect(clockAt(Date.parse('2026-12-03T13:30:00Z'), NOW, syd)).toMatch(/^tomorrow /);
  });

  it('never shows a stopwatch or a bare "in 4 h" for any wait', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 * 24 * 60 * 60_000 }),
        fc.constantFrom(...REMEDIES),
        (wait, remedy) => {
          const line = nextAtLine(remedy, new Date(NOW + wait).toISOString(), NOW, GB);
          expect(line).not.toMatch(/\d+:\d\d:\d\d|\b\d{3,}:\d\d\b|You can start/);
          expect(line).toMatch(/from .+ \(in \d/i);
          expect(line.split(/\s+/).length).toBeLessThanOrEqual(20);
        },
      ),
    );
  });
});

describe('formatWait', () => {
  it('rounds up to the minute and switches to days past 24 h', () => {
    expect(formatWait(65 * 60_000)).toBe('1 h 5 min');
    expect(formatWait(120 * 60_000)).toBe('2 h');
    expect(formatWait(0)).toBe('1 min');
    expect(formatWait(30_000)).toBe('1 min');
    expect(formatWait(26 * 60 * 60_000)).toBe('1 day 2 h');
    expect(formatWait(72 * 60 * 60_000)).toBe('3 days');
  });
});
