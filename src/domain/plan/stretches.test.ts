import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdPlan } from '../session/hold-plan.ts';
import { HOLD_MAX_SECONDS, HOLD_MIN_SECONDS } from './limits.ts';
import { ALL_STRETCHES, doseText, holdSecondsFor, STRETCHES } from './stretches.ts';

// Say honestly which stretches are held and which repeated: the setup once promised 30 s holds while the
// cobra, knee rolls and pelvic tilt ran 5 s × 5.
describe('holds and repetitions (ST-HOLD, ST-REPEAT)', () => {
  it('makes the cobra, knee rolls, pelvic tilt and bottom to heels repeated movements, 8-15 times', () => {
    for (const id of ['back_extension', 'knee_rolls', 'pelvic_tilt', 'bottom_to_heels'] as const) {
      const s = STRETCHES[id];
      expect(s.mode, id).toBe('repeat');
      expect(s.reps, id).toBeGreaterThanOrEqual(8);
      expect(s.reps, id).toBeLessThanOrEqual(15);
      expect(s.holdSeconds, id).toBeLessThan(HOLD_MIN_SECONDS);
    }
  });

  it('holds only the static stretches, for the chosen 10-60 s', () => {
    expect(ALL_STRETCHES.filter((s) => s.mode === 'hold').map((s) => s.id)).toEqual([
      'knee_to_chest',
      'toe_touch',
    ]);
    expect(holdSecondsFor(STRETCHES.knee_to_chest, 45)).toBe(45);
    expect(doseText(STRETCHES.knee_to_chest, 30)).toBe('hold 30 s, 2 times on each side');
  });

  it('never promises a repeated exercise the chosen hold, whatever is chosen', () => {
    const chosen = fc.integer({ min: HOLD_MIN_SECONDS, max: HOLD_MAX_SECONDS });
    fc.assert(
      fc.property(chosen, fc.constantFrom(...ALL_STRETCHES), (hold, s) => {
        const seconds = holdSecondsFor(s, hold);
        const text = doseText(s, hold);
        if (s.mode === 'repeat') {
          expect(seconds).toBe(s.holdSeconds);
          expect(text).not.toMatch(/^hold/);
          expect(text).toContain(`${s.reps} times`);
        } else {
          expect(seconds).toBe(hold);
          expect(text).toContain(`hold ${hold} s`);
        }
        // The session's timer runs what the words say.
        const plan = holdPlan(s.id, { holdSeconds: seconds, reps: s.reps, restSeconds: s.moveSeconds }, 0);
        const holds = plan.steps.filter((x) => x.type === 'hold');
        expect(holds).toHaveLength(s.reps);
        for (const h of holds) expect(h.deadline - h.startsAt).toBe(seconds * 1000);
      }),
    );
  });
});
