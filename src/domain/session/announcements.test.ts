import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Announcement, announcements, thresholds } from './announcements.ts';
import { remaining, start } from './timer.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const MIN = 60_000;

/** Walks a timer second by second, as a page would, and collects what it says. */
function speak(minutes: number, stepMs = 1000): Announcement[] {
  const t = start('cold', minutes, T0);
  const said: Announcement[] = [];
  let last: number | null = null;
  for (let now = T0; now <= t.deadline + 5000; now += stepMs) {
    for (const a of announcements(t, now, last)) {
      said.push(a);
      last = a.key;
    }
  }
  return said;
}

describe('announcements', () => {
  it('speaks every 5 minutes, then each minute in the last 5, then says take it off', () => {
    expect(speak(20).map((a) => a.text)).toEqual([
      '15 minutes left.',
      '10 minutes left.',
      '5 minutes left.',
      '4 minutes left.',
      '3 minutes left.',
      '2 minutes left. Get ready to take it off.',
      '1 minute left.',
      "Time's up: take the cold pack off now.",
    ]);
  });

  it('is assertive only for the end', () => {
    const said = speak(12);
    expect(said.filter((a) => a.politeness === 'assertive').map((a) => a.key)).toEqual([0]);
    expect(said[0]?.text).toBe('10 minutes left.');
  });

  it('says only the newest message after a long gap (hidden tab), never replays stale ones', () => {
    const t = start('heat', 20, T0);
    expect(announcements(t, T0 + 17.5 * MIN, 15 * MIN)).toEqual([
      { key: 3 * MIN, text: '3 minutes left.', politeness: 'polite' },
    ]);
    expect(announcements(t, T0 + 25 * MIN, null)[0]?.text).toBe("Time's up: take the heat off now.");
    expect(announcements(t, T0 + 25 * MIN, 0)).toEqual([]);
  });

  it('never announces more than one message at once, and each key at most once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 6 * MIN }), { minLength: 1, maxLength: 40 }),
        (minutes, gaps) => {
          const t = start('cold', minutes, T0);
          let now = T0;
          let last: number | null = null;
          const keys: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const due = announcements(t, now, last);
            expect(due.length).toBeLessThanOrEqual(1);
            for (const a of due) {
              expect(a.key).toBeGreaterThanOrEqual(remaining(t, now));
              keys.push(a.key);
              last = a.key;
            }
          }
          expect(new Set(keys).size).toBe(keys.length);
          expect([...keys].sort((a, b) => b - a)).toEqual(keys);
        },
      ),
    );
  });

  it('has no threshold at or above the planned length', () => {
    expect(thresholds(20 * MIN)[0]).toBe(15 * MIN);
    expect(thresholds(30_000)).toEqual([0]);
  });
});
