import { describe, expect, it } from 'vitest';
import { normalisePostcode, servesAnyPostcode, servesPostcode } from './postcode.ts';

describe('postcode matching', () => {
  it('normalises case and spaces', () => {
    expect(normalisePostcode(' sw1a  1aa ')).toBe('SW1A1AA');
    expect(servesPostcode('sw1a 1aa', 'SW1A1AA')).toBe(true);
  });

  it.each([
    ['SW1', 'SW1A 1AA', true],
    ['SW1A', 'sw1a 1aa', true],
    ['SW1', 'SW10 9AA', false],
    ['SW1', 'SW1 9AA', true],
    ['SW10', 'SW10 9AA', true],
    ['SW', 'SW10 9AA', true],
    ['S', 'SW1A 1AA', false],
    ['S', 'S1 2AB', true],
    ['E1', 'E1 6AN', true],
    ['E1', 'E14 5AB', false],
    ['E1', 'E1W 1AA', true],
    ['SW1A1', 'SW1A 1AA', true],
    ['SW1A2', 'SW1A 1AA', false],
    ['SW1', 'SW1A', true],
    ['10001', '10001', true],
    ['100', '10001', true],
    ['10001', '10001-1234', true],
    ['10002', '10001', false],
  ])('served %s, client %s → %s', (served, client, expected) => {
    expect(servesPostcode(served, client)).toBe(expected);
  });

  it('matches when any entry serves the postcode, and never on empty input', () => {
    expect(servesAnyPostcode(['E1', 'SW1'], 'sw1a 2aa')).toBe(true);
    expect(servesAnyPostcode(['E1'], '')).toBe(false);
    expect(servesAnyPostcode([], 'E1 6AN')).toBe(false);
  });
});
