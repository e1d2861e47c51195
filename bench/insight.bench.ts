/**
 * Insight for a year of diary (about 5,000 events: pain scores through four episodes, remedies at
 * peaks, notes): `whatHelps` in-process, p50/p99 per call after a warm-up (target p99 < 20 ms); then over
 * HTTP on PostgreSQL, GET /api/v1/insights for the year, GET /api/v1/reports/clinician?days=30 and
 * GET /api/v1/me/fhir, one request at a time (report only).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { seededRandom, simulatePerson } from '../src/domain/insight/synthetic-person.fixture.ts';
import type { InsightEvent } from '../src/domain/insight/types.ts';
import { whatHelps } from '../src/domain/insight/what-helps.ts';
import { call, signUp } from './lib/api.ts';
import { startApp } from './lib/app-server.ts';
import { startPostgres } from './lib/postgres.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { fmt, nsToMs, percentile } from './lib/stats.ts';

const DAY = 86_400_000;
const CALLS = 300;
const WARMUP = 30;
const HTTP_CALLS = 100;

/** A year: four 91-day episodes, each with six remedies used at peaks. */
function yearOfDiary(end: number): InsightEvent[] {
  const rand = seededRandom(2026);
  const out: InsightEvent[] = [];
  for (let q = 0; q < 4; q++) {
    const { events } = simulatePerson(rand, {
      effects: { heat: -2, cold: -1, stretch: 0, water: 0, ibuprofen: -1.5, 'cream:menthol': -0.5 },
      usesEach: 60,
      maxDays: 91,
      start: end - (4 - q) * 91 * DAY,
      notes: true,
    });
    out.push(...events);
  }
  // Everyday logs besides: three glasses of water and a night's sleep a day.
  for (let d = 0; d < 364; d++) {
    const day = end - (364 - d) * DAY;
    for (const h of [9, 13, 18])
      out.push({ kind: 'water', at: new Date(day + (h + rand()) * 3_600_000).toISOString() });
    out.push({ kind: 'sleep', at: new Date(day + 7 * 3_600_000).toISOString() });
  }
  return out.map((e) => (e.kind === 'note' ? { ...e, text: 'stiff this morning' } : e));
}

/** Stored shape: the kind's own fields, with what the schema requires. */
function dataOf(e: InsightEvent): Record<string, unknown> {
  const { kind, at: _at, ...rest } = e;
  if (kind === 'heat' || kind === 'cold') return { minutes: 15 };
  if (kind === 'ibuprofen') return { mg: 400 };
  if (kind === 'water') return { ml: 250 };
  if (kind === 'stretch') return { stretches: ['knee_to_chest'], holdSeconds: 30 };
  if (kind === 'sleep') {
    const wake = Date.parse(e.at);
    return { bedAt: new Date(wake - 8 * 3_600_000).toISOString(), wakeAt: new Date(wake).toISOString() };
  }
  return rest;
}

/**
 * Nanoseconds this thread has run on a CPU (Linux's /proc/thread-self/schedstat), or undefined elsewhere.
 * process.cpuUsage() counts the whole process, V8's garbage-collector and compiler threads included, so a
 * call could be charged more CPU than the wall time it took (a p99 of 22 ms against a wall p99 of 12 ms).
 */
function threadCpuNs(): bigint | undefined {
  try {
    return BigInt(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0] ?? '');
  } catch {
    return undefined;
  }
}

/**
 * Wall-clock latencies and CPU time per call. On a busy machine (2 cores shared by many processes) a call
 * that is preempted waits with the wall clock running; its CPU time (of the thread that runs it, where the
 * system tells it; else of the process) is what the code itself costs.
 */
function timed(fn: () => unknown, calls: number): { lat: number[]; cpu: number[] } {
  const lat: number[] = [];
  const cpu: number[] = [];
  const cpuNs =
    threadCpuNs() !== undefined
      ? () => threadCpuNs() ?? 0n
      : () => {
          const used = process.cpuUsage();
          return BigInt(used.user + used.system) * 1000n;
        };
  for (let i = 0; i < calls; i++) {
    const c = cpuNs();
    const s = process.hrtime.bigint();
    fn();
    lat.push(nsToMs(process.hrtime.bigint() - s));
    cpu.push(nsToMs(cpuNs() - c));
  }
  return { lat, cpu };
}

