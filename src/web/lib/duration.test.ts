import { describe, expect, it } from 'vitest';
import { durationText } from './duration.ts';

describe('durationText', () => {
  it('says a short session in seconds and never rounds it up to a minute', () => {
    expect(durationText(0.1)).toBe('6 seconds');
    expect(durationText(1 / 60)).toBe('1 second');
    expect(durationText(1.5)).toBe('1 minute 30 seconds');
    expect(durationText(1)).toBe('1 minute');
    expect(durationText(20)).toBe('20 minutes');
    expect(durationText(0)).toBe('0 seconds');
  });
});
