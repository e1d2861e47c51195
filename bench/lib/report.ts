/**
 * How a bench reports: a table of figures with the target beside each, printed to stdout, and the same
 * rows plus raw details written as JSON to bench/results/<name>.json (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The bench directory (this file lives in bench/lib). */
export const BENCH_DIR = resolve(import.meta.dirname, '..');
/** The repository root. */
export const ROOT = resolve(BENCH_DIR, '..');
/** Where JSON results go. */
export const RESULTS_DIR = join(BENCH_DIR, 'results');

/** Whether a figure meets its target; `info` when there is no target. */
export type Verdict = 'ok' | 'MISS' | 'info';

/** One line of a bench's table. */
export interface Row {
  figure: string;
  /** The measured value as text, units included. */
  value: string;
  /** The target as text (e.g. "≥ 50,000/s"), or "" when the figure is informative. */
  target: string;
  verdict: Verdict;
  /** The raw number, for the JSON. */
  raw?: number | string | null;
}

/** What a bench returns: its rows, free-form details for the JSON, and notes to print under the table. */
export interface BenchResult {
  rows: Row[];
  details?: unknown;
  notes?: string[];
}

/** A bench: a name for the command line and a function that measures. */
export interface Bench {
  name: string;
  /** One line saying what it measures. */
  title: string;
  /** Not run by default (e.g. it takes 10 minutes); run by naming it. */
  optIn?: boolean;
  run(): Promise<BenchResult>;
}

/** A row whose verdict compares `value` with a bound: `min` (at least) or `max` (below). */
export function row(
  figure: string,
  value: number,
  text: string,
  bound?: { min?: number; max?: number; target: string },
): Row {
  if (!bound) return { figure, value: text, target: '', verdict: 'info', raw: value };
  const ok =
    Number.isFinite(value) &&
    (bound.min === undefined || value >= bound.min) &&
    (bound.max === undefined || value < bound.max);
  return { figure, value: text, target: bound.target, verdict: ok ? 'ok' : 'MISS', raw: value };
}

/** An informative row with no target. */
export function info(figure: string, value: string, raw?: number | string | null): Row {
  return { figure, value, target: '', verdict: 'info', raw: raw ?? value };
}

/** Prints the table: figure | measured | target | verdict, columns padded. */
export function printTable(title: string, rows: readonly Row[], notes: readonly string[] = []): void {
  const head = ['figure', 'measured', 'target', ''];
  const body = rows.map((r) => [r.figure, r.value, r.target, r.verdict === 'info' ? '' : r.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n== ${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  for (const n of notes) console.log(`  note: ${n}`);
}

/** Writes bench/results/<name>.json with the rows, details and the machine it ran on. */
export function writeResult(name: string, result: BenchResult, extra: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(path, `${JSON.stringify({ name, ...extra, ...result }, null, 2)}\n`);
  return path;
}