async function timedHttp(fn: () => Promise<unknown>, calls: number): Promise<number[]> {
  const lat: number[] = [];
  for (let i = 0; i < calls; i++) {
    const s = process.hrtime.bigint();
    await fn();
    lat.push(nsToMs(process.hrtime.bigint() - s));
  }
  return lat;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function overHttp(events: readonly InsightEvent[]): Promise<{ rows: Row[]; source: string }> {
  const postgres = await startPostgres();
  try {
    const url = await postgres.freshDatabase(`unknot_bench_insight_${process.pid}`);
    const app = await startApp({ DATABASE_URL: url });
    try {
      const s = await signUp(app.baseUrl, 'client', 'insight');
      const me = await call<{ user: { id: string } }>(s, 'GET', '/api/v1/auth/session', undefined, 200);
      // Seeding is not measured: straight into the events table, 1,000 rows a statement.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (let i = 0; i < events.length; i += 1000) {
          const chunk = events.slice(i, i + 1000);
          const values = chunk.map((_, k) => `($${k * 4 + 1}, $${k * 4 + 2}, $${k * 4 + 3}, $${k * 4 + 4})`);
          const params = chunk.flatMap((e) => [randomUUID(), e.kind, e.at, JSON.stringify(dataOf(e))]);
          await client.query(
            `INSERT INTO events (id, user_id, kind, at, data) SELECT v.id::uuid, '${me.user.id}'::uuid, v.kind, v.at::timestamptz, v.data::jsonb FROM (VALUES ${values.join(', ')}) AS v (id, kind, at, data)`,
            params,
          );
        }
      } finally {
        await client.end();
      }
      const from = encodeURIComponent(new Date(Date.now() - 366 * DAY).toISOString());
      const to = encodeURIComponent(new Date().toISOString());
      const get = async (path: string) => {
        const res = await fetch(`${app.baseUrl}${path}`, { headers: s.headers });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        return res.text();
      };
      const paths = {
        insights: `/api/v1/insights?from=${from}&to=${to}`,
        report: '/api/v1/reports/clinician?days=30',
        fhir: '/api/v1/me/fhir',
      };
      for (const p of Object.values(paths)) for (let i = 0; i < 5; i++) await get(p);
      const rows: Row[] = [];
      for (const [name, p] of Object.entries(paths)) {
        const lat = await timedHttp(() => get(p), name === 'fhir' ? 30 : HTTP_CALLS);
        rows.push(row(`HTTP ${name} p50 (PostgreSQL)`, percentile(lat, 50), ms(percentile(lat, 50))));
        rows.push(row(`HTTP ${name} p99 (PostgreSQL)`, percentile(lat, 99), ms(percentile(lat, 99))));
      }
      const report = await get(paths.report);
      rows.push(
        info('report HTML+CSS size', `${(Buffer.byteLength(report) / 1024).toFixed(1)} KB (≤ 30 KB)`),
      );
      return { rows, source: postgres.source };
    } finally {
      await app.stop();
    }
  } finally {
    await postgres.stop();
  }
}

export const insightBench: Bench = {
  name: 'insight',
  title: 'What helps me for a year of diary (~5,000 events), in-process and over HTTP on PostgreSQL',
  async run() {
    const events = yearOfDiary(Date.now() - DAY);
    let sink = 0;
    const once = () => {
      sink += whatHelps(events).remedies.length;
    };
    timed(once, WARMUP);
    const { lat, cpu } = timed(once, CALLS);
    const cpuP50 = percentile(cpu, 50);
    const cpuP99 = percentile(cpu, 99);
    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);
    const http = await overHttp(events);
    return {
      rows: [
        info('events', fmt(events.length), events.length),
        row('in-process p50 per whatHelps', p50, ms(p50)),
        row('in-process p99 per whatHelps', p99, ms(p99), { max: 20, target: '< 20 ms' }),
        row('in-process CPU time p50 per whatHelps', cpuP50, ms(cpuP50)),
        row('in-process CPU time p99 per whatHelps', cpuP99, ms(cpuP99), { max: 20, target: '< 20 ms' }),
        ...http.rows,
      ],
      details: { events: events.length, p50, p99, cpuP50, cpuP99, sink },
      notes: [
        `${WARMUP} warm-up calls, ${CALLS} timed in-process; HTTP one request at a time on ${http.source}`,
      ],
    };
  },
};
