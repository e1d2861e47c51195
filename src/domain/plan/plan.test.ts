import { describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { Remedy } from '../contract/ids.ts';
import { makeCheckIn, shift } from '../triage/checkin.fixture.ts';
import { triage } from '../triage/triage.ts';
import { buildPlan } from './plan.ts';

const HOUR = 3_600_000;
const AT = '2026-11-26T09:00:00Z';
const ago = (hours: number): string => shift(AT, -hours * HOUR);

function plan(over: Parameters<typeof makeCheckIn>[0] = {}): Plan {
  const c: CheckIn = makeCheckIn(over);
  return buildPlan(c, triage(c));
}
function item(p: Plan, remedy: Remedy): PlanItem | undefined {
  return p.items.find((i) => i.remedy === remedy);
}
const remedies = (p: Plan): Remedy[] => p.items.map((i) => i.remedy);
const excludedRemedies = (p: Plan): Remedy[] => p.excluded.map((e) => e.remedy);

describe('phase and cold (CO-WHEN)', () => {
  it('is acute 1 ms before 48 h and offers cold', () => {
    const p = plan({ onsetAt: shift(AT, -48 * HOUR + 1) });
    expect(p.phase).toBe('acute');
    expect(item(p, 'cold')?.availableAt).toBeNull();
  });
  it('is subacute at exactly 48 h and excludes cold', () => {
    const p = plan({ onsetAt: ago(48) });
    expect(p.phase).toBe('subacute');
    expect(item(p, 'cold')).toBeUndefined();
    expect(p.excluded.find((e) => e.remedy === 'cold')?.facts).toEqual(['CO-WHEN']);
  });
  it('makes cold wait 2 h after the last start, with the cap in limits', () => {
    const cold = item(plan({ log: { cold: [{ at: ago(1), minutes: 20 }] } }), 'cold');
    expect(cold?.availableAt).toBe('2026-11-26T10:00:00Z');
    expect(cold?.limits.maxMinutes).toBe(20);
    expect(cold?.steps.join(' ')).toMatch(/towel/);
  });
  it('excludes cold when the break would end after the acute phase', () => {
    const p = plan({ onsetAt: ago(47), log: { cold: [{ at: ago(0.5), minutes: 10 }] } });
    expect(item(p, 'cold')).toBeUndefined();
    expect(excludedRemedies(p)).toContain('cold');
  });
  it('puts a contraindicated cold only in excluded, with its reason', () => {
    const p = plan({ history: ['raynauds'] });
    expect(item(p, 'cold')).toBeUndefined();
    expect(p.excluded).toContainEqual(expect.objectContaining({ remedy: 'cold', facts: ['CO-NO'] }));
  });
});

describe('which items a plan holds', () => {
  it('always holds exercise, stretch and hydration', () => {
    for (const over of [{}, { painScore: 10 }, { onsetAt: ago(24 * 30), painScore: 0 }]) {
      expect(remedies(plan(over))).toEqual(expect.arrayContaining(['exercise', 'stretch', 'hydration']));
    }
  });
  it('holds posture only for desk workers', () => {
    expect(remedies(plan())).not.toContain('posture');
    expect(remedies(plan({ workAtDesk: true }))).toContain('posture');
  });
  it('holds sleep only below 7 hours', () => {
    expect(remedies(plan({ sleepHours: null }))).not.toContain('sleep');
    expect(remedies(plan({ sleepHours: 7 }))).not.toContain('sleep');
    expect(item(plan({ sleepHours: 6.5 }), 'sleep')?.limits).toMatchObject({ goalHours: 7, maxGoalHours: 9 });
    expect(item(plan({ sleepHours: 5, age: 70 }), 'sleep')?.limits.maxGoalHours).toBe(8);
  });
  it('never tells people to drink lots (HY-NO-EXCESS)', () => {
    const h = item(plan(), 'hydration');
    const text = `${h?.why} ${h?.steps.join(' ')}`.toLowerCase();
    expect(text).not.toMatch(/drink lots|plenty|as much as/);
    expect(h?.facts).toEqual(['HY-WEAK', 'HY-NO-EXCESS']);
  });
  it('puts items usable now first, then waiting ones by when they open', () => {
    const p = plan({
      log: { ibuprofen: [{ at: ago(1), mg: 200 }], creams: [{ at: ago(1.5), ingredient: 'menthol' }] },
    });
    const waiting = p.items.filter((i) => i.availableAt !== null);
    expect(waiting.map((i) => i.remedy)).toEqual(['heat', 'ibuprofen']);
    expect(p.items.slice(-2)).toEqual(waiting);
    expect(remedies(p).slice(0, 2)).toEqual(['cold', 'cream']);
  });
});

describe('ibuprofen item (IB-DOSE, IB-NICE)', () => {
  it('carries the label limits and starts at 200 mg', () => {
    const ib = item(plan(), 'ibuprofen');
    expect(ib?.limits).toMatchObject({
      maxDailyMg: 1200,
      minIntervalHours: 4,
      doseMg: 200,
      remainingMgToday: 1200,
    });
    expect(ib?.steps.join(' ')).toMatch(/food/);
    expect(ib?.cautions).toEqual([]);
  });
  it('waits 4 h after a dose and is available exactly at 4 h', () => {
    expect(item(plan({ log: { ibuprofen: [{ at: ago(3), mg: 400 }] } }), 'ibuprofen')?.availableAt).toBe(
      '2026-11-26T10:00:00Z',
    );
    expect(
      item(plan({ log: { ibuprofen: [{ at: ago(4), mg: 400 }] } }), 'ibuprofen')?.availableAt,
    ).toBeNull();
  });
  it('at exactly 1,200 mg waits for the oldest dose to leave the window', () => {
    const ib = item(
      plan({
        log: {
          ibuprofen: [
            { at: ago(20), mg: 400 },
            { at: ago(12), mg: 400 },
            { at: ago(5), mg: 400 },
          ],
        },
      }),
      'ibuprofen',
    );
    expect(ib?.availableAt).toBe('2026-11-26T13:00:00Z');
    expect(ib?.limits.remainingMgToday).toBe(400);
  });
  it('is only in excluded when contraindicated', () => {
    const p = plan({ history: ['stomach_ulcer'] });
    expect(item(p, 'ibuprofen')).toBeUndefined();
    expect(p.excluded).toContainEqual(expect.objectContaining({ remedy: 'ibuprofen', facts: ['IB-NO'] }));
  });
  it('carries a caution at 60 and cites IB-CAUTION', () => {
    const ib = item(plan({ age: 60 }), 'ibuprofen');
    expect(ib?.cautions.length).toBeGreaterThan(0);
    expect(ib?.facts).toContain('IB-CAUTION');
  });
  it('asks for a doctor after 10 days of use', () => {
    const ib = item(
      plan({
        log: {
          ibuprofen: [
            { at: ago(24 * 10), mg: 200 },
            { at: ago(6), mg: 200 },
          ],
        },
      }),
      'ibuprofen',
    );
    expect(ib?.cautions.join(' ')).toMatch(/10 days/);
  });
});

describe('heat and cream', () => {
  it('locks heat for 2 h after a cream, and frees it exactly at 2 h', () => {
    expect(
      item(plan({ log: { creams: [{ at: ago(1), ingredient: 'capsaicin' }] } }), 'heat')?.availableAt,
    ).toBe('2026-11-26T10:00:00Z');
    expect(
      item(plan({ log: { creams: [{ at: ago(2), ingredient: 'capsaicin' }] } }), 'heat')?.availableAt,
    ).toBeNull();
  });
  it('keeps heat under 20 minutes with burn-safety steps', () => {
    const heat = item(plan(), 'heat');
    expect(heat?.limits.maxMinutes).toBe(20);
    expect(heat?.steps.join(' ')).toMatch(/wrist.*two-thirds/s);
  });
  it('lists the cream ingredients allowed now', () => {
    const creams = Array.from({ length: 4 }, (_, i) => ({ at: ago(10 + i), ingredient: 'menthol' as const }));
    const cream = item(plan({ history: ['chilli_allergy'], log: { creams } }), 'cream');
    expect(cream?.availableAt).toBeNull();
    expect(cream?.limits.ingredients).toEqual(['methyl_salicylate']);
    expect(cream?.cautions.join(' ')).toMatch(/chilli/);
    expect(cream?.steps.join(' ')).not.toMatch(/Capsaicin:/);
    expect(item(plan(), 'cream')?.steps.join(' ')).toMatch(/Capsaicin:/);
  });
  it('makes cream wait when every allowed ingredient is capped', () => {
    const creams = Array.from({ length: 4 }, (_, i) => ({ at: ago(10 + i), ingredient: 'menthol' as const }));
    const cream = item(plan({ history: ['chilli_allergy', 'aspirin_allergy'], log: { creams } }), 'cream');
    expect(cream?.limits.ingredients).toEqual([]);
    // The oldest of the four (13 h ago) leaves the 24 h window at +11 h.
    expect(cream?.availableAt).toBe('2026-11-26T20:00:00Z');
  });
  it('puts creams only in excluded on broken skin, with heat too', () => {
    const p = plan({ history: ['broken_skin'] });
    expect(remedies(p)).not.toContain('cream');
    expect(excludedRemedies(p)).toEqual(expect.arrayContaining(['cream', 'heat']));
  });
});

describe('stretches (ST-HOLD, ST-TOE-TOUCH)', () => {
  const stretches = (p: Plan): string[] => item(p, 'stretch')?.limits.stretches as string[];
  it('holds 30 s by default and never more than 60 s', () => {
    const s = item(plan({ age: 80 }), 'stretch');
    expect(s?.limits.holdSeconds).toBe(30);
    expect(s?.limits.maxHoldSeconds).toBe(60);
    expect(s?.why).toMatch(/60 seconds/);
  });
  it('offers toe touch last only when subacute and pain is 3 or less', () => {
    const list = stretches(plan({ onsetAt: ago(72), painScore: 3 }));
    expect(list.at(-1)).toBe('toe_touch');
    expect(list.length).toBeGreaterThan(1);
  });
  it.each([
    ['acute, pain 2', { onsetAt: ago(10), painScore: 2 }],
    ['subacute, pain 4', { onsetAt: ago(72), painScore: 4 }],
    ['subacute, pain 7', { onsetAt: ago(72), painScore: 7 }],
  ])('leaves toe touch out when %s, and says why gently', (_name, over) => {
    const p = plan(over);
    expect(stretches(p)).not.toContain('toe_touch');
    expect(item(p, 'stretch')?.why).toMatch(/toes/);
  });
  it('uses gentle exercise variants at pain 7 or in the acute phase', () => {
    expect(item(plan({ onsetAt: ago(72), painScore: 7 }), 'exercise')?.limits.gentle).toBe(true);
    expect(item(plan({ onsetAt: ago(72), painScore: 6 }), 'exercise')?.limits.activities).toContain('yoga');
  });
});

describe('massage (MA-NICE, MA-COMMON)', () => {
  it('waits 72 h after a recent massage', () => {
    expect(item(plan({ massageAt: ago(30), onsetAt: ago(28) }), 'massage')?.availableAt).toBe(
      '2026-11-28T03:00:00Z',
    );
  });
  it('is excluded when post-massage soreness has lasted over 72 h (RF-POST-MASSAGE-LONG)', () => {
    const p = plan({ massageAt: ago(100), onsetAt: ago(90) });
    expect(item(p, 'massage')).toBeUndefined();
    expect(excludedRemedies(p)).toContain('massage');
  });
});
