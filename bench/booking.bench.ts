/**
 * Booking writes over HTTP (throughput and tail latency of the one write that must never double-book): demo
 * mode (UNKNOT_DEMO=1 seeds three therapists), a client with a calm check-in (a booking needs one from the
 * last 24 h), then every free, mutually non-overlapping 60-minute slot of the demo therapists (buffers
 * respected) is booked once: autocannon, 50 connections, each request takes the next slot (round-robin over
 * therapists) with its own Idempotency-Key. Requests/s, p99 and the server's CPU per booking on PGlite and on
 * PostgreSQL in the same run; a 409 (slot taken) counts separately.
 *
 * One therapist's bookings are written one after another by design (their lock), so with three therapists
 * at most three writes proceed at once, and the others hold their database connections while they wait. The
 * "many therapists" rows show the parallel case the target is set on: 50 more therapists (signed up and given
 * a profile through the API, all serving the London postcode) and the same 50 connections spread over them,
 * so concurrent requests almost never share a therapist.
 */
import { randomUUID } from 'node:crypto';
import { call, calmCheckIn, type Session, signUp } from './lib/api.ts';
import { startApp } from './lib/app-server.ts';
import { codes, type LoadFigures, load } from './lib/load.ts';
import { startPostgres } from './lib/postgres.ts';
import { cpuMs, rssBytes } from './lib/proc.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { fmt, mb } from './lib/stats.ts';

const DAY = 86_400_000;
/** Therapists of the parallel variant, one per connection. */
const MANY = 50;
/** Slots booked per therapist in the parallel variant (50 × 40 = 2,000 requests). */
const SLOTS_EACH = 60;
/** The share of each run's bodies booked first as a warm-up and not counted. */
const WARM_UP_SHARE = 0.2;
const MIN = 60_000;
/** A postcode each demo therapist serves, by time zone (from the demo seed). */
const POSTCODE_BY_ZONE: Record<string, string> = {
  'Europe/London': 'SW1A 1AA',
  'America/New_York': '10001',
  'Australia/Sydney': '2000',
};

interface Therapist {
  id: string;
  displayName: string;
  timeZone?: string;
  bufferMinutes?: number;
}

interface BackendFigures {
  backend: string;
  therapists: number;
  slots: number;
  perTherapist: Record<string, number>;
  write: LoadFigures;
  conflicts: number;
  /** Server CPU (user + system) per request of the load run. */
  cpuMsPerBooking: number;
  /** The PostgreSQL cluster's CPU per request of the load run (NaN on PGlite, or a server not the bench's). */
  dbCpuMsPerBooking: number;
  rssAfter: number;
}

/** A therapist's weekly hours as the profile API takes them: weekdays 08:00-20:00, Saturday 09:00-16:00. */
const BENCH_WEEK = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
  { weekday: 6, start: '09:00', end: '16:00' },
];

/** Signs up `n` therapists who all serve the London demo postcode, as a therapist would, through the API. */
async function addTherapists(baseUrl: string, n: number): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t = await signUp(baseUrl, 'therapist', `therapist${i}`);
      await call(
        t,
        'PUT',
        '/api/v1/therapists/me',
        {
          displayName: `Bench Therapist ${i}`,
          bio: 'Bench therapist.',
          timeZone: 'Europe/London',
          postcodes: ['SW1'],
          sessionMinutes: [60],
          prices: [{ minutes: 60, amount: 6500, currency: 'GBP' }],
          qualifications: [],
          country: 'GB',
          lateCancelPercent: 50,
          bufferMinutes: 30,
          minNoticeHours: 2,
          bookingWindowDays: 60,
          cancelFreeHours: 24,
          weekly: BENCH_WEEK,
          exceptions: [],
        },
        200,
      );
    }),
  );
}

