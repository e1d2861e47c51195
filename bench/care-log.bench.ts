/**
 * The care log over HTTP (the busiest personal write): one signed-up user logs events (authenticated POST /api/v1/events with
 * the cookie, same-origin headers and a fresh Idempotency-Key per request, as the web app's outbox sends
 * them), then another user with 30 days of history (10 events a day) lists the last 30 days
 * (GET /api/v1/events?from=…). autocannon, 50 connections, 10 s each, on PGlite and on PostgreSQL in the same
 * run; the server's RSS after the runs. Targets: PostgreSQL ≥ 2,000 writes/s with p99 < 50 ms; PGlite ≥ 500
 * writes/s.
 */
import { randomUUID } from 'node:crypto';
import { call, type Session, signUp } from './lib/api.ts';
import { startApp } from './lib/app-server.ts';
import { codes, type LoadFigures, load } from './lib/load.ts';
import { startPostgres } from './lib/postgres.ts';
import { rssBytes } from './lib/proc.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { fmt, mb } from './lib/stats.ts';

const DAY = 86_400_000;
const KINDS = [
  (at: string) => ({ kind: 'pain', at, score: 5 }),
  (at: string) => ({ kind: 'water', at, ml: 250 }),
  (at: string) => ({ kind: 'heat', at, minutes: 15 }),
  (at: string) => ({ kind: 'stretch', at, stretches: ['knee_to_chest'], holdSeconds: 30 }),
  (at: string) => ({ kind: 'exercise', at, activity: 'walk', minutes: 10 }),
];

interface BackendFigures {
  backend: string;
  write: LoadFigures;
  list: LoadFigures;
  listItems: number;
  rssAfter: number;
}

async function seedHistory(s: Session): Promise<void> {
  const now = Date.now();
  const bodies = Array.from({ length: 300 }, (_, i) => {
    const make = KINDS[i % KINDS.length] ?? KINDS[0];
    return make?.(new Date(now - (i / 10) * DAY - 60_000).toISOString());
  });
  // A few at a time: seeding is not what is measured.
  for (let i = 0; i < bodies.length; i += 10) {
    await Promise.all(bodies.slice(i, i + 10).map((b) => call(s, 'POST', '/api/v1/events', b, 201)));
  }
}

async function measure(backend: string, env: Record<string, string>): Promise<BackendFigures> {
  const app = await startApp(env);
  try {
    const writer = await signUp(app.baseUrl, 'client', 'writer');
    const reader = await signUp(app.baseUrl, 'client', 'reader');
    await seedHistory(reader);
    const eventBody = JSON.stringify({ kind: 'pain', at: new Date().toISOString(), score: 6, area: 'lower' });
    await call(writer, 'POST', '/api/v1/events', JSON.parse(eventBody), 201);

    const write = await load({
      url: app.baseUrl,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/events',
          headers: writer.headers,
          body: eventBody,
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }),
        },
      ],
    });

    const from = encodeURIComponent(new Date(Date.now() - 30 * DAY).toISOString());
    const path = `/api/v1/events?from=${from}`;
    const sample = await call<{ items: unknown[] }>(reader, 'GET', path, undefined, 200);
    const list = await load({ url: `${app.baseUrl}${path}`, method: 'GET', headers: reader.headers });
    return { backend, write, list, listItems: sample.items.length, rssAfter: rssBytes(app.servingPid) };
  } finally {
    await app.stop();
  }
}

function rows(f: BackendFigures, writeTarget: { min: number; target: string }, p99Target?: number): Row[] {
  const b = f.backend;
  return [
    row(`${b}: POST /events writes/s (201)`, f.write.okRps, `${fmt(f.write.okRps)}/s`, writeTarget),
    row(
      `${b}: POST /events p99`,
      f.write.p99Ms,
      `${f.write.p99Ms} ms`,
      p99Target === undefined ? undefined : { max: p99Target, target: `< ${p99Target} ms` },
    ),
    row(`${b}: GET /events 30 days req/s`, f.list.okRps, `${fmt(f.list.okRps)}/s`),
    row(`${b}: GET /events p99`, f.list.p99Ms, `${f.list.p99Ms} ms`),
    row(`${b}: server RSS after the runs`, f.rssAfter, mb(f.rssAfter)),
    info(`${b}: responses (POST | GET)`, `${codes(f.write)} | ${codes(f.list)}`),
  ];
}

export const careLogBench: Bench = {
  name: 'care-log',
  title: 'Care log over HTTP: authenticated writes and 30-day lists, PGlite and PostgreSQL',
  async run() {
    const pglite = await measure('PGlite', {});
    const pg = await startPostgres();
    let postgres: BackendFigures;
    try {
      postgres = await measure('PostgreSQL', { DATABASE_URL: await pg.freshDatabase('unknot_bench_care') });
    } finally {
      await pg.stop();
    }
    return {
      rows: [
        ...rows(pglite, { min: 500, target: '≥ 500/s' }),
        ...rows(postgres, { min: 2000, target: '≥ 2,000/s' }, 50),
      ],
      details: { pglite, postgres, postgresSource: pg.source },
      notes: [
        'autocannon 50 connections × 10 s per endpoint; each POST carries a new Idempotency-Key',
        `GET lists the reader's last 30 days: 300 events seeded, first page holds ${pglite.listItems} (PGlite) / ${postgres.listItems} (PostgreSQL)`,
        `PostgreSQL: ${pg.source}`,
      ],
    };
  },
};
