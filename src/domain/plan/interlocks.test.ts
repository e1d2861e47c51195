import { describe, expect, it } from 'vitest';
import type { CareLog } from '../contract/checkin.schema.ts';
import { emptyCareLog } from './care-log.ts';
import { interlockState } from './interlock-state.ts';
import {
  allowedIngredients,
  coldAvailability,
  creamAvailability,
  heatAvailability,
  ibuprofenAvailability,
} from './interlocks.ts';

const AT = '2026-11-26T12:00:00Z';
const HOUR = 3_600_000;
const ago = (hours: number, ms = 0): string => new Date(Date.parse(AT) - hours * HOUR - ms).toISOString();
const log = (over: Partial<CareLog>): CareLog => ({ ...emptyCareLog(), ...over });
const doses = (...spec: [number, number][]): CareLog =>
  log({ ibuprofen: spec.map(([h, mg]) => ({ at: ago(h), mg })) });

describe('cold break (CO-20)', () => {
  it('is free with no cold logged', () => {
    expect(coldAvailability(emptyCareLog(), AT).availableAt).toBeNull();
  });
  it('waits until 2 h after the previous start, however short it was', () => {
    const l = log({ cold: [{ at: ago(1), minutes: 5 }] });
    expect(coldAvailability(l, AT).availableAt).toBe('2026-11-26T13:00:00Z');
  });
  it('is free exactly 2 h after the previous start, not 1 ms before', () => {
    expect(coldAvailability(log({ cold: [{ at: ago(2), minutes: 20 }] }), AT).availableAt).toBeNull();
    const justUnder = log({ cold: [{ at: ago(2, -1), minutes: 20 }] });
    expect(coldAvailability(justUnder, AT).availableAt).toBe('2026-11-26T12:00:00.001Z');
  });
  it('counts from the latest start even when the log is out of order', () => {
    const l = log({
      cold: [
        { at: ago(0.5), minutes: 10 },
        { at: ago(5), minutes: 10 },
      ],
    });
    expect(coldAvailability(l, AT).availableAt).toBe('2026-11-26T13:30:00Z');
  });
});

describe('heat after cream (CR-BURN, CR-CAPSAICIN)', () => {
  it('locks heat for 2 h after any cream', () => {
    for (const ingredient of ['menthol', 'capsaicin', 'methyl_salicylate'] as const) {
      const l = log({ creams: [{ at: ago(1), ingredient }] });
      expect(heatAvailability(l, AT).availableAt).toBe('2026-11-26T13:00:00Z');
    }
  });
  it('frees heat exactly 2 h after the cream', () => {
    expect(
      heatAvailability(log({ creams: [{ at: ago(2), ingredient: 'menthol' }] }), AT).availableAt,
    ).toBeNull();
  });
  it('ignores a cream logged after `at`', () => {
    const future = new Date(Date.parse(AT) + HOUR).toISOString();
    expect(
      heatAvailability(log({ creams: [{ at: future, ingredient: 'menthol' }] }), AT).availableAt,
    ).toBeNull();
  });
});

describe('ibuprofen interval and cap (IB-DOSE)', () => {
  it('is free with no doses', () => {
    expect(ibuprofenAvailability(emptyCareLog(), AT).availableAt).toBeNull();
    expect(interlockState(emptyCareLog(), AT).ibuprofen.doseChoicesMg).toEqual([200, 400]);
  });
  it('waits 4 h after the last dose and is free exactly 4 h after it', () => {
    expect(ibuprofenAvailability(doses([3, 200]), AT).availableAt).toBe('2026-11-26T13:00:00Z');
    expect(ibuprofenAvailability(doses([4, 200]), AT).availableAt).toBeNull();
  });
  it('allows 200 mg but not 400 mg when 1,000 mg were taken in 24 h', () => {
    const s = interlockState(doses([20, 400], [15, 400], [10, 200]), AT).ibuprofen;
    expect(s.availableAt).toBeNull();
    expect(s.takenMgLast24h).toBe(1000);
    expect(s.doseChoicesMg).toEqual([200]);
  });
  it('allows nothing more at exactly 1,200 mg until the oldest dose leaves the window', () => {
    const s = interlockState(doses([20, 400], [15, 400], [10, 400]), AT).ibuprofen;
    expect(s.reason).toBe('daily_cap');
    expect(s.remainingMg).toBe(0);
    expect(s.doseChoicesMg).toEqual([]);
    // The 400 mg taken 20 h ago leaves at +4 h; then 800 mg remain in the window.
    expect(s.availableAt).toBe('2026-11-26T16:00:00Z');
  });
  it('waits for as many old doses as needed to fit 200 mg', () => {
    // 1,300 mg logged (above label): 200, 200, 400, 500. Dropping 200+200 leaves 900, and 900 + 200 fits;
    // the second dose (22 h ago) leaves at +2 h.
    const l = doses([23, 200], [22, 200], [12, 400], [6, 500]);
    expect(ibuprofenAvailability(l, AT).availableAt).toBe('2026-11-26T14:00:00Z');
  });
  it('treats a dose exactly 24 h old as out of the window', () => {
    const s = interlockState(doses([24, 400], [15, 400], [10, 400]), AT).ibuprofen;
    expect(s.takenMgLast24h).toBe(800);
    expect(s.availableAt).toBeNull();
  });
  it('takes the later of the interval and the cap', () => {
    // Cap frees at +1 h (dose 23 h ago leaves) but the last dose was 1 h ago: the interval wins at +3 h.
    const s = interlockState(doses([23, 400], [12, 400], [1, 400]), AT).ibuprofen;
    expect(s.availableAt).toBe('2026-11-26T15:00:00Z');
    expect(s.reason).toBe('interval');
  });
  it('ignores doses logged after `at`', () => {
    const future = new Date(Date.parse(AT) + HOUR).toISOString();
    expect(ibuprofenAvailability(log({ ibuprofen: [{ at: future, mg: 400 }] }), AT).availableAt).toBeNull();
  });
});

