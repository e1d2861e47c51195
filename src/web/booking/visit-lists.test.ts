import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitVisits } from './visit-lists.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const visit = (id: string, start: string, status = 'confirmed') => ({
  id,
  status,
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
});

test('a cancelled visit is never upcoming, even when it is still ahead', () => {
  const { upcoming, past } = splitVisits(
    [
      visit('later', '2026-11-30T10:00:00Z'),
      visit('cancelled', '2026-11-28T10:00:00Z', 'cancelled'),
      visit('soon', '2026-11-27T11:30:00Z'), // under way: still upcoming until it ends
      visit('done', '2026-11-20T10:00:00Z'),
    ],
    NOW,
  );
  expect(upcoming.map((v) => v.id)).toEqual(['soon', 'later']);
  expect(past.map((v) => v.id)).toEqual(['cancelled', 'done']);
});

test('every visit lands in exactly one list (property)', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          hours: fc.integer({ min: -500, max: 500 }),
          status: fc.constantFrom('confirmed', 'cancelled'),
        }),
      ),
      (items) => {
        const list = items.map((x, i) =>
          visit(String(i), new Date(NOW + x.hours * 3_600_000).toISOString(), x.status),
        );
        const { upcoming, past } = splitVisits(list, NOW);
        expect(upcoming.length + past.length).toBe(list.length);
        expect(upcoming.every((v) => v.status === 'confirmed')).toBe(true);
      },
    ),
  );
});
