/**
 * The little linear algebra the insight estimator needs: a ridge-stabilised least-squares fit and the
 * Student-t quantile. Plain arrays; matrices are small (at most a handful of columns).
 */

/** Solve A·x = b for a symmetric positive-definite A (Cholesky). Returns null when A is not SPD. */
function cholesky(a: number[][]): number[][] | null {
  const n = a.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const li = l[i] as number[];
    const ai = a[i] as number[];
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as number[];
      let sum = ai[j] as number;
      for (let k = 0; k < j; k++) sum -= (li[k] as number) * (lj[k] as number);
      if (i === j) {
        if (sum <= 0) return null;
        li[i] = Math.sqrt(sum);
      } else {
        li[j] = sum / (lj[j] as number);
      }
    }
  }
  return l;
}

/** The inverse of a symmetric positive-definite matrix, or null. */
export function spdInverse(a: number[][]): number[][] | null {
  const l = cholesky(a);
  if (!l) return null;
  const n = a.length;
  const inv: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let col = 0; col < n; col++) {
    // Forward: L·y = e_col; back: Lᵀ·x = y.
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === col ? 1 : 0;
      const li = l[i] as number[];
      for (let k = 0; k < i; k++) sum -= (li[k] as number) * (y[k] as number);
      y[i] = sum / (li[i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i] as number;
      for (let k = i + 1; k < n; k++)
        sum -= ((l[k] as number[])[i] as number) * ((inv[k] as number[])[col] as number);
      (inv[i] as number[])[col] = sum / ((l[i] as number[])[i] as number);
    }
  }
  return inv;
}

/** A least-squares fit: coefficients, (XᵀX + λ)⁻¹ (times σ² gives their covariance), residual variance. */
export interface LinearFit {
  beta: number[];
  xtxInverse: number[][];
  /** Residual sum of squares over (n − p). */
  sigma2: number;
  n: number;
  p: number;
}

/**
 * Least squares of y on the rows of x, with a small ridge on every column but the first (the intercept) so a
 * column without spread (all starting levels equal) cannot make the fit singular.
 */
export function fitLinear(x: readonly number[][], y: readonly number[], ridge = 1e-3): LinearFit | null {
  const n = x.length;
  const p = x[0]?.length ?? 0;
  if (n <= p || p === 0) return null;
  const xtx: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let r = 0; r < n; r++) {
    const row = x[r] as number[];
    const yr = y[r] as number;
    for (let i = 0; i < p; i++) {
      const xi = row[i] as number;
      xty[i] = (xty[i] as number) + xi * yr;
      const xtxi = xtx[i] as number[];
      for (let j = 0; j <= i; j++) xtxi[j] = (xtxi[j] as number) + xi * (row[j] as number);
    }
  }
  for (let i = 0; i < p; i++) {
    const xtxi = xtx[i] as number[];
    for (let j = 0; j < i; j++) (xtx[j] as number[])[i] = xtxi[j] as number;
    if (i > 0) xtxi[i] = (xtxi[i] as number) + ridge * n;
  }
  const inv = spdInverse(xtx);
  if (!inv) return null;
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * (xty[j] as number), 0));
  let rss = 0;
  for (let r = 0; r < n; r++) {
    const e = (y[r] as number) - dot(x[r] as number[], beta);
    rss += e * e;
  }
  return { beta, xtxInverse: inv, sigma2: rss / (n - p), n, p };
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** xᵀ·M·x. */
export function quadForm(m: readonly number[][], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) * dot(m[i] as number[], x);
  return s;
}

/** The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/** Student-t quantile by the Cornish-Fisher expansion (good to ~1 % from 3 degrees of freedom). */
export function tQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  if (!Number.isFinite(df) || df > 1e6) return z;
  const v = Math.max(df, 1);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * v) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
  );
}
