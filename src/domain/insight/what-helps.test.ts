import { describe, expect, it } from 'vitest';
import { describeInterval, describeRemedy } from './describe.ts';
import { seededRandom, simulatePerson } from './synthetic-person.fixture.ts';
import type { InsightEvent } from './types.ts';
import { importantChange, verdictOf } from './verdict.ts';
import { whatHelps } from './what-helps.ts';
import { instantMs } from './windows.ts';

const at = (h: number) => new Date(Date.UTC(2026, 0, 5, 7) + h * 3_600_000).toISOString();

describe('whatHelps', () => {
  it('names the other remedy when two are nearly always used together', () => {
    const { events } = simulatePerson(seededRandom(7), { effects: { heat: -2 }, usesEach: 12 });
    // Every heat use comes with a menthol cream 5 minutes later.
    const withCream = events.flatMap((e): InsightEvent[] =>
      e.kind === 'heat'
        ? [
            e,
            { kind: 'cream', ingredient: 'menthol', at: new Date(Date.parse(e.at) + 300_000).toISOString() },
          ]
        : [e],
    );
    const byRemedy = Object.fromEntries(whatHelps(withCream).remedies.map((r) => [r.remedy, r]));
    expect(byRemedy.heat).toMatchObject({ verdict: 'confounded', with: 'cream:menthol', effect: null });
    expect(byRemedy['cream:menthol']).toMatchObject({ verdict: 'confounded', with: 'heat' });
  });

  it('says not enough data below 5 measured uses, and counts logged uses apart', () => {
    const events: InsightEvent[] = [
      { kind: 'pain', at: at(0), score: 6 },
      { kind: 'cold', at: at(0.1) },
      { kind: 'pain', at: at(2), score: 4 },
      { kind: 'cold', at: at(30) },
    ];
    const [cold] = whatHelps(events).remedies;
    expect(cold).toMatchObject({ remedy: 'cold', uses: 1, logged: 2, verdict: 'not_enough_data', low: null });
    expect(cold?.windows[0]).toMatchObject({ before: 6, after: 4, minutes: 114 });
  });

  it('calls a remedy that raises pain by 2 points worse', () => {
    const { events } = simulatePerson(seededRandom(11), { effects: { exercise: 2 }, usesEach: 15 });
    const [exercise] = whatHelps(events).remedies;
    expect(exercise).toMatchObject({ remedy: 'exercise', verdict: 'worse' });
    expect(exercise?.low).toBeGreaterThan(0);
  });

  it('holds a fall to the clinically important change (IN-NRS-MCID)', () => {
    expect(importantChange(8)).toBe(2);
    expect(importantChange(5)).toBe(1.5);
    const e = (effect: number, half: number) => ({
      effect,
      low: effect - half,
      high: effect + half,
      raw: effect,
      se: 0,
    });
    expect(verdictOf(e(-2, 0.8), 2)).toBe('helps');
    // Surely below 0 but surely smaller than what people notice: no clear effect.
    expect(verdictOf(e(-0.8, 0.3), 2)).toBe('no_clear_effect');
    expect(verdictOf(e(-2, 2.5), 2)).toBe('no_clear_effect');
    expect(verdictOf(e(2, 0.8), 2)).toBe('worse');
  });

  it('describes the pattern after massages in plain words (MA-COMMON)', () => {
    const events: InsightEvent[] = [];
    for (const start of [0, 200, 400]) {
      for (let h = -60; h < 0; h += 6) events.push({ kind: 'pain', at: at(start + h), score: 4 });
      events.push({ kind: 'massage', at: at(start) });
      for (let h = 2; h < 24; h += 6) events.push({ kind: 'pain', at: at(start + h), score: 5 });
      for (let h = 26; h < 48; h += 6) events.push({ kind: 'pain', at: at(start + h), score: 3 });
    }
    const { massage } = whatHelps(events);
    expect(massage).toMatchObject({ massages: 3, before: 4, firstDay: 1, secondDay: -1 });
    expect(massage.summary).toMatch(
      /^After your last 3 massages, pain rose by about 1 point for about a day, then fell below where it was\./,
    );
  });
});

describe('describeRemedy', () => {
  const base = {
    remedy: 'heat',
    uses: 14,
    logged: 15,
    importantChange: 2,
    naiveChange: -3,
    windows: [
      {
        at: '2026-01-05T09:00:00.000Z',
        before: 6,
        after: 3,
        minutes: 115,
        expectedChange: -1,
        alongside: [],
      },
    ],
  };
  it('says what the numbers say, in plain words, and no more', () => {
    const helps = { ...base, effect: -2.1, low: -2.9, high: -1.3, verdict: 'helps' as const };
    expect(describeRemedy(helps)).toBe(
      'Heat: about 2 points less pain 2 hours later than your usual course, in 14 uses.',
    );
    expect(describeRemedy(helps, 'clinical')).toContain("than the person's usual course");
    expect(describeInterval(helps)).toBe('90 % range: 1.3 to 2.9 points less');
    const few = {
      ...base,
      remedy: 'cream:menthol',
      uses: 2,
      effect: null,
      low: null,
      high: null,
      verdict: 'not_enough_data' as const,
    };
    expect(describeRemedy(few)).toBe(
      'Menthol cream: not enough yet: 2 of 5 uses with a pain score before and after.',
    );
    expect(describeInterval(few)).toBeNull();
    const unclear = { ...base, effect: -0.4, low: -1.2, high: 0.5, verdict: 'no_clear_effect' as const };
    expect(describeInterval(unclear)).toBe('90 % range: from 1.2 points less to 0.5 more');
  });
});

describe('instantMs', () => {
  it('reads the API form digit by digit and anything else as Date.parse does', () => {
    for (const iso of [
      '2026-03-29T01:30:00.000Z',
      '2026-12-31T23:59:59.999Z',
      '2026-03-29T02:30:00+01:00',
      '2026-03-29T01:30:00Z',
      'nonsense',
    ]) {
      expect(instantMs(iso)).toEqual(Date.parse(iso));
    }
  });
});
