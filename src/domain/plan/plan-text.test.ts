/**
 * Every sentence a person reads in the plan is short, since someone in acute pain reads at a glance. Over many
 * generated check-ins, each sentence of every title, why, step, caution, excluded reason and "do this now" action
 * has at most 25 words, and each "do this now" action is one sentence of at most 20 words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import { arbCheckIn } from '../triage/checkin.arbitrary.ts';
import { MAX_NOW_ACTIONS } from './now-actions.ts';

/** Sentences end at . ! or ? followed by a space and a capital (so "1.5 mg" and "e.g. heat" stay whole). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const RUNS = 2_000;

describe('plan text', () => {
  it('splits sentences as a reader would', () => {
    expect(sentences('Take 1.5 mg. Then rest! Why? Because.')).toEqual([
      'Take 1.5 mg.',
      'Then rest!',
      'Why?',
      'Because.',
    ]);
    expect(wordCount('Heat for up to 20 min, then a 2-hour break.')).toBe(10);
  });

  it(`keeps every sentence of the plan to 25 words or fewer (${RUNS} check-ins)`, () => {
    const tooLong = new Map<string, number>();
    fc.assert(
      fc.property(arbCheckIn, (checkIn) => {
        const { plan, now } = assess(checkIn);
        if (!plan) return;
        const texts = [
          ...plan.items.flatMap((i) => [i.title, i.why, ...i.steps, ...i.cautions]),
          ...plan.excluded.map((x) => x.reason),
          ...(now ?? []).map((a) => a.text),
        ];
        for (const t of texts) {
          for (const s of sentences(t)) if (wordCount(s) > 25) tooLong.set(s, wordCount(s));
        }
      }),
      { numRuns: RUNS },
    );
    expect([...tooLong].map(([s, n]) => `${n}: ${s}`)).toEqual([]);
  });

  it(`gives at most three "do this now" actions, one short sentence each (${RUNS} check-ins)`, () => {
    fc.assert(
      fc.property(arbCheckIn, (checkIn) => {
        const { plan, now } = assess(checkIn);
        if (!plan) {
          expect(now).toBeUndefined();
          return;
        }
        expect(now).toBeDefined();
        const actions = now ?? [];
        expect(actions.length).toBeLessThanOrEqual(MAX_NOW_ACTIONS);
        expect(new Set(actions.map((a) => a.remedy)).size).toBe(actions.length);
        for (const a of actions) {
          expect(sentences(a.text), a.text).toHaveLength(1);
          expect(wordCount(a.text), a.text).toBeLessThanOrEqual(20);
          // Only what the plan offers, and only what is allowed now.
          const item = plan.items.find((i) => i.remedy === a.remedy);
          expect(item, a.remedy).toBeDefined();
          if (item?.availableAt)
            expect(Date.parse(item.availableAt)).toBeLessThanOrEqual(Date.parse(checkIn.at));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
