/**
 * The care engine in-process (pure domain code, the floor under every assess): assessments per second over ~1,000 varied check-ins (fast-check's
 * shared arbitrary with a fixed seed, plus the plain fixture), after a warm-up; and p50/p99 per call timed
 * one by one with process.hrtime.bigint. Targets: ≥ 50,000/s, p99 < 0.1 ms.
 */
import fc from 'fast-check';
import { assess, resolveCheckIn } from '../src/domain/assess.ts';
import { CheckInSchema } from '../src/domain/contract/checkin.schema.ts';
import { arbCheckIn } from '../src/domain/triage/checkin.arbitrary.ts';
import { BASE_CHECKIN, makeCheckIn } from '../src/domain/triage/checkin.fixture.ts';
import { type Bench, info, row } from './lib/report.ts';
import { fmt, nsToMs, percentile } from './lib/stats.ts';

const SET_SIZE = 1000;
const WARMUP_MS = 2000;
const THROUGHPUT_MS = 3000;
const TIMED_CALLS = 100_000;

/**
 * ~1,000 varied, schema-valid check-ins: random ones, plus common cases (calm, flagged, busy logs). The
 * arbitrary draws red-flag symptoms so often that most would be emergencies (no plan, the cheap path); as in
 * real use most people have none, 70% keep their history and log but lose their symptoms.
 */
function inputs() {
  const random = fc
    .sample(arbCheckIn, { numRuns: SET_SIZE - 4, seed: 20261126 })
    .map((c, i) => (i % 10 < 7 ? { ...c, symptoms: [] } : c));
  const busy = makeCheckIn({
    history: ['diabetes', 'asthma'],
    log: {
      ibuprofen: [
        { at: '2026-11-26T01:00:00Z', mg: 400 },
        { at: '2026-11-25T15:00:00Z', mg: 400 },
      ],
      creams: [{ at: '2026-11-26T08:00:00Z', ingredient: 'menthol' }],
      cold: [{ at: '2026-11-26T07:00:00Z', minutes: 20 }],
      heat: [],
    },
  });
  return [BASE_CHECKIN, makeCheckIn({ symptoms: ['fever'] }), makeCheckIn({ painScore: 9 }), busy, ...random];
}

export const engineBench: Bench = {
  name: 'engine',
  title: 'Care engine in-process: assess(resolveCheckIn(checkIn))',
  async run() {
    const set = inputs();
    const now = new Date('2026-11-26T09:00:00Z');
    // `at` stays as generated: dropping it would put "now" before some onsets and log entries.
    const parsed = set;
    const n = parsed.length;
    let sink = 0;

    // Warm-up: let the JIT settle on every path.
    let t = Date.now();
    for (let i = 0; Date.now() - t < WARMUP_MS; i++) {
      const a = assess(resolveCheckIn(parsed[i % n] as (typeof parsed)[number], now));
      sink += a.triage.flags.length;
    }

    // Throughput: batches of the whole set, clock read once per batch.
    let calls = 0;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    t = Date.now();
    while (Date.now() - t < THROUGHPUT_MS) {
      for (let i = 0; i < n; i++) {
        const a = assess(resolveCheckIn(parsed[i] as (typeof parsed)[number], now));
        sink += a.triage.flags.length;
      }
      calls += n;
    }
    const seconds = nsToMs(process.hrtime.bigint() - t0) / 1000;
    const perSecond = calls / seconds;
    // CPU time used by this process: the engine's own cost even when other processes share the cores.
    const cpu = process.cpuUsage(cpu0);
    const perCpuSecond = calls / ((cpu.user + cpu.system) / 1e6);

    // Latency: each call timed on its own.
    const lat: number[] = new Array(TIMED_CALLS);
    for (let i = 0; i < TIMED_CALLS; i++) {
      const c = parsed[i % n] as (typeof parsed)[number];
      const s = process.hrtime.bigint();
      const a = assess(resolveCheckIn(c, now));
      lat[i] = nsToMs(process.hrtime.bigint() - s);
      sink += a.triage.flags.length;
    }

    // For comparison: with zod validation at the edge, as the HTTP handler does it.
    const bodies = set.map((c) => JSON.parse(JSON.stringify(c)) as unknown);
    const withParse: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const b = bodies[i % n];
      const s = process.hrtime.bigint();
      const a = assess(resolveCheckIn(CheckInSchema.parse(b), now));
      withParse.push(nsToMs(process.hrtime.bigint() - s));
      sink += a.triage.flags.length;
    }
    // The plan-building path alone (no emergency shortcut): the worst case for throughput.
    const planned = parsed.filter((c) => assess(resolveCheckIn(c, now)).plan !== null);
    let plannedCalls = 0;
    const tp = process.hrtime.bigint();
    t = Date.now();
    while (Date.now() - t < 1000) {
      for (const c of planned) sink += assess(resolveCheckIn(c, now)).triage.flags.length;
      plannedCalls += planned.length;
    }
    const plannedPerSecond = plannedCalls / (nsToMs(process.hrtime.bigint() - tp) / 1000);
    const levels: Record<string, number> = {};
    for (const c of set) {
      const l = assess(c).triage.level;
      levels[l] = (levels[l] ?? 0) + 1;
    }

    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);
    const zp50 = percentile(withParse, 50);
    const zp99 = percentile(withParse, 99);
    return {
      rows: [
        row('assessments/s (1 thread)', perSecond, `${fmt(perSecond)}/s`, {
          min: 50_000,
          target: '≥ 50,000/s',
        }),
        row('assessments per CPU-second', perCpuSecond, `${fmt(perCpuSecond)}/s`),
        row('assessments/s, plan-building only', plannedPerSecond, `${fmt(plannedPerSecond)}/s`),
        row('p50 per call', p50, `${p50.toFixed(4)} ms`),
        row('p99 per call', p99, `${p99.toFixed(4)} ms`, { max: 0.1, target: '< 0.1 ms' }),
        row('max per call', Math.max(...lat), `${Math.max(...lat).toFixed(3)} ms`),
        info('p50 / p99 with zod parse', `${zp50.toFixed(4)} / ${zp99.toFixed(4)} ms`),
      ],
      details: {
        calls,
        seconds,
        perSecond,
        plannedPerSecond,
        p50,
        p99,
        zodP50: zp50,
        zodP99: zp99,
        levels,
        sink,
      },
      notes: [
        `input set: ${n} check-ins (${Object.entries(levels)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}), ${planned.length} get a plan`,
        `warm-up ${WARMUP_MS} ms; throughput over ${THROUGHPUT_MS} ms; ${fmt(TIMED_CALLS)} calls timed singly`,
      ],
    };
  },
};
