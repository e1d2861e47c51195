/**
 * A stretch's holds as absolute deadlines: hold, rest (or switch sides), hold… Like the cold timer, the plan is
 * plain JSON with epoch-ms instants, so a hidden tab or a reload finds the same step at the same moment.
 * Pure: `now` is a parameter.
 */

import { HOLD_DEFAULT_SECONDS, HOLD_MAX_SECONDS, HOLD_MIN_SECONDS } from '../plan/limits.ts';

/** ST-HOLD: the default hold of a static stretch; the seed's "30 s and above" agrees for most adults. */
export const DEFAULT_HOLD_SECONDS = HOLD_DEFAULT_SECONDS;
/** ST-HOLD: 30-60 s suits older adults; 60 s is the ceiling. */
export const MAX_HOLD_SECONDS = HOLD_MAX_SECONDS;
/** ST-HOLD: 10 s is the shortest useful static hold, the least the hold picker offers. */
export const MIN_HOLD_SECONDS = HOLD_MIN_SECONDS;
/**
 * ST-REPEAT: a repeated exercise pauses briefly at the end of each movement (2 s for knee rolls and pelvic
 * tilts in NHS inform, one breath in the NHS routine), so a plan's timed step may be as short as 2 s.
 */
export const MIN_PAUSE_SECONDS = 2;
/** ST-REPEAT: repeated exercises run 8-15 times (pelvic tilts up to 15); static holds 2-4 times (ST-HOLD). */
export const MAX_REPS = 15;
/** A short rest between holds, long enough to switch sides. */
export const DEFAULT_REST_SECONDS = 10;

/** Which side a hold works, or `null` for a stretch that has no sides. */
export type Side = 'left' | 'right' | null;

/** One step: hold the stretch, or rest before the next hold. */
export interface HoldStep {
  type: 'hold' | 'rest';
  /** Repetition number, from 1. */
  rep: number;
  side: Side;
  /** Epoch ms. */
  startsAt: number;
  /** Epoch ms. */
  deadline: number;
}

/** The whole plan for one stretch. */
export interface HoldPlan {
  stretch: string;
  holdSeconds: number;
  reps: number;
  sides: 1 | 2;
  steps: HoldStep[];
}

/** Options for {@link holdPlan}; every number is clamped to the safe range. */
export interface HoldOptions {
  holdSeconds?: number;
  reps?: number;
  /** 2 for a stretch done on each side (knee to chest), 1 otherwise. */
  sides?: 1 | 2;
  restSeconds?: number;
}

function clampInt(value: number | undefined, lo: number, hi: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(hi, Math.max(lo, Math.round(value)));
}

/** ST-HOLD: a static hold within 10-60 s; anything invalid becomes the 30 s default. */
export function clampHoldSeconds(seconds: number | undefined): number {
  return clampInt(seconds, MIN_HOLD_SECONDS, MAX_HOLD_SECONDS, DEFAULT_HOLD_SECONDS);
}

/**
 * Builds the steps of one stretch starting at `now`: each repetition holds (or, for a repeated exercise,
 * pauses) on each side, with a rest or movement between (none after the last). A timed step lasts 2-60 s
 * (ST-HOLD ceiling, ST-REPEAT pauses); 1-15 repetitions.
 * @example holdPlan('knee-to-chest', { holdSeconds: 90, reps: 2, sides: 2 }, 0).holdSeconds // 60
 */
export function holdPlan(stretch: string, options: HoldOptions, now: number): HoldPlan {
  const holdSeconds = clampInt(
    options.holdSeconds,
    MIN_PAUSE_SECONDS,
    MAX_HOLD_SECONDS,
    DEFAULT_HOLD_SECONDS,
  );
  const reps = clampInt(options.reps, 1, MAX_REPS, 3);
  const sides: 1 | 2 = options.sides === 2 ? 2 : 1;
  const rest = clampInt(options.restSeconds, 0, 60, DEFAULT_REST_SECONDS) * 1000;
  const hold = holdSeconds * 1000;
  const order: Side[] = sides === 2 ? ['left', 'right'] : [null];
  const steps: HoldStep[] = [];
  let at = now;
  for (let rep = 1; rep <= reps; rep++) {
    for (const side of order) {
      if (steps.length > 0 && rest > 0) {
        steps.push({ type: 'rest', rep, side, startsAt: at, deadline: at + rest });
        at += rest;
      }
      steps.push({ type: 'hold', rep, side, startsAt: at, deadline: at + hold });
      at += hold;
    }
  }
  return { stretch, holdSeconds, reps, sides, steps };
}

/** Where a plan stands at an instant. */
export interface HoldPosition {
  /** Index of the current step, or `steps.length` when the plan is finished. */
  index: number;
  step: HoldStep | null;
  /** Milliseconds left in the current step, never negative; 0 when finished. */
  remainingMs: number;
  /** Holds whose deadline has passed. */
  holdsDone: number;
  done: boolean;
}

/** The step under way at `now`, found from the absolute deadlines (no counter to drift). */
export function positionAt(plan: HoldPlan, now: number): HoldPosition {
  const holdsDone = plan.steps.filter((s) => s.type === 'hold' && s.deadline <= now).length;
  const index = plan.steps.findIndex((s) => now < s.deadline);
  if (index === -1) return { index: plan.steps.length, step: null, remainingMs: 0, holdsDone, done: true };
  const step = plan.steps[index] ?? null;
  const remainingMs = step ? Math.max(0, step.deadline - Math.max(now, step.startsAt)) : 0;
  return { index, step, remainingMs, holdsDone, done: false };
}

/** The end of the whole plan, epoch ms. */
export function planEnd(plan: HoldPlan): number {
  return plan.steps.at(-1)?.deadline ?? 0;
}
