import { describe, expect, it } from 'vitest';
import { HISTORY, SYMPTOMS } from '../contract/ids.ts';
import {
  HISTORY_GROUPS,
  HISTORY_QUESTIONS,
  historyQuestionsIn,
  NOT_SURE_MEANS_YES,
  SYMPTOM_GROUPS,
  SYMPTOM_QUESTIONS,
  symptomQuestionsIn,
} from './questions.ts';
import { EMERGENCY_SYMPTOMS } from './red-flags.ts';

describe('check-in questions', () => {
  it('asks exactly one question per symptom id and per history id', () => {
    expect(SYMPTOM_QUESTIONS.map((q) => q.id).toSorted()).toEqual([...SYMPTOMS].toSorted());
    expect(HISTORY_QUESTIONS.map((q) => q.id).toSorted()).toEqual([...HISTORY].toSorted());
  });

  it('keeps questions short, plain and phrased as questions', () => {
    for (const q of [...SYMPTOM_QUESTIONS, ...HISTORY_QUESTIONS]) {
      expect(q.question, q.id).toMatch(/\?$/);
      expect(q.question.split(' ').length, q.id).toBeLessThanOrEqual(25);
      expect(q.question, q.id).not.toMatch(/[_]|RF-/);
    }
  });

  it('lists screens in order and keeps each screen contiguous', () => {
    const symptomOrder = SYMPTOM_QUESTIONS.map((q) => SYMPTOM_GROUPS.indexOf(q.group));
    expect(symptomOrder).toEqual(symptomOrder.toSorted((a, b) => a - b));
    const historyOrder = HISTORY_QUESTIONS.map((q) => HISTORY_GROUPS.indexOf(q.group));
    expect(historyOrder).toEqual(historyOrder.toSorted((a, b) => a - b));
    for (const g of SYMPTOM_GROUPS) expect(symptomQuestionsIn(g).length, g).toBeGreaterThan(0);
    for (const g of HISTORY_GROUPS) expect(historyQuestionsIn(g).length, g).toBeGreaterThan(0);
  });

  it('puts the nerve warning signs first', () => {
    expect(symptomQuestionsIn('nerves').map((q) => q.id)).toEqual([
      'saddle_numbness',
      'bladder_bowel_change',
      'both_legs',
      'sexual_dysfunction',
      'leg_weakness',
    ]);
  });

  it('marks the emergency symptoms, where "not sure" means yes', () => {
    expect(NOT_SURE_MEANS_YES.toSorted()).toEqual([...EMERGENCY_SYMPTOMS].toSorted());
    expect(NOT_SURE_MEANS_YES).toContain('saddle_numbness');
    expect(NOT_SURE_MEANS_YES).toContain('dark_urine');
    expect(NOT_SURE_MEANS_YES).not.toContain('fever');
    expect(NOT_SURE_MEANS_YES).not.toContain('cant_cope');
    expect(NOT_SURE_MEANS_YES).toHaveLength(10);
  });
});
