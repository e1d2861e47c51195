import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../lib/events.ts';
import { dailyPain } from './pain-summary.ts';
import { beforeDropText, remedyCounts, remedyMarks } from './remedy-marks.ts';

const at = (d: number, h: number): string => new Date(2026, 10, d, h).toISOString();
const NOW = new Date(2026, 10, 26, 20).getTime();

const events: NewEvent[] = [
  { kind: 'heat', at: at(25, 12), minutes: 20 },
  { kind: 'stretch', at: at(25, 18), stretches: ['knee_to_chest'], holdSeconds: 30 },
  { kind: 'ibuprofen', at: at(26, 8), mg: 400 },
  { kind: 'water', at: at(26, 9), ml: 250 },
  { kind: 'cold', at: at(10, 9), minutes: 10 }, // outside the 7 days
];

describe('remedy markers', () => {
  const days = dailyPain(
    [
      { t: Date.parse(at(24, 9)), score: 7 },
      { t: Date.parse(at(25, 9)), score: 6 },
      { t: Date.parse(at(26, 9)), score: 3 },
    ],
    7,
    NOW,
  );

  it('marks cold, heat, cream, ibuprofen, stretches and massage on their day, and nothing else', () => {
    const marks = remedyMarks(events, days);
    expect(marks.map((m) => m.kind)).toEqual(['heat', 'stretch', 'ibuprofen']);
    // Noon on the day before the last sits on that day's index; 18:00 a quarter-day later.
    expect(marks[0]?.pos).toBeCloseTo(5, 5);
    expect(marks[1]?.pos).toBeCloseTo(5.25, 5);
    expect(remedyCounts(marks)).toEqual([
      { kind: 'heat', count: 1 },
      { kind: 'ibuprofen', count: 1 },
      { kind: 'stretch', count: 1 },
    ]);
  });

  it('says what came before the pain last went down', () => {
    const text = beforeDropText(days, remedyMarks(events, days), (t) => String(new Date(t).getDate()));
    expect(text).toBe('Before your pain went down on 26 (6 to 3): heat, ibuprofen, stretches.');
    const flat = dailyPain([{ t: Date.parse(at(26, 9)), score: 5 }], 7, NOW);
    expect(beforeDropText(flat, remedyMarks(events, flat), String)).toBeNull();
  });
});
