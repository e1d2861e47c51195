import { expect, test } from 'vitest';
import { keyFor } from './confirm-key.ts';

test('a retry of the same request reuses its key; a changed request gets a new one', () => {
  let n = 0;
  const make = () => `k${++n}`;
  const body = { therapistId: 't', start: '2026-11-27T10:00:00Z', minutes: 60 };
  const first = keyFor(null, body, make);
  expect(first.key).toBe('k1');
  expect(keyFor(first, { ...body }, make).key).toBe('k1');
  const other = keyFor(first, { ...body, start: '2026-11-27T10:30:00Z' }, make);
  expect(other.key).toBe('k2');
});
