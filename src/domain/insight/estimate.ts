import { tQuantile } from './linear.ts';
import { covariates, expectedChange, type NaturalCourseFit, predictionVariance } from './natural-course.ts';
import type { PainWindow } from './windows.ts';

/** 90 % intervals: the uncertainty every verdict and bar shows. */
export const INTERVAL = 0.9;
/**
 * Prior sd of a remedy's effect (points): normal-normal shrinkage toward no effect. Fixed rather than
 * estimated across a person's remedies, so one remedy's verdict never depends on another remedy's data
 * (adding uses of an unrelated remedy never flips another to `helps`). Two points
 * is the clinically important change (IN-NRS-MCID): large effects are possible, but not the rule.
 */
export const PRIOR_SD = 2;

/** A remedy's estimate: the shrunk effect, its 90 % interval, and the unshrunk mean residual. */
export interface Estimate {
  readonly effect: number;
  readonly low: number;
  readonly high: number;
  readonly raw: number;
  readonly se: number;
}

/**
 * Effect of one remedy from its windows: the mean of (observed change − natural course's prediction),
 * with a variance from both the residual spread and the natural course's own uncertainty, then shrunk
 * toward 0 with a N(0, PRIOR_SD²) prior. The interval uses a t quantile for the estimated variance.
 */
export function estimateEffect(nc: NaturalCourseFit, ws: readonly PainWindow[]): Estimate {
  const n = ws.length;
  const residuals = ws.map((w) => w.p1 - w.p0 - expectedChange(nc, w));
  const raw = residuals.reduce((s, r) => s + r, 0) / n;
  const spread = n > 1 ? residuals.reduce((s, r) => s + (r - raw) ** 2, 0) / (n - 1) : nc.sigma2;
  // Effects that vary from use to use widen the interval: take the larger of the two spreads.
  const perUse = Math.max(nc.sigma2, spread);
  const p = nc.fit.p;
  const xbar = new Array<number>(p).fill(0);
  for (const w of ws) {
    const x = covariates(w, nc.design);
    for (let k = 0; k < p; k++) xbar[k] = (xbar[k] as number) + (x[k] as number) / n;
  }
  const v = perUse / n + predictionVariance(nc, xbar);
  const prior = PRIOR_SD * PRIOR_SD;
  const shrink = prior / (prior + v);
  const effect = raw * shrink;
  const se = Math.sqrt(v * shrink);
  const df = Math.min(n - 1, nc.fit.n - p);
  const q = tQuantile(0.5 + INTERVAL / 2, Math.max(df, 2));
  return { effect, low: effect - q * se, high: effect + q * se, raw, se };
}

/** The plain before/after: mean change over the uses with a t interval, ignoring the natural course. */
export function naiveEstimate(ws: readonly PainWindow[]): Estimate | null {
  const n = ws.length;
  if (n < 2) return null;
  const d = ws.map((w) => w.p1 - w.p0);
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(Math.max(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1), 1e-9));
  const se = sd / Math.sqrt(n);
  const q = tQuantile(0.5 + INTERVAL / 2, n - 1);
  return { effect: mean, low: mean - q * se, high: mean + q * se, raw: mean, se };
}
