/**
 * Booking writes over HTTP (throughput and tail latency of the one write that must never double-book): demo mode (UNKNOT_DEMO=1 seeds three therapists), a client with a calm
 * check-in (a booking needs one from the last 24 h), then every free, mutually non-overlapping 60-minute slot
 * of the demo therapists (buffers respected) is booked once: autocannon, 50 connections, each request takes
 * the next slot (round-robin over therapists) with its own Idempotency-Key. Requests/s and p99 on PGlite and
 * on PostgreSQL in the same run; a 409 (slot taken) counts separately.
 */
import { randomUUID } from 'node:crypto';
import { call, calmCheckIn, type Session, signUp } from './lib/api.ts';
import { startApp } from './lib/app-server.ts';
import { codes, type LoadFigures, load } from './lib/load.ts';
import { startPostgres } from './lib/postgres.ts';
import { rssBytes } from './lib/proc.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { fmt, mb } from './lib/stats.ts';

const DAY = 86_400_000;
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
  slots: number;
  perTherapist: Record<string, number>;
  write: LoadFigures;
  conflicts: number;
  rssAfter: number;
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

async function measure(backend: string, env: Record<string, string>): Promise<BackendFigures> {
  const app = await startApp({ UNKNOT_DEMO: '1', ...env });
  try {
    const client = await signUp(app.baseUrl, 'client', 'booker');
    await call(client, 'POST', '/api/v1/checkins', calmCheckIn(), 201);
    const therapists = await call<Therapist[]>(client, 'GET', '/api/v1/therapists', undefined, 200);
    if (therapists.length === 0) throw new Error('demo mode seeded no therapists');
    const lists = await Promise.all(
      therapists.map(async (t) => {
        const profile = await call<Therapist>(client, 'GET', `/api/v1/therapists/${t.id}`, undefined, 200);
        const zone = profile.timeZone ?? '';
        return {
          t: { ...t, ...profile },
          postcode: POSTCODE_BY_ZONE[zone] ?? '',
          starts: await distinctSlots(client, { ...t, ...profile }),
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
    let next = 0;
    const write = await load({
      url: app.baseUrl,
      amount: bodies.length,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/bookings',
          headers: client.headers,
          setupRequest: (req) => ({
            ...req,
            body: bodies[next++ % bodies.length],
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
          }),
        },
      ],
    });
    const perTherapist = Object.fromEntries(lists.map((l) => [l.t.displayName, l.starts.length]));
    return {
      backend,
      slots: bodies.length,
      perTherapist,
      write,
      conflicts: write.statusCodes['409'] ?? 0,
      rssAfter: rssBytes(app.servingPid),
    };
  } finally {
    await app.stop();
  }
}

function rows(f: BackendFigures): Row[] {
  const b = f.backend;
  return [
    row(`${b}: bookings/s (201)`, f.write.okRps, `${fmt(f.write.okRps)}/s`),
    row(`${b}: p99`, f.write.p99Ms, `${f.write.p99Ms} ms`),
    row(`${b}: p50`, f.write.p50Ms, `${f.write.p50Ms} ms`),
    row(`${b}: 409 (slot taken)`, f.conflicts, String(f.conflicts)),
    info(`${b}: responses`, `${codes(f.write)} of ${f.slots} distinct slots`),
    row(`${b}: server RSS after`, f.rssAfter, mb(f.rssAfter)),
  ];
}

export const bookingBench: Bench = {
  name: 'booking',
  title: 'Booking writes over HTTP on distinct slots, PGlite and PostgreSQL',
  async run() {
    const pglite = await measure('PGlite', {});
    const pg = await startPostgres();
    let postgres: BackendFigures;
    try {
      postgres = await measure('PostgreSQL', {
        DATABASE_URL: await pg.freshDatabase('unknot_bench_booking'),
      });
    } finally {
      await pg.stop();
    }
    return {
      rows: [...rows(pglite), ...rows(postgres)],
      details: { pglite, postgres, postgresSource: pg.source },
      notes: [
        `50 connections; one request per distinct slot (${Object.entries(pglite.perTherapist)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); each with a new Idempotency-Key`,
        'no target in the issue: figures only',
        `PostgreSQL: ${pg.source}`,
      ],
    };
  },
};
