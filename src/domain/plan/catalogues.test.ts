import { describe, expect, it } from 'vitest';
import { assertKnownFacts } from '../facts/registry.ts';
import { EXERCISES, exercisesFor } from './exercises.ts';
import { HOLD_MAX_SECONDS } from './limits.ts';
import { ALL_STRETCHES, GENTLE_STRETCHES, STRETCHES } from './stretches.ts';

describe('stretch catalogue (ST-NHS, ST-HOLD, ST-TOE-TOUCH)', () => {
  it('holds every stretch within the 60 s ceiling, with steps and a stop rule', () => {
    for (const s of ALL_STRETCHES) {
      expect(s.holdSeconds).toBeGreaterThan(0);
      expect(s.holdSeconds).toBeLessThanOrEqual(HOLD_MAX_SECONDS);
      expect(s.steps.length).toBeGreaterThan(1);
      expect(s.stopWhen).toMatch(/Stop/);
      assertKnownFacts([...s.facts]);
    }
  });
  it('defaults static holds to 30 s', () => {
    expect(STRETCHES.knee_to_chest.holdSeconds).toBe(30);
    expect(STRETCHES.toe_touch.holdSeconds).toBe(30);
  });
  it('makes toe touch the only stretch that is not gentle, and the last one', () => {
    expect(ALL_STRETCHES.filter((s) => !s.gentle).map((s) => s.id)).toEqual(['toe_touch']);
    expect(ALL_STRETCHES.at(-1)?.id).toBe('toe_touch');
    expect(GENTLE_STRETCHES.map((s) => s.id)).not.toContain('toe_touch');
  });
  it('names the back extension as the gentle form of the cobra', () => {
    expect(STRETCHES.back_extension.name).toMatch(/gentle cobra/i);
  });
});

describe('exercise catalogue (EX-)', () => {
  it('keeps to walking and the routine in the gentle plan', () => {
    expect(exercisesFor(true).map((e) => e.exercise.id)).toEqual(['walking', 'routine']);
    expect(exercisesFor(false).map((e) => e.exercise.id)).toEqual(['walking', 'routine', 'yoga', 'water']);
  });
  it('builds walks toward 30 minutes on 5 days and starts the routine at 5 reps 3 times a day', () => {
    expect(EXERCISES.walking.normal.steps.join(' ')).toMatch(/30 minutes on 5 days/);
    expect(EXERCISES.routine.gentle?.steps.join(' ')).toMatch(/5 times, 3 times a day/);
    expect(EXERCISES.walking.gentle?.minutes).toBeLessThan(EXERCISES.walking.normal.minutes);
  });
  it('makes no claims for water exercise beyond staying active', () => {
    expect(EXERCISES.water.facts).toEqual(['EX-STAY-ACTIVE']);
    for (const e of Object.values(EXERCISES)) assertKnownFacts([...e.facts]);
  });
});
