import { describe, expect, test } from 'vitest';
import {
  dayKey,
  dayKeys,
  dayLabel,
  dayParts,
  groupByDay,
  otherZoneNote,
  sameWallClock,
  timeLabel,
  weekdayTimeLabel,
  zonePlace,
} from './time-format.ts';

describe('booking times', () => {
  test('a day key follows the zone, not UTC', () => {
    // 23:30 UTC on 26 Nov is already 27 Nov in Sydney and still 26 Nov in New York.
    expect(dayKey('2026-11-26T23:30:00Z', 'Australia/Sydney')).toBe('2026-11-27');
    expect(dayKey('2026-11-26T23:30:00Z', 'America/New_York')).toBe('2026-11-26');
  });

  test('London wall clock moves with daylight saving (29 March 2026)', () => {
    expect(timeLabel('2026-03-28T09:00:00Z', 'Europe/London', 'en-GB')).toBe('09:00');
    expect(timeLabel('2026-03-30T08:00:00Z', 'Europe/London', 'en-GB')).toBe('09:00');
  });

  test('12 or 24 hours as the locale has it, never "08:00 AM"', () => {
    const morning = '2026-11-27T08:00:00Z';
    expect(timeLabel(morning, 'UTC', 'en-GB')).toBe('08:00');
    expect(timeLabel(morning, 'UTC', 'de-DE')).toBe('08:00');
    expect(timeLabel(morning, 'UTC', 'en-US').replace(/\s/g, ' ')).toBe('8:00 AM');
    expect(timeLabel('2026-11-27T14:05:00Z', 'UTC', 'en-AU').replace(/\s/g, ' ')).toMatch(/^2:05 pm$/i);
    expect(weekdayTimeLabel('2026-11-28T14:00:00Z', 'Europe/London', 'en-GB')).toBe('Saturday 14:00');
  });

  test('the therapist time is shown only when it differs', () => {
    expect(otherZoneNote('2026-11-27T10:00:00Z', 'UTC', 'Europe/London', 'en-GB')).toBeNull();
    expect(sameWallClock('2026-07-01T10:00:00Z', 'UTC', 'Europe/London')).toBe(false);
    expect(otherZoneNote('2026-11-27T15:00:00Z', 'America/New_York', 'Europe/London', 'en-GB')).toBe(
      '15:00 in London',
    );
    expect(otherZoneNote('2026-11-27T22:00:00Z', 'Europe/London', 'Australia/Sydney', 'en-GB')).toBe(
      'Sat 28 Nov, 09:00 in Sydney',
    );
  });

  test('slots group by the client day', () => {
    const slots = [
      { start: '2026-11-27T22:00:00Z' },
      { start: '2026-11-27T23:30:00Z' },
      { start: '2026-11-28T01:00:00Z' },
    ];
    const groups = groupByDay(slots, 'Europe/London');
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ['2026-11-27', 2],
      ['2026-11-28', 1],
    ]);
  });

  test('day keys cross month ends and a daylight-saving Sunday', () => {
    expect(dayKeys('2026-10-24', 3)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(dayKeys('2026-11-30', 2)).toEqual(['2026-11-30', '2026-12-01']);
    expect(dayLabel('2026-10-25', 'en-GB')).toBe('Sun 25 Oct');
    expect(zonePlace('America/New_York')).toBe('New York');
    expect(dayParts('2026-11-27', 'en-GB')).toEqual(['Fri', '27 Nov']);
  });
});
