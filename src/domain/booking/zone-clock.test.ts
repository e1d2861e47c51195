import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { zoneClock } from './zone-clock.ts';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'UTC',
];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 0, 1);

describe('zoneClock', () => {
  it('turns every local wall time into the same instant as Temporal (compatible)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: (TO - FROM) / 60_000 }),
        (zone, minute) => {
          const clock = zoneClock(zone, FROM, TO);
          const localMs = FROM + minute * 60_000;
          const d = new Date(localMs);
          const expected = Temporal.PlainDateTime.from({
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
          }).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
          expect(clock.localToInstant(localMs)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Temporal every 5 minutes around each 2026 transition of each zone', () => {
    for (const zone of ZONES) {
      const clock = zoneClock(zone, FROM, TO);
      let z = Temporal.Instant.fromEpochMilliseconds(FROM)
        .toZonedDateTimeISO(zone)
        .getTimeZoneTransition('next');
      for (; z !== null && z.epochMilliseconds < TO; z = z.getTimeZoneTransition('next')) {
        const local = z.toPlainDateTime();
        for (let m = -240; m <= 240; m += 5) {
          const wall = local.add({ minutes: m });
          const localMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
          const expected = wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
          expect(clock.localToInstant(localMs), `${zone} ${wall.toString()}`).toBe(expected);
        }
      }
    }
  });

  it('resolves the London gap forward and the London overlap to the earlier instant', () => {
    const clock = zoneClock('Europe/London', FROM, TO);
    // 2026-03-29 01:30 does not exist: compatible reads it as 02:30 BST = 01:30Z.
    expect(clock.localToInstant(Date.UTC(2026, 2, 29, 1, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 2026-10-25 01:30 happens twice: the earlier is 01:30 BST = 00:30Z.
    expect(clock.localToInstant(Date.UTC(2026, 9, 25, 1, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('gives the offset in force at an instant', () => {
    const clock = zoneClock('America/New_York', FROM, TO);
    expect(clock.offsetAt(Date.UTC(2026, 2, 8, 6, 59))).toBe(-5 * 3_600_000);
    expect(clock.offsetAt(Date.UTC(2026, 2, 8, 7, 0))).toBe(-4 * 3_600_000);
  });
});
