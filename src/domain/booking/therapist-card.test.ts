import { describe, expect, it } from 'vitest';
import { initialsOf, lateCancelFee } from './therapist-card.ts';

describe('therapist card', () => {
  it('takes the first and last initials', () => {
    expect(initialsOf('Ada Brooks')).toBe('AB');
    expect(initialsOf(' priya ')).toBe('P');
    expect(initialsOf('Mary Ann de la Cruz')).toBe('MC');
    expect(initialsOf('Élodie Ñúñez')).toBe('ÉÑ');
  });
  it('prices a late cancellation from the session price', () => {
    const prices = [{ minutes: 60, amount: 6000, currency: 'GBP' }];
    expect(lateCancelFee(prices, 60, 50)).toEqual({ amount: 3000, currency: 'GBP' });
    expect(lateCancelFee(prices, 90, 50)).toBeNull();
    expect(lateCancelFee([{ minutes: 60, amount: 999, currency: 'USD' }], 60, 33)).toEqual({
      amount: 330,
      currency: 'USD',
    });
  });
});
