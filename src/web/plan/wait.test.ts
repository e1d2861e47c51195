import { expect, test } from 'vitest';
import { formatWait } from './wait.ts';

test('formats waits in hours and minutes, rounding up', () => {
  expect(formatWait(65 * 60_000)).toBe('1 h 5 min');
  expect(formatWait(120 * 60_000)).toBe('2 h');
  expect(formatWait(30_000)).toBe('1 min');
  expect(formatWait(0)).toBe('1 min');
});
