/**
 * Load runs with autocannon's programmatic API, in this (the bench) process; servers run in their own child
 * processes so the load generator never shares their event loop.
 */
import autocannon, { type Options } from 'autocannon';

/** What one load run measured. */
export interface LoadFigures {
  /** Completed requests per second over the run (all status codes). */
  rps: number;
  /** 2xx responses per second. */
  okRps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  total: number;
  ok: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
}

/** Runs autocannon with `options` (defaults: 50 connections, 10 s) and sums up what it saw. */
export async function load(options: Options): Promise<LoadFigures> {
  // Autocannon notices that a run of `amount` requests is done only at its next sample tick (every
  // `sampleInt` ms, 1 s by default), so a run of 1.2 s was reported as 2 s: half the real rate. Ticks of
  // 50 ms keep a short run's duration, and so its requests/s, within a few per cent.
  const sampling = options.amount === undefined ? {} : { sampleInt: 50 };
  const r = await autocannon({ connections: 50, duration: 10, timeout: 10, ...sampling, ...options });
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats)) statusCodes[code] = s.count;
  const total = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const seconds = r.duration;
  return {
    rps: total / seconds,
    okRps: r['2xx'] / seconds,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    total,
    ok: r['2xx'],
    statusCodes,
    errors: r.errors,
    timeouts: r.timeouts,
    seconds,
  };
}

/** "2xx 1234, 409 5" for notes. */
export function codes(f: LoadFigures): string {
  const parts = Object.entries(f.statusCodes).map(([c, n]) => `${c}: ${n}`);
  if (f.errors) parts.push(`errors: ${f.errors}`);
  if (f.timeouts) parts.push(`timeouts: ${f.timeouts}`);
  return parts.join(', ') || 'no responses';
}
