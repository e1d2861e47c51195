import fc from 'fast-check';
import { expect, test } from 'vitest';
import { daysBetween, massageFrom, massageWaitLine, slotFloor, slotsFrom } from './eligibility.ts';

const NOW = Date.parse('2026-11-26T22:09:00Z'); // a Thursday evening in London

test('only massage_not_yet with a later instant holds slots back', () => {
  const at = '2026-11-28T14:00:00Z';
  expect(massageFrom({ ok: false, code: 'massage_not_yet', availableAt: at }, NOW)).toBe(at);
  expect(massageFrom({ ok: true }, NOW)).toBeNull();
  expect(massageFrom(null, NOW)).toBeNull();
  expect(massageFrom({ ok: false, code: 'checkin_required' }, NOW)).toBeNull();
  // Already passed: nothing to wait for.
  expect(
    massageFrom({ ok: false, code: 'massage_not_yet', availableAt: '2026-11-26T20:00:00Z' }, NOW),
  ).toBeNull();
});

test('the server answer wins over an instant learnt from a refused booking', () => {
  const at = '2026-11-28T14:00:00Z';
  expect(slotFloor({ ok: true }, at, NOW)).toBeNull();
  expect(slotFloor(null, at, NOW)).toBe(at);
  expect(slotFloor(null, '2026-11-26T20:00:00Z', NOW)).toBeNull();
  expect(slotFloor(null, null, NOW)).toBeNull();
});

test('the line names the day, never a bare time', () => {
  const z = 'Europe/London';
  expect(massageWaitLine('2026-11-28T14:00:00Z', z, NOW, 'en-GB')).toBe(
    'Massage is advised again from Saturday 14:00.',
  );
  expect(massageWaitLine('2026-11-26T23:30:00Z', z, NOW, 'en-GB')).toBe(
    'Massage is advised again from today at 23:30.',
  );
  expect(massageWaitLine('2026-12-04T09:00:00Z', z, NOW, 'en-GB')).toBe(
    'Massage is advised again from Friday 4 December, 09:00.',
  );
  // In Sydney it is already Friday morning: the same instants are today and Sunday there.
  expect(massageWaitLine('2026-11-26T23:30:00Z', 'Australia/Sydney', NOW, 'en-GB')).toBe(
    'Massage is advised again from today at 10:30.',
  );
  expect(massageWaitLine('2026-11-28T14:00:00Z', 'Australia/Sydney', NOW, 'en-GB')).toBe(
    'Massage is advised again from Sunday 01:00.',
  );
  expect(massageWaitLine('2026-11-28T14:00:00Z', z, NOW, 'en-US').replace(/\s/g, ' ')).toBe(
    'Massage is advised again from Saturday 2:00 PM.',
  );
});

test('no slot before the advised instant is ever offered (property)', () => {
  const start = Date.parse('2026-11-20T00:00:00Z');
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 14 * 96 }), { maxLength: 60 }),
      fc.integer({ min: 0, max: 14 * 96 }),
      (quarters, fromQuarter) => {
        const slots = quarters.map((q) => ({ start: new Date(start + q * 900_000).toISOString() }));
        const from = new Date(start + fromQuarter * 900_000).toISOString();
        const kept = slotsFrom(slots, from);
        expect(kept.every((s) => s.start >= from)).toBe(true);
        expect(kept.length).toBe(slots.filter((s) => s.start >= from).length);
      },
    ),
  );
  expect(slotsFrom([{ start: 'x' }], null)).toHaveLength(1);
  expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
});
