/**
 * The therapist's agenda with a long history: one therapist with 500 past visits, each completed with a note
 * and its 24 h and 48 h follow-ups (half answered, a third of the visits shared with the therapist, a quarter
 * reviewed), 50 clients with a check-in each. Measures GET /api/v1/bookings as that therapist, in-process
 * through the whole app (session, queries, JSON), one request at a time: p50 and p99 on PGlite and on
 * PostgreSQL (target p99 < 50 ms on PostgreSQL). Seeding goes straight into the tables and is not measured.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { makeScratch, removeScratch } from '../e2e/support/scratch.ts';
import { createApp } from '../src/server/app.ts';
import { bookingModule } from '../src/server/booking/booking.module.ts';
import { type Database, openPglite, openPostgres } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import {
  copyPgliteTemplate,
  ensurePgliteTemplate,
  PGLITE_TEMPLATE_NAME,
} from '../src/server/db/pglite-template.ts';
import type { DB } from '../src/server/db/schema.ts';
import { startPostgres } from './lib/postgres.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { nsToMs, percentile } from './lib/stats.ts';

const VISITS = 500;
const CLIENTS = 50;
const WARMUP = 20;
const CALLS = 300;
const HOUR = 3_600_000;

const profile = {
  displayName: 'Bench Therapist',
  timeZone: 'Europe/London',
  postcodes: ['SW1'],
  sessionMinutes: [60],
  bufferMinutes: 30,
  minNoticeHours: 2,
  bookingWindowDays: 60,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
};

/** 500 completed visits, two a day going back from yesterday, with notes, follow-ups and some reviews. */
async function seed(db: Kysely<DB>, therapistId: string, now: number): Promise<void> {
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({
    id: randomUUID(),
    email: `bench-client-${i}-${randomUUID()}@example.test`,
    password_hash: 'not-a-login',
    name: `Client ${i}`,
    role: 'client' as const,
  }));
  await db.insertInto('users').values(clients).execute();
  await db
    .insertInto('checkins')
    .values(
      clients.map((c, i) => ({
        id: randomUUID(),
        user_id: c.id,
        at: new Date(now - 400 * 24 * HOUR),
        level: 'self_care' as const,
        check_in: JSON.stringify({ painScore: 3 + (i % 6), area: 'lower' }),
        assessment: JSON.stringify({}),
      })),
    )
    .execute();
  const visits = Array.from({ length: VISITS }, (_, i) => {
    const start = now - 24 * HOUR - i * 12 * HOUR;
    return { id: randomUUID(), client: clients[i % CLIENTS]?.id ?? '', start, end: start + HOUR, i };
  });
  for (let k = 0; k < visits.length; k += 100) {
    const chunk = visits.slice(k, k + 100);
    await db
      .insertInto('bookings')
      .values(
        chunk.map((v) => ({
          id: v.id,
          client_id: v.client,
          therapist_id: therapistId,
          start_at: new Date(v.start),
          end_at: new Date(v.end),
          minutes: 60,
          buffer_minutes: 30,
          status: 'completed',
          completed_at: new Date(v.end),
          share_follow_ups: v.i % 3 === 0,
          address: '1 Bench Street',
          postcode: 'SW1A 1AA',
          notes: null,
          intake: JSON.stringify({ pressure: 'medium', avoidAreas: [] }),
          created_at: new Date(v.start - 48 * HOUR),
        })),
      )
      .execute();
    await db
      .insertInto('visit_notes')
      .values(
        chunk.map((v) => ({
          booking_id: v.id,
          note: JSON.stringify({
            areas: ['lower', 'hips'],
            pressure: 'medium',
            techniques: ['Swedish'],
            observations: 'Tight lower back on the left.',
          }),
          created_at: new Date(v.end),
          updated_at: new Date(v.end),
        })),
      )
      .execute();
    await db
      .insertInto('follow_ups')
      .values(
        chunk.flatMap((v) =>
          [24, 48].map((hours) => {
            const answered = (v.i + hours / 24) % 2 === 0;
            return {
              id: randomUUID(),
              booking_id: v.id,
              client_id: v.client,
              hours,
              due_at: new Date(v.end + hours * HOUR),
              answered_at: answered ? new Date(v.end + (hours + 1) * HOUR) : null,
              answers: answered ? JSON.stringify({ painScore: 3, soreness: 2, symptoms: [] }) : null,
              assessment: answered ? JSON.stringify({ triage: { level: 'self_care' } }) : null,
            };
          }),
        ),
      )
      .execute();
    const reviewed = chunk.filter((v) => v.i % 4 === 0);
    if (reviewed.length > 0)
      await db
        .insertInto('visit_reviews')
        .values(
          reviewed.map((v) => ({
            booking_id: v.id,
            stars: 4,
            text: 'Good',
            created_at: new Date(v.end + 50 * HOUR),
          })),
        )
        .execute();
  }
}

