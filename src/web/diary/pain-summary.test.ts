import { describe, expect, it } from 'vitest';
import { dailyPain, meaningfulChange, summarize, summaryText } from './pain-summary.ts';

// Local-time instants, so the tests hold in any TZ the runner uses.
const day = (d: number, h = 9): number => new Date(2026, 10, d, h).getTime();
const NOW = day(26, 20);

describe('dailyPain', () => {
  it('averages each local day and keeps empty days empty', () => {
    const days = dailyPain(
      [
        { t: day(26, 8), score: 6 },
        { t: day(26, 18), score: 4 },
        { t: day(24), score: 7 },
        { t: day(10), score: 9 },
      ],
      7,
      NOW,
    );
    expect(days).toHaveLength(7);
    expect(days.at(-1)).toMatchObject({ avg: 5, max: 6, count: 2 });
    expect(days.at(-3)).toMatchObject({ avg: 7, count: 1 });
    expect(days.at(-2)).toMatchObject({ avg: null, count: 0 });
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(3);
  });
});

describe('summarize', () => {
  it('finds the average, the best and worst day, and an easing trend', () => {
    const days = dailyPain(
      [20, 21, 22, 23, 24, 25].map((d, i) => ({ t: day(d), score: [8, 7, 7, 5, 4, 3][i] ?? 0 })),
      7,
      NOW,
    );
    const s = summarize(days);
    expect(s).toMatchObject({ daysLogged: 6, average: 5.7, trend: 'easing' });
    expect(s.best?.avg).toBe(3);
    expect(s.worst?.avg).toBe(8);
    const text = summaryText(s, 7, (t) => new Date(t).getDate().toString());
    expect(text).toContain('Average 5.7 out of 10');
    expect(text).toContain('Best day 25 (3); worst day 20 (8)');
    expect(text).toContain('easing');
  });

  it('calls a small change "about the same" and says so when there is no data', () => {
    const s = summarize(
      dailyPain(
        [
          { t: day(24), score: 5 },
          { t: day(25), score: 5.5 },
        ],
        7,
        NOW,
      ),
    );
    expect(s.trend).toBe('same');
    expect(summaryText(summarize([]), 30, String)).toBe('No pain scores in the last 30 days yet.');
  });

  it('never says "easing" when today is 6 and yesterday was 3', () => {
    const s = summarize(
      dailyPain(
        [
          { t: day(23), score: 8 },
          { t: day(24), score: 8 },
          { t: day(25), score: 3 },
          { t: day(26), score: 6 },
        ],
        7,
        NOW,
      ),
    );
    expect(s.overall).toBe('easing'); // the halves alone (8 → 4.5) hid the latest rise
    expect(s.trend).toBe('worse');
    const text = summaryText(s, 7, (t) => `Nov ${new Date(t).getDate()}`);
    expect(text).not.toMatch(/easing/);
    expect(text).toContain('Your pain went up: 6 on Nov 26, from 3 on Nov 25.');
    expect(text).toContain('still lower than at the start');
  });

  it('tells a latest drop with its days and scores', () => {
    const s = summarize(
      dailyPain(
        [
          { t: day(25), score: 7 },
          { t: day(26), score: 4 },
        ],
        7,
        NOW,
      ),
    );
    expect(s.trend).toBe('easing');
    expect(summaryText(s, 7, (t) => String(new Date(t).getDate()))).toContain(
      'Your pain went down: 4 on 26, from 7 on 25.',
    );
  });

  it('uses 2 points or 30 % as the smallest change that matters', () => {
    expect(meaningfulChange(6, 4)).toBe(true);
    expect(meaningfulChange(3, 2)).toBe(true);
    expect(meaningfulChange(6, 5)).toBe(false);
  });
});