/** Free 60-minute starts for one therapist, thinned so no two chosen visits are within 60 minutes. */
async function distinctSlots(s: Session, t: Therapist): Promise<string[]> {
  const from = new Date(Date.now() + 3 * 3_600_000);
  const to = new Date(from.getTime() + 90 * DAY);
  const q = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&minutes=60`;
  const slots = await call<{ start: string; end: string }[]>(
    s,
    'GET',
    `/api/v1/therapists/${t.id}/slots?${q}`,
    undefined,
    200,
  );
  const gap = Math.max(60, t.bufferMinutes ?? 60) * MIN;
  const out: string[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const slot of slots) {
    if (Date.parse(slot.start) >= lastEnd + gap) {
      out.push(slot.start);
      lastEnd = Date.parse(slot.end);
    }
  }
  return out;
}

/**
 * One load run: the 3 demo therapists' every distinct slot (`many` false), or {@link SLOTS_EACH} slots of
 * each of {@link MANY} added therapists (`many` true).
 */
async function measure(
  backend: string,
  env: Record<string, string>,
  many = false,
  dbCpuMs: () => number = () => Number.NaN,
): Promise<BackendFigures> {
  const app = await startApp({ UNKNOT_DEMO: '1', ...env });
  try {
    const client = await signUp(app.baseUrl, 'client', 'booker');
    await call(client, 'POST', '/api/v1/checkins', calmCheckIn(), 201);
    if (many) await addTherapists(app.baseUrl, MANY);
    const listed = await call<Therapist[]>(client, 'GET', '/api/v1/therapists', undefined, 200);
    if (listed.length === 0) throw new Error('demo mode seeded no therapists');
    const therapists = many ? listed.filter((t) => t.displayName.startsWith('Bench Therapist')) : listed;
    const lists = await Promise.all(
      therapists.map(async (t) => {
        const profile = await call<Therapist>(client, 'GET', `/api/v1/therapists/${t.id}`, undefined, 200);
        const zone = profile.timeZone ?? '';
        return {
          t: { ...t, ...profile },
          postcode: POSTCODE_BY_ZONE[zone] ?? '',
          starts: (await distinctSlots(client, { ...t, ...profile })).slice(0, many ? SLOTS_EACH : undefined),
        };
      }),
    );
    // Round-robin over therapists so concurrent requests mix them.
    const bodies: string[] = [];
    for (let i = 0; lists.some((l) => i < l.starts.length); i++) {
      for (const l of lists) {
        const start = l.starts[i];
        if (start === undefined) continue;
        bodies.push(
          JSON.stringify({
            therapistId: l.t.id,
            start,
            minutes: 60,
            address: '1 Bench Street',
            postcode: l.postcode,
            notes: 'bench',
          }),
        );
      }
    }
    // Warm-up, not counted: the first WARM_UP_SHARE of the bodies (round-robin, so every therapist's), so the
    // figures describe a running server rather than its first second (JIT, the pool opening its connections).
    const warmUp = bodies.splice(0, Math.floor(bodies.length * WARM_UP_SHARE));
    await book(app.baseUrl, client.headers, warmUp);
    const cpuBefore = cpuMs(app.servingPid);
    const dbBefore = dbCpuMs();
    const write = await book(app.baseUrl, client.headers, bodies);
    const cpuAfter = cpuMs(app.servingPid);
    const dbAfter = dbCpuMs();
    const perTherapist = Object.fromEntries(lists.map((l) => [l.t.displayName, l.starts.length]));
    return {
      backend,
      therapists: lists.length,
      slots: bodies.length,
      perTherapist,
      write,
      conflicts: write.statusCodes['409'] ?? 0,
      cpuMsPerBooking: (cpuAfter - cpuBefore) / Math.max(1, write.total),
      dbCpuMsPerBooking: (dbAfter - dbBefore) / Math.max(1, write.total),
      rssAfter: rssBytes(app.servingPid),
    };
  } finally {
    await app.stop();
  }
}

/** 50 connections post each body once, each with its own Idempotency-Key. */
function book(url: string, headers: Record<string, string>, bodies: readonly string[]): Promise<LoadFigures> {
  let next = 0;
  return load({
    url,
    amount: bodies.length,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/bookings',
        headers,
        setupRequest: (req) => ({
          ...req,
          body: bodies[next++ % bodies.length],
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  });
}

/** The 3 demo therapists' rows keep their names; the parallel variant's say "many therapists". */
function rows(f: BackendFigures, many = false): Row[] {
  const b = many ? `${f.backend}, ${f.therapists} therapists` : f.backend;
  // The target is PostgreSQL's with writers side by side (the "many therapists" rows). With the 3 demo
  // therapists at most three writes can run at once, by design (each therapist's lock), so those rows, and
  // PGlite's (one embedded session), are figures only.
  const pg = f.backend === 'PostgreSQL' && many;
  return [
    row(
      `${b}: bookings/s (201)`,
      f.write.okRps,
      `${fmt(f.write.okRps)}/s`,
      pg ? { min: 500, target: '≥ 500/s' } : undefined,
    ),
    row(`${b}: p99`, f.write.p99Ms, `${f.write.p99Ms} ms`, pg ? { max: 200, target: '< 200 ms' } : undefined),
    row(`${b}: p50`, f.write.p50Ms, `${f.write.p50Ms} ms`),
    row(`${b}: 409 (slot taken)`, f.conflicts, String(f.conflicts)),
    row(`${b}: server CPU per booking`, f.cpuMsPerBooking, `${fmt(f.cpuMsPerBooking, 2)} ms`),
    ...(Number.isNaN(f.dbCpuMsPerBooking)
      ? []
      : [row(`${b}: database CPU per booking`, f.dbCpuMsPerBooking, `${fmt(f.dbCpuMsPerBooking, 2)} ms`)]),
    info(`${b}: responses`, `${codes(f.write)} of ${f.slots} distinct slots`),
    row(`${b}: server RSS after`, f.rssAfter, mb(f.rssAfter)),
  ];
}

export const bookingBench: Bench = {
  name: 'booking',
  title: 'Booking writes over HTTP on distinct slots, PGlite and PostgreSQL',
  async run() {
    const pglite = await measure('PGlite', {});
    const pgliteMany = await measure('PGlite', {}, true);
    const pg = await startPostgres();
    let postgres: BackendFigures;
    let postgresMany: BackendFigures;
    try {
      const dbCpu = () => pg.cpuMs();
      postgres = await measure(
        'PostgreSQL',
        { DATABASE_URL: await pg.freshDatabase('unknot_bench_booking') },
        false,
        dbCpu,
      );
      postgresMany = await measure(
        'PostgreSQL',
        { DATABASE_URL: await pg.freshDatabase('unknot_bench_booking_many') },
        true,
        dbCpu,
      );
    } finally {
      await pg.stop();
    }
    return {
      rows: [...rows(pglite), ...rows(postgres), ...rows(pgliteMany, true), ...rows(postgresMany, true)],
      details: { pglite, postgres, pgliteMany, postgresMany, postgresSource: pg.source },
      notes: [
        `50 connections; one request per distinct slot (${Object.entries(pglite.perTherapist)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); each with a new Idempotency-Key`,
        `"${MANY} therapists": ${SLOTS_EACH} slots of each of ${MANY} therapists added through the API, round-robin, so the 50 connections rarely wait for one therapist's lock`,
        `the first ${WARM_UP_SHARE * 100} % of each run's slots are booked first as a warm-up and not counted (figures and 409s are of the rest)`,
        'target (PostgreSQL, distinct slots, writers side by side: the "50 therapists" rows): ≥ 500 bookings/s, p99 < 200 ms; the 3 demo therapists take one write each at a time (their lock), so their rows and PGlite\'s are figures only',
        'server CPU per booking: the serving process only; database CPU per booking: every process of the throwaway PostgreSQL cluster (not shown for a DATABASE_URL); on a shared machine both move less than bookings/s',
        `PostgreSQL: ${pg.source}`,
      ],
    };
  },
};
