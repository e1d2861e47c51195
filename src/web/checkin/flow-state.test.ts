/**
 * The check-in's reducer driven by the domain's nextStep, without a browser: the screens a person meets for
 * a given set of taps, Back, and "something changed".
 */
import { describe, expect, it } from 'vitest';
import type { FlowAnswers, FlowContext } from '../../domain/checkin-flow/answers.ts';
import { nextStep } from '../../domain/checkin-flow/next-step.ts';
import { profileFromAnswers, rememberedAt } from '../../domain/checkin-flow/remembered.ts';
import { type FlowAction, type FlowState, flowReducer, initialFlow, resultOf } from './flow-state.ts';

const AT = '2026-11-26T15:00:00.000Z';
const CTX: FlowContext = { at: AT, log: { ibuprofen: [], creams: [], cold: [], heat: [] } };

function run(actions: FlowAction[], state: FlowState = initialFlow()): FlowState {
  return actions.reduce(flowReducer, state);
}
const stepOf = (s: FlowState, ctx: FlowContext = CTX) => {
  const r = resultOf(s, ctx, nextStep);
  return r.done ? `done:${r.level}` : r.step.id;
};
const answer = (answers: FlowAnswers): FlowAction => ({ type: 'answer', answers });

/** "None of these" on the current history screen, as the screen sends it. */
function none(s: FlowState): FlowState {
  const r = resultOf(s, CTX, nextStep);
  if (r.done || !('pregnancy' in r.step)) throw new Error('not a history screen');
  const history = Object.fromEntries(r.step.history.map((h) => [h, false]));
  return flowReducer(s, answer(r.step.pregnancy ? { history, pregnancyWeeks: null } : { history }));
}

const NO_EMERGENCY = answer({
  flags: {
    saddle_numbness: 'no',
    bladder_bowel_change: 'no',
    both_legs: 'no',
    sexual_dysfunction: 'no',
    leg_weakness: 'no',
    chest_pain: 'no',
    major_trauma: 'no',
    minor_fall: 'no',
    dark_urine: 'no',
    nsaid_reaction: 'no',
  },
});
const NO_URGENT = answer({
  flags: {
    fever: 'no',
    weight_loss: 'no',
    lump: 'no',
    night_pain: 'no',
    cough_sneeze_pain: 'no',
    thoracic_pain: 'no',
    cant_cope: 'no',
  },
  history: { cancer: false, immunosuppressed: false, iv_drug_use: false, recent_infection: false },
});

describe('the check-in reducer with the domain flow', () => {
  it('pain, then the red flags, then the history only as needed, then done at self-care', () => {
    let s = run([answer({ painScore: 7 })]);
    expect(stepOf(s)).toBe('flags-emergency');
    s = run([NO_EMERGENCY, NO_URGENT], s);
    expect(stepOf(s)).toBe('since');
    s = run(
      [answer({ onsetAt: '2026-11-26T12:00:00.000Z' }), answer({ massageAt: null }), answer({ age: 35 })],
      s,
    );
    expect(stepOf(s)).toBe('medicines');
    s = none(s);
    expect(stepOf(s)).toBe('skin');
    s = run([answer({ workAtDesk: false })], none(s));
    expect(stepOf(s)).toBe('sleep');
    s = run([answer({ sleepHours: 7.5 }), answer({ logChecked: true })], s);
    expect(stepOf(s)).toBe('done:self_care');
    expect(s.past).toHaveLength(11);
  });

  it('an emergency row ends the flow at once; Back undoes exactly that tap', () => {
    const s = run([answer({ painScore: 5 }), answer({ flags: { chest_pain: 'yes' } })]);
    expect(stepOf(s)).toBe('done:emergency');
    const back = flowReducer(s, { type: 'back' });
    expect(stepOf(back)).toBe('flags-emergency');
    expect(back.answers.flags).toBeUndefined();
  });

  it('flags and history merge item by item across screens', () => {
    const s = run([
      answer({ flags: { fever: 'yes' } }),
      answer({ flags: { lump: 'no' }, history: { asthma: true } }),
    ]);
    expect(s.answers.flags).toEqual({ fever: 'yes', lump: 'no' });
    expect(s.answers.history).toEqual({ asthma: true });
  });

  it('a returning person: "something changed" drops the memory and asks again', () => {
    const profile = profileFromAnswers(
      { age: 35, workAtDesk: true, onsetAt: '2026-11-26T12:00:00.000Z', massageAt: null, history: {} },
      null,
      '2026-11-26T13:00:00.000Z',
    );
    const ctx = { ...CTX, remembered: rememberedAt(profile, AT) };
    let s = run([answer({ painScore: 4 }), NO_EMERGENCY, NO_URGENT]);
    // Remembered: the medicines and skin screens are not asked; the history was asked once before.
    expect(stepOf(s, ctx)).not.toBe('since');
    s = run([answer({ history: { stomach_ulcer: false } })], s);
    const reviewed = flowReducer(s, { type: 'review' });
    expect(stepOf(reviewed, ctx)).toBe('since');
    expect(stepOf(flowReducer(reviewed, { type: 'back' }), ctx)).not.toBe('since');
  });
});
