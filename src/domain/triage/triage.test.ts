import { describe, expect, it } from 'vitest';
import type { History, Symptom } from '../contract/ids.ts';
import { factUrls, type RedFlagId } from '../facts/registry.ts';
import { makeCheckIn } from './checkin.fixture.ts';
import type { FlagLevel } from './levels.ts';
import { triage } from './triage.ts';

const ids = (c: Parameters<typeof triage>[0]) => triage(c).flags.map((f) => f.id);

// Written out from the contract and evidence section 1, not derived from the code's tables, so a slip there fails.
const SYMPTOM_CASES: [Symptom, RedFlagId, FlagLevel][] = [
  ['saddle_numbness', 'RF-SADDLE', 'emergency'],
  ['bladder_bowel_change', 'RF-BLADDER-BOWEL', 'emergency'],
  ['both_legs', 'RF-BOTH-LEGS', 'emergency'],
  ['sexual_dysfunction', 'RF-SEXUAL', 'emergency'],
  ['leg_weakness', 'RF-LEG-WEAKNESS', 'emergency'],
  ['chest_pain', 'RF-CHEST', 'emergency'],
  ['major_trauma', 'RF-MAJOR-TRAUMA', 'emergency'],
  ['dark_urine', 'RF-RHABDO', 'emergency'],
  ['nsaid_reaction', 'RF-NSAID-REACTION', 'emergency'],
  ['fever', 'RF-FEVER', 'urgent'],
  ['weight_loss', 'RF-WEIGHT-LOSS', 'urgent'],
  ['lump', 'RF-LUMP', 'urgent'],
  ['night_pain', 'RF-NIGHT-REST', 'urgent'],
  ['cough_sneeze_pain', 'RF-COUGH-SNEEZE', 'urgent'],
  ['thoracic_pain', 'RF-THORACIC', 'urgent'],
  ['cant_cope', 'RF-NO-IMPROVEMENT', 'doctor'],
];

describe('triage: symptoms', () => {
  it('is self_care with no flags for a calm check-in', () => {
    expect(triage(makeCheckIn())).toEqual({ level: 'self_care', flags: [] });
  });

  it.each(SYMPTOM_CASES)('%s raises %s at %s', (symptom, id, level) => {
    const result = triage(makeCheckIn({ symptoms: [symptom] }));
    expect(result.level).toBe(level);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ id, level, sources: factUrls(id) });
  });
});

describe('triage: minor fall (RF-MINOR-FALL-FRAGILE)', () => {
  const fall = (age: number, history: History[] = []) =>
    triage(makeCheckIn({ age, symptoms: ['minor_fall'], history }));

  it('raises no flag at 64 with no fragile-bone history', () => {
    expect(fall(64)).toEqual({ level: 'self_care', flags: [] });
  });

  it('is an emergency from 65', () => {
    expect(fall(65).level).toBe('emergency');
    expect(fall(65).flags.map((f) => f.id)).toEqual(['RF-MINOR-FALL-FRAGILE']);
  });

  it.each<History>(['osteoporosis', 'long_term_steroids'])('is an emergency at any age with %s', (h) => {
    expect(fall(30, [h]).level).toBe('emergency');
    expect(fall(30, [h]).flags.map((f) => f.id)).toEqual(['RF-MINOR-FALL-FRAGILE']);
  });

  it('needs the fall itself: fragile history alone raises nothing', () => {
    expect(triage(makeCheckIn({ age: 80, history: ['osteoporosis'] })).level).toBe('self_care');
  });
});

describe('triage: risk history (RF-RISK-HISTORY)', () => {
  it.each<History>(['cancer', 'immunosuppressed', 'iv_drug_use', 'recent_infection'])('%s is urgent', (h) => {
    const result = triage(makeCheckIn({ history: [h] }));
    expect(result.level).toBe('urgent');
    expect(result.flags.map((f) => f.id)).toEqual(['RF-RISK-HISTORY']);
  });

  it('raises the flag once however many risk items there are', () => {
    expect(ids(makeCheckIn({ history: ['cancer', 'iv_drug_use', 'cancer'] }))).toEqual(['RF-RISK-HISTORY']);
  });

  it.each<History>(['diabetes', 'asthma', 'stomach_ulcer', 'anticoagulant'])(
    '%s alone is not a red flag',
    (h) => {
      expect(triage(makeCheckIn({ history: [h] })).level).toBe('self_care');
    },
  );
});

describe('triage: combining flags', () => {
  it('takes the highest level and lists flags most serious first', () => {
    const result = triage(makeCheckIn({ symptoms: ['cant_cope', 'fever', 'saddle_numbness'] }));
    expect(result.level).toBe('emergency');
    expect(result.flags.map((f) => [f.id, f.level])).toEqual([
      ['RF-SADDLE', 'emergency'],
      ['RF-FEVER', 'urgent'],
      ['RF-NO-IMPROVEMENT', 'doctor'],
    ]);
  });

  it('urgent beats doctor', () => {
    const result = triage(makeCheckIn({ firstEpisode: true, age: 60, history: ['recent_infection'] }));
    expect(result.level).toBe('urgent');
    expect(result.flags.map((f) => f.id)).toEqual(['RF-RISK-HISTORY', 'RF-NEW-OVER-50']);
  });

  it('de-duplicates a flag raised twice (repeated symptom, or symptom plus derived rule)', () => {
    expect(ids(makeCheckIn({ symptoms: ['fever', 'fever'] }))).toEqual(['RF-FEVER']);
    expect(ids(makeCheckIn({ symptoms: ['cant_cope'], painScore: 10, trend: 'worse' }))).toEqual([
      'RF-NO-IMPROVEMENT',
    ]);
  });
});

describe('triage: messages', () => {
  const message = (symptom: Symptom) => triage(makeCheckIn({ symptoms: [symptom] })).flags[0]?.message ?? '';

  it('tells an emergency to call the emergency number or go to A&E now', () => {
    const m = message('saddle_numbness');
    expect(m).toMatch(/emergency number/);
    expect(m).toMatch(/999/);
    expect(m).toMatch(/112/);
    expect(m).toMatch(/911/);
    expect(m).toMatch(/A&E/);
    expect(m).toMatch(/now/);
  });

  it('tells an urgent flag to see a doctor the same day, within 24 hours', () => {
    const m = message('fever');
    expect(m).toMatch(/today/);
    expect(m).toMatch(/24 hours/);
    expect(m).not.toMatch(/emergency number/);
  });

  it('tells a doctor flag to book a routine appointment', () => {
    const m = message('cant_cope');
    expect(m).toMatch(/routine appointment/);
    expect(m).not.toMatch(/today|emergency/);
  });

  it('says to stop ibuprofen after a reaction to it', () => {
    expect(message('nsaid_reaction')).toMatch(/do not take any more ibuprofen/i);
  });

  it('gives every flag short sentences and at least one http(s) source', () => {
    const all = triage(
      makeCheckIn({
        symptoms: SYMPTOM_CASES.map(([s]) => s),
        history: ['cancer'],
        firstEpisode: true,
        age: 70,
      }),
    );
    expect(all.flags).toHaveLength(SYMPTOM_CASES.length + 2);
    for (const f of all.flags) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const url of f.sources) expect(url, f.id).toMatch(/^https?:\/\//);
      for (const sentence of f.message.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(' ').length, `${f.id}: ${sentence}`).toBeLessThanOrEqual(25);
      }
    }
  });
});
