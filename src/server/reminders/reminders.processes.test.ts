import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { freshPostgres, type ServerProcess, startServer } from '../jobs/process-harness.ts';
import { decryptPush, TestPushService, type TestSubscription } from '../push/test-push-service.ts';

// Reminders across real server processes: one that fell due while the server was stopped is sent once (or
// collapsed) after the restart; two processes on one PostgreSQL send each of 1,000 reminders due in the same
// minute once.
const adminUrl = process.env.DATABASE_URL;
const push = new TestPushService();
const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
let env: Record<string, string> = {};

beforeAll(async () => {
  const origin = await push.listen();
  env = {
    UNKNOT_PUSH_TEST_ENDPOINTS: `${origin}/`,
    UNKNOT_PUSH_TEST_CA: push.cert.cert,
    UNKNOT_JOB_INTERVAL_MS: '200',
  };
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const c of cleanups) await c();
  await push.close();
});

async function api<T>(
  s: ServerProcess,
  method: string,
  path: string,
  body?: unknown,
  cookie = '',
): Promise<{ status: number; body: T; cookie: string }> {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : null) as T,
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
  };
}

/** Sign up, turn the kinds on (no quiet hours) and subscribe a browser. */
async function person(s: ServerProcess, sub: TestSubscription): Promise<{ id: string; cookie: string }> {
  const up = await api<{ user: { id: string } }>(s, 'POST', '/api/v1/auth/signup', {
    email: `p-${Math.random().toString(36).slice(2)}@example.test`,
    password: 'correct horse battery',
    name: 'P',
    role: 'client',
  });
  expect(up.status).toBe(201);
  const settings = await api(
    s,
    'PUT',
    '/api/v1/reminders/settings',
    {
      timeZone: 'UTC',
      quietHours: null,
      nextDose: true,
      followUps: true,
      visits: true,
      bedtime: null,
      stretchBreaks: null,
      heatOff: true,
    },
    up.cookie,
  );
  expect(settings.status).toBe(200);
  expect(
    (
      await api(
        s,
        'POST',
        '/api/v1/push/subscriptions',
        { endpoint: sub.endpoint, keys: sub.keys },
        up.cookie,
      )
    ).status,
  ).toBe(201);
  return { id: up.body.user.id, cookie: up.cookie };
}

const row = (
  userId: string,
  kind: 'followUp' | 'heatOff',
  key: string,
  dueMs: number,
  expiresMs: number | null,
) => ({
  user_id: userId,
  kind,
  dedupe_key: key,
  due_at: new Date(dueMs),
  run_at: new Date(dueMs),
  expires_at: expiresMs === null ? null : new Date(expiresMs),
  payload: JSON.stringify({ title: key, body: 'b', url: '/#/checkin', action: 'Start check-in' }),
});

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a reminder due while the server was stopped', () => {
  it('is sent once after the restart if still useful, else collapsed', { timeout: 120_000 }, async () => {
    let serverEnv: Record<string, string>;
    let open: () => Promise<{ db: Kysely<DB>; close(): Promise<void> }>;
    if (adminUrl) {
      const database = await freshPostgres(adminUrl);
      cleanups.push(() => database.drop());
      serverEnv = { ...env, DATABASE_URL: database.url };
      open = () => openDatabase({ dataDir: '', databaseUrl: database.url });
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'unknot-rem-proc-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      serverEnv = { ...env, UNKNOT_DATA_DIR: join(dir, 'data') };
      open = () => openDatabase({ dataDir: join(dir, 'data'), databaseUrl: undefined });
    }
    const first = await startServer(serverEnv);
    const sub = push.subscription('restart');
    const p = await person(first, sub);
    await first.stop();

    // While it is down, two reminders fall due: a follow-up still useful, a heat-off long stale.
    const now = Date.now();
    const down = await open();
    await down.db
      .insertInto('reminders')
      .values([
        row(p.id, 'followUp', 'restart-follow-up', now - 10 * 60_000, now + 3_600_000),
        row(p.id, 'heatOff', 'restart-heat-off', now - 70 * 60_000, now - 60 * 60_000),
      ])
      .execute();
    await down.close();

    const second = await startServer(serverEnv);
    servers.push(second);
    const statuses = async () =>
      (
        await api<{ items: { kind: string; status: string }[] }>(
          second,
          'GET',
          '/api/v1/reminders',
          undefined,
          p.cookie,
        )
      ).body.items;
    await until(async () => (await statuses()).every((r) => r.status !== 'scheduled'), 30_000);
    // Several more polls: nothing is sent again.
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await statuses()).map((r) => [r.kind, r.status]).sort()).toEqual([
      ['followUp', 'sent'],
      ['heatOff', 'collapsed'],
    ]);
    expect(push.rejected).toEqual([]);
    const mine = push.received.filter((m) => m.path === new URL(sub.endpoint).pathname);
    expect(mine).toHaveLength(1);
    expect(JSON.parse(decryptPush(mine[0] ?? ({} as never), sub)).kind).toBe('followUp');
    await second.stop();
  });
});

describe.skipIf(!adminUrl)('two server processes on one PostgreSQL', () => {
  it('send each of 1,000 reminders due in the same minute once', { timeout: 180_000 }, async () => {
    const database = await freshPostgres(adminUrl ?? '');
    cleanups.push(() => database.drop());
    const serverEnv = { ...env, DATABASE_URL: database.url };
    const a = await startServer(serverEnv);
    servers.push(a);
    const b = await startServer(serverEnv);
    servers.push(b);
    const subs = Array.from({ length: 10 }, (_, i) => push.subscription(`two-${i}`));
    const people: { id: string; cookie: string }[] = [];
    for (const [i, sub] of subs.entries()) people.push(await person(i % 2 ? a : b, sub));
    const before = push.received.length;

    const { db, close } = await openDatabase({ dataDir: '', databaseUrl: database.url });
    const due = Date.now() + 3_000;
    await db
      .insertInto('reminders')
      .values(
        Array.from({ length: 1000 }, (_, i) =>
          row(people[i % 10]?.id ?? '', 'followUp', `bulk-${i}`, due + (i % 60) * 50, due + 3_600_000),
        ),
      )
      .execute();
    const pending = async () =>
      Number(
        (
          await db
            .selectFrom('reminders')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('status', '=', 'scheduled')
            .executeTakeFirstOrThrow()
        ).n,
      );
    await until(async () => (await pending()) === 0, 120_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const rows = await db.selectFrom('reminders').select(['status', 'attempts']).execute();
    await close();
    expect(push.rejected).toEqual([]);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(1000);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);

    // Each reminder reached its person's browser exactly once (decrypted with that browser's key).
    const counts = new Map<string, number>();
    for (const m of push.received.slice(before)) {
      const sub = subs.find((s) => new URL(s.endpoint).pathname === m.path);
      if (!sub) continue;
      const { reminderId } = JSON.parse(decryptPush(m, sub)) as { reminderId: string };
      counts.set(reminderId, (counts.get(reminderId) ?? 0) + 1);
    }
    expect(counts.size).toBe(1000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
