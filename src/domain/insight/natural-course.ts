import { dot, fitLinear, type LinearFit, quadForm } from './linear.ts';
import type { NaturalCourse } from './types.ts';
import type { PainWindow } from './windows.ts';

/** Remedy-free windows needed before we say anything (below: `not_enough_data` for every remedy). */
export const MIN_FREE_WINDOWS = 10;
/** From this many remedy-free windows the model adds time of day and the point of the episode. */
const FULL_MODEL_WINDOWS = 30;
/**
 * Floor of the residual variance (points²). IN-NRS-MDC: one NRS score carries about 1 point of
 * measurement error, so a change between two scores is never known better than this.
 */
const MIN_SIGMA2 = 0.5;

export type Design = 'full' | 'basic';

/**
 * The covariates of a window. Conditioning on the starting level and the rise into it is what handles
 * regression to the mean: a score taken at a peak tends to fall whatever one does, and the person's own
 * remedy-free windows show by how much at that level.
 */
export function covariates(w: PainWindow, design: Design): number[] {
  const base = [1, w.p0 - 5, w.rise];
  if (design === 'basic') return base;
  const angle = (2 * Math.PI * w.hour) / 24;
  // Recovery is fastest early in an episode: an exponential decay term with a 5-day scale.
  return [...base, Math.sin(angle), Math.cos(angle), Math.exp(-w.episodeDays / 5)];
}

/** The fitted natural course: predicts the change in pain over a window had nothing been used. */
export interface NaturalCourseFit {
  readonly design: Design;
  readonly fit: LinearFit;
  readonly sigma2: number;
  readonly windows: number;
}

/** Fit the natural course on remedy-free windows, or null when there are too few. */
export function fitNaturalCourse(free: readonly PainWindow[]): NaturalCourseFit | null {
  if (free.length < MIN_FREE_WINDOWS) return null;
  const design: Design = free.length >= FULL_MODEL_WINDOWS ? 'full' : 'basic';
  const x = free.map((w) => covariates(w, design));
  const y = free.map((w) => w.p1 - w.p0);
  const fit = fitLinear(x, y);
  if (!fit) return null;
  return { design, fit, sigma2: Math.max(fit.sigma2, MIN_SIGMA2), windows: free.length };
}

/** Predicted change for one window. */
export function expectedChange(nc: NaturalCourseFit, w: PainWindow): number {
  return dot(covariates(w, nc.design), nc.fit.beta);
}

/** Variance of the mean prediction over windows whose mean covariate row is `xbar`. */
export function predictionVariance(nc: NaturalCourseFit, xbar: readonly number[]): number {
  return nc.sigma2 * quadForm(nc.fit.xtxInverse, xbar);
}

export function describeNaturalCourse(nc: NaturalCourseFit | null, free: number): NaturalCourse {
  return { windows: free, model: nc ? nc.design : 'none' };
}
