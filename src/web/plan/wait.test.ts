import { expect, test } from 'vitest';
import { waitLine } from './wait.ts';

test('the plan says when, then how long, never a stopwatch', () => {
  const now = Date.parse('2026-12-03T10:06:00Z');
  const line = waitLine('ibuprofen', '2026-12-03T14:05:00Z', now);
  expect(line).toMatch(/^Next dose from .+ \(in 3 h 59 min\)$/);
  expect(line).not.toMatch(/240:00|You can start/);
});