/** The app on `database` and a signed-in therapist (their cookie) with the seeded history. */
export async function prepare(database: Database) {
  const now = Date.now();
  const app = createApp({
    db: database.db,
    clock: () => new Date(),
    config: { webDir: '/nonexistent-unknot-web' },
    modules: [bookingModule({ smtpUrl: undefined })],
  });
  const json = (method: string, path: string, body?: unknown, cookie?: string) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const signup = await json('POST', '/api/v1/auth/signup', {
    email: `bench-therapist-${randomUUID()}@example.test`,
    password: 'correct horse battery',
    name: 'Bench Therapist',
    role: 'therapist',
  });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}`);
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const therapistId = ((await signup.json()) as { user: { id: string } }).user.id;
  const put = await json('PUT', '/api/v1/therapists/me', profile, cookie);
  if (put.status !== 200) throw new Error(`profile answered ${put.status}`);
  await seed(database.db, therapistId, now);
  return { app, cookie, therapistId };
}

async function measure(
  database: Database,
): Promise<{ p50: number; p99: number; cpuP50: number; cpuP99: number; listed: number; bytes: number }> {
  const { app, cookie } = await prepare(database);
  let listed = 0;
  let bytes = 0;
  const once = async () => {
    const res = await app.request('/api/v1/bookings', { headers: { cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET /bookings answered ${res.status}`);
    bytes = text.length;
    listed = (JSON.parse(text) as unknown[]).length;
  };
  for (let i = 0; i < WARMUP; i++) await once();
  // Wall time, and this process's CPU time per request: on a busy machine (2 cores shared by many processes)
  // a preempted request waits with the wall clock running; its CPU time is what the code itself costs.
  const lat: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const c = process.cpuUsage();
    const s = process.hrtime.bigint();
    await once();
    lat.push(nsToMs(process.hrtime.bigint() - s));
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
    listed,
    bytes,
  };
}

async function onPglite() {
  const template = join(tmpdir(), PGLITE_TEMPLATE_NAME);
  await ensurePgliteTemplate(template);
  const dir = makeScratch('unknot-bench-agenda-');
  try {
    copyPgliteTemplate(template, dir);
    const database = await openPglite(dir);
    try {
      await migrateToLatest(database.db);
      return await measure(database);
    } finally {
      await database.close();
    }
  } finally {
    removeScratch(dir);
  }
}

async function onPostgres() {
  const postgres = await startPostgres();
  try {
    const url = await postgres.freshDatabase(`unknot_bench_agenda_${process.pid}`);
    const database = openPostgres(url);
    try {
      await migrateToLatest(database.db);
      return { ...(await measure(database)), source: postgres.source };
    } finally {
      await database.close();
    }
  } finally {
    await postgres.stop();
  }
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

export const agendaBench: Bench = {
  name: 'agenda',
  title:
    'The therapist’s GET /api/v1/bookings with 500 completed visits and their follow-ups, PGlite and PostgreSQL',
  async run() {
    const lite = await onPglite();
    const pgsql = await onPostgres();
    const rows: Row[] = [
      info('visits listed', String(pgsql.listed), pgsql.listed),
      info('response size', `${(pgsql.bytes / 1024).toFixed(0)} KB`, pgsql.bytes),
      row('p50 (PGlite)', lite.p50, ms(lite.p50)),
      row('p99 (PGlite)', lite.p99, ms(lite.p99)),
      row('p50 (PostgreSQL)', pgsql.p50, ms(pgsql.p50)),
      row('p99 (PostgreSQL)', pgsql.p99, ms(pgsql.p99), { max: 50, target: '< 50 ms' }),
      row('app CPU per request p50 (PGlite, database included)', lite.cpuP50, ms(lite.cpuP50)),
      row('app CPU per request p99 (PGlite, database included)', lite.cpuP99, ms(lite.cpuP99)),
      row('app CPU per request p50 (PostgreSQL, server not included)', pgsql.cpuP50, ms(pgsql.cpuP50)),
      row('app CPU per request p99 (PostgreSQL, server not included)', pgsql.cpuP99, ms(pgsql.cpuP99)),
    ];
    return {
      rows,
      details: { lite, postgres: pgsql },
      notes: [
        `${WARMUP} warm-up requests, then ${CALLS} one at a time in-process (app.request: session, queries, JSON)`,
        `PostgreSQL: ${pgsql.source}`,
      ],
    };
  },
};
