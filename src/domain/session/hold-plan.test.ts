import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampHoldSeconds, holdPlan, MAX_HOLD_SECONDS, planEnd, positionAt } from './hold-plan.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

describe('holdPlan', () => {
  it('holds each side for each repetition, resting between holds', () => {
    const plan = holdPlan('knee-to-chest', { holdSeconds: 30, reps: 2, sides: 2, restSeconds: 10 }, T0);
    expect(plan.steps.map((s) => `${s.type}:${s.rep}:${s.side}`)).toEqual([
      'hold:1:left',
      'rest:1:right',
      'hold:1:right',
      'rest:2:left',
      'hold:2:left',
      'rest:2:right',
      'hold:2:right',
    ]);
    expect(plan.steps[0]).toMatchObject({ startsAt: T0, deadline: T0 + 30_000 });
    expect(planEnd(plan)).toBe(T0 + 4 * 30_000 + 3 * 10_000);
  });

  it('defaults to 30 s and never holds longer than 60 s (ST-HOLD)', () => {
    expect(holdPlan('x', {}, T0).holdSeconds).toBe(30);
    expect(clampHoldSeconds(90)).toBe(60);
    expect(clampHoldSeconds(Number.NaN)).toBe(30);
    // A static hold is at least 10 s (ST-HOLD); a repeated exercise's pause may be 2 s (ST-REPEAT).
    expect(clampHoldSeconds(5)).toBe(10);
    expect(holdPlan('pelvic_tilt', { holdSeconds: 5, reps: 10, restSeconds: 3 }, T0)).toMatchObject({
      holdSeconds: 5,
      reps: 10,
    });
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -5, max: 50 }), (hold, reps) => {
        const plan = holdPlan('x', { holdSeconds: hold, reps, sides: 2 }, T0);
        for (const s of plan.steps.filter((step) => step.type === 'hold')) {
          expect(s.deadline - s.startsAt).toBeLessThanOrEqual(MAX_HOLD_SECONDS * 1000);
        }
        expect(plan.reps).toBeGreaterThanOrEqual(1);
        expect(plan.reps).toBeLessThanOrEqual(15);
      }),
    );
  });
});

describe('positionAt', () => {
  const plan = holdPlan('cat-cow', { holdSeconds: 20, reps: 2, sides: 1, restSeconds: 5 }, T0);

  it('finds the step from the deadlines', () => {
    expect(positionAt(plan, T0)).toMatchObject({ index: 0, remainingMs: 20_000, holdsDone: 0, done: false });
    expect(positionAt(plan, T0 + 21_000)).toMatchObject({ index: 1, remainingMs: 4000, holdsDone: 1 });
    expect(positionAt(plan, T0 + 45_000)).toMatchObject({ done: true, holdsDone: 2, remainingMs: 0 });
  });

  it('rebuilds the same position after a reload at any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 60_000 }), (later) => {
        const back = JSON.parse(JSON.stringify(plan));
        expect(positionAt(back, T0 + later)).toEqual(positionAt(plan, T0 + later));
        expect(positionAt(plan, T0 + later).remainingMs).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
