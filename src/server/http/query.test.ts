import { describe, expect, it } from 'vitest';
import { fromQuery } from './query.ts';

describe('fromQuery', () => {
  it('reads an empty value as absent', () => {
    expect(fromQuery('')).toBeUndefined();
    expect(fromQuery(undefined)).toBeUndefined();
  });

  it('restores a + offset that arrived as a space, and leaves other values alone', () => {
    expect(fromQuery('2026-11-26T00:00:00 01:00')).toBe('2026-11-26T00:00:00+01:00');
    expect(fromQuery('2026-11-26T00:00:00.250 0100')).toBe('2026-11-26T00:00:00.250+0100');
    expect(fromQuery('2026-11-26T00:00:00-01:00')).toBe('2026-11-26T00:00:00-01:00');
    expect(fromQuery('water')).toBe('water');
    expect(fromQuery('a b')).toBe('a b');
  });
});