describe('cream caps (CR-MENTHOL, CR-CAPSAICIN)', () => {
  const applications = (n: number, ingredient: 'menthol' | 'capsaicin'): CareLog =>
    log({ creams: Array.from({ length: n }, (_, i) => ({ at: ago(20 - i * 4), ingredient })) });

  it('allows a 4th menthol application and refuses a 5th', () => {
    expect(creamAvailability(applications(3, 'menthol'), AT, 'menthol').availableAt).toBeNull();
    // Four logged (20, 16, 12, 8 h ago): the oldest leaves 24 h after it, at +4 h.
    expect(creamAvailability(applications(4, 'menthol'), AT, 'menthol').availableAt).toBe(
      '2026-11-26T16:00:00Z',
    );
  });
  it('caps capsaicin at 4 too, counted apart from menthol', () => {
    const l = applications(4, 'capsaicin');
    expect(creamAvailability(l, AT, 'capsaicin').availableAt).toBe('2026-11-26T16:00:00Z');
    expect(allowedIngredients(l, AT)).toEqual(['menthol', 'methyl_salicylate']);
  });
  it('holds every cream while a heat session is running (CR-BURN)', () => {
    const l = log({ heat: [{ at: ago(0.25), minutes: 20 }] });
    expect(creamAvailability(l, AT, 'menthol').availableAt).toBe('2026-11-26T12:05:00Z');
    expect(interlockState(l, AT).creams.menthol.reason).toBe('heat_on');
    expect(allowedIngredients(log({ heat: [{ at: ago(1), minutes: 20 }] }), AT)).toHaveLength(3);
  });
  it('leaves out ingredients the history rules out', () => {
    expect(allowedIngredients(emptyCareLog(), AT, ['chilli_allergy'])).toEqual([
      'menthol',
      'methyl_salicylate',
    ]);
    expect(allowedIngredients(emptyCareLog(), AT, ['nsaid_allergy'])).toEqual(['menthol', 'capsaicin']);
  });
});

describe('interlockState', () => {
  it('reports session caps and the cream lock-out for guided sessions', () => {
    const s = interlockState(
      log({ creams: [{ at: ago(1), ingredient: 'capsaicin' }] }),
      '2026-11-26T13:00:00+01:00',
    );
    expect(s.at).toBe(AT);
    expect(s.cold).toEqual({ availableAt: null, maxMinutes: 20, minGapHours: 2 });
    expect(s.heat).toMatchObject({ availableAt: '2026-11-26T13:00:00Z', reason: 'cream', maxMinutes: 20 });
    expect(s.ibuprofen).toMatchObject({ maxDailyMg: 1200, minIntervalHours: 4, lastDoseAt: null });
    expect(s.creams.capsaicin).toEqual({ availableAt: null, reason: null, usedLast24h: 1, maxPer24h: 4 });
  });
});

describe('invalid instants', () => {
  it('throws rather than reporting everything open', () => {
    expect(() => ibuprofenAvailability(emptyCareLog(), 'yesterday')).toThrow(RangeError);
    expect(() => interlockState(emptyCareLog(), '')).toThrow(/ISO 8601/);
  });
});
