/** Small statistics helpers for the benches: percentiles over samples, medians, formatting. */

/**
 * The p-th percentile (0-100) of `values` by the nearest-rank method. Sorts a copy.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/** The median (nearest-rank, lower middle for even counts). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nanoseconds (from process.hrtime.bigint differences) to milliseconds. */
export function nsToMs(ns: bigint | number): number {
  return Number(ns) / 1e6;
}

/** A number with at most `digits` decimals and thousands separators, for tables. */
export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Bytes as KB (1 KB = 1,024 B) with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Bytes as MB (1 MB = 1,048,576 B) with one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
