import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../contract/checkin.schema.ts';
import { makeCheckIn, shift } from '../triage/checkin.fixture.ts';
import { HOUR_MS } from '../triage/derived-rules.ts';
import { checkInFromAnswers } from './answers.ts';
import { contextOf, runFlow } from './flow-oracle.ts';
import { nextStep } from './next-step.ts';
import { profileFromAnswers, rememberedAt } from './remembered.ts';

const AT = '2026-11-26T09:00:00Z';
const ids = (c: CheckIn) => runFlow(c).steps.map((s) => s.id);

describe('nextStep', () => {
  it('starts with the pain score, then every emergency red flag on one screen', () => {
    const ctx = { at: AT, log: makeCheckIn().log };
    expect(nextStep({}, ctx)).toMatchObject({ done: false, step: { id: 'pain' } });
    const flags = nextStep({ painScore: 7 }, ctx);
    expect(flags).toMatchObject({ done: false, step: { id: 'flags-emergency' } });
    if (!flags.done && flags.step.id === 'flags-emergency') expect(flags.step.symptoms).toHaveLength(10);
  });

  it('a first-time self-care check-in (pain 7 since this morning, no red flags) asks 11 screens', () => {
    const c = makeCheckIn({
      painScore: 7,
      onsetAt: shift(AT, -2 * HOUR_MS),
      workAtDesk: true,
      sleepHours: 6,
    });
    expect(ids(c)).toEqual([
      'pain',
      'flags-emergency',
      'flags-urgent',
      'since',
      'massage',
      'age',
      'medicines',
      'skin',
      'desk',
      'sleep',
      'today',
    ]);
  });

  it('"not sure" on an emergency flag ends the flow at once with the emergency level', () => {
    const r = nextStep(
      { painScore: 6, flags: { saddle_numbness: 'unsure' } },
      { at: AT, log: makeCheckIn().log },
    );
    expect(r).toMatchObject({ done: true, level: 'emergency' });
  });

  it('"not sure" on an urgent flag is not a yes (only emergency flags are treated as yes)', () => {
    const c = checkInFromAnswers(
      { flags: { fever: 'unsure', leg_weakness: 'unsure' } },
      { at: AT, log: makeCheckIn().log },
    );
    expect(c.symptoms).toEqual(['leg_weakness']);
  });

  it('asks about the trend only when it can raise a flag (pain for 3+ weeks, or 9+, or after a massage)', () => {
    expect(ids(makeCheckIn())).not.toContain('trend');
    expect(ids(makeCheckIn({ onsetAt: shift(AT, -22 * 24 * HOUR_MS) }))).toContain('trend');
    expect(ids(makeCheckIn({ painScore: 9 }))).toContain('trend');
  });

  it('asks "first time?" only over 50 (RF-NEW-OVER-50)', () => {
    expect(ids(makeCheckIn({ age: 50 }))).not.toContain('first');
    expect(ids(makeCheckIn({ age: 51 }))).toContain('first');
  });

  it('asks about fragile bones only after a small fall under 65 (RF-MINOR-FALL-FRAGILE)', () => {
    expect(ids(makeCheckIn({ symptoms: ['minor_fall'] }))).toContain('bones');
    expect(ids(makeCheckIn({ symptoms: ['minor_fall'], age: 70 }))).not.toContain('bones');
    expect(ids(makeCheckIn())).not.toContain('bones');
  });

  it('asks the NSAID questions only when ibuprofen would otherwise be offered (IB-NO)', () => {
    const pregnant = runFlow(makeCheckIn({ pregnancyWeeks: 24 }));
    const medicines = pregnant.steps.find((s) => s.id === 'medicines');
    // Pregnancy is asked on the medicines screen; once 24 weeks rules ibuprofen out, no IB-NO row is left.
    expect(medicines).toMatchObject({ pregnancy: true });
    const ruledOut = runFlow(makeCheckIn({ history: ['gi_bleed'] }), {
      ...contextOf(makeCheckIn()),
      remembered: rememberedAt(profileFromAnswers({ history: { gi_bleed: true } }, null, AT), AT),
    });
    // With ibuprofen ruled out, only the allergies that also rule out wintergreen rubs are left (CR-SALICYLATE).
    expect(ruledOut.steps.find((s) => s.id === 'medicines')).toEqual({
      id: 'medicines',
      history: ['nsaid_allergy', 'aspirin_allergy'],
      pregnancy: true,
    });
  });

  it('asks circulation questions only while cold would be offered (CO-WHEN: first 48 h)', () => {
    const skinRows = (c: CheckIn) => {
      const s = runFlow(c).steps.find((x) => x.id === 'skin');
      return s && 'history' in s ? s.history : [];
    };
    expect(skinRows(makeCheckIn())).toContain('raynauds');
    const later = skinRows(makeCheckIn({ onsetAt: shift(AT, -5 * 24 * HOUR_MS) }));
    expect(later).not.toContain('raynauds');
    expect(later).toContain('reduced_sensation');
  });

  it('a returning person confirms the remembered answers with one tap; a review is offered after 30 days', () => {
    const first = runFlow(makeCheckIn({ onsetAt: shift(AT, -20 * HOUR_MS) }));
    const profile = profileFromAnswers(first.answers, null, AT);
    const nextDay = shift(AT, 24 * HOUR_MS);
    const c = makeCheckIn({ at: nextDay, onsetAt: shift(AT, -20 * HOUR_MS) });
    const run = runFlow(c, { ...contextOf(c), remembered: rememberedAt(profile, nextDay) });
    expect(run.steps.map((s) => s.id)).toEqual([
      'pain',
      'flags-emergency',
      'flags-urgent',
      'sleep',
      'confirm',
    ]);
    expect(run.steps.at(-1)).toEqual({ id: 'confirm', reviewDue: false });
    const late = shift(AT, 31 * 24 * HOUR_MS);
    const r = runFlow(makeCheckIn({ at: late, onsetAt: shift(AT, -20 * HOUR_MS) }), {
      ...contextOf(makeCheckIn({ at: late })),
      remembered: rememberedAt(profile, late),
    });
    expect(r.steps.at(-1)).toEqual({ id: 'confirm', reviewDue: true });
  });

  it('a remembered pregnancy moves on week by week, and is asked again past 42 weeks', () => {
    const profile = profileFromAnswers({ pregnancyWeeks: 18 }, null, AT);
    expect(rememberedAt(profile, shift(AT, 14 * 24 * HOUR_MS)).answers.pregnancyWeeks).toBe(20);
    expect(rememberedAt(profile, shift(AT, 30 * 7 * 24 * HOUR_MS)).answers.pregnancyWeeks).toBeUndefined();
  });
});
