import { describe, expect, it } from 'vitest';
import { LEVELS, type Level } from '../contract/ids.ts';
import { bySeverityDesc, highestLevel, isAtLeast, LEVEL_RANK, maxLevel } from './levels.ts';

describe('levels', () => {
  it('ranks levels in the order of the contract vocabulary', () => {
    expect(LEVELS.map((l) => LEVEL_RANK[l])).toEqual([0, 1, 2, 3]);
  });

  it('maxLevel picks the more serious level either way round', () => {
    expect(maxLevel('doctor', 'urgent')).toBe('urgent');
    expect(maxLevel('urgent', 'doctor')).toBe('urgent');
    expect(maxLevel('emergency', 'self_care')).toBe('emergency');
    expect(maxLevel('self_care', 'self_care')).toBe('self_care');
  });

  it('highestLevel is self_care for nothing and the maximum otherwise', () => {
    expect(highestLevel([])).toBe('self_care');
    expect(highestLevel(['doctor', 'emergency', 'urgent'])).toBe('emergency');
    expect(highestLevel(['doctor', 'doctor'])).toBe('doctor');
  });

  it('sorts most serious first and compares against a floor', () => {
    const mixed: Level[] = ['doctor', 'emergency', 'self_care', 'urgent'];
    expect(mixed.toSorted(bySeverityDesc)).toEqual(['emergency', 'urgent', 'doctor', 'self_care']);
    expect(isAtLeast('urgent', 'urgent')).toBe(true);
    expect(isAtLeast('doctor', 'urgent')).toBe(false);
  });
});
