import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two real server processes (`node bin/start.mjs`) on ONE PostgreSQL database, as production runs them
 * (contract v2 "Production behaviour"): clients racing for one slot and for overlapping ranges get exactly
 * one 201 per free range and 409 for the rest, never a 5xx; concurrent replays of one Idempotency-Key all get
 * the first answer. Needs PostgreSQL: skipped without DATABASE_URL (PGlite is one process by design, and a
 * data-dir lock keeps a second one out).
 */
const DATABASE_URL = process.env.DATABASE_URL;
const root = join(import.meta.dirname, '..', '..', '..');
const children: ChildProcess[] = [];
const HOUR = 3_600_000;
const CLIENTS = 200;

interface Server {
  url: string;
  child: ChildProcess;
}

function start(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['bin/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      UNKNOT_SKIP_BUILD: '1',
      UNKNOT_ACCESS_LOG: '0',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Unknot listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

interface Client {
  cookie: string;
}

interface Answer {
  status: number;
  text: string;
  ms: number;
}

async function send(url: string, path: string, body: unknown, who: Client | undefined, key?: string) {
  const t0 = performance.now();
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(who ? { cookie: who.cookie } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer: Answer & { res: Response } = { status: res.status, text: await res.text(), ms: 0, res };
  answer.ms = performance.now() - t0;
  return answer;
}

async function signUp(url: string, role: 'client' | 'therapist'): Promise<Client> {
  const email = `race.${randomUUID()}@example.test`;
  const body = {
    email,
    password: `Race-${randomBytes(9).toString('base64url')}!`,
    name: `Racer ${role}`,
    role,
  };
  const a = await send(url, '/api/v1/auth/signup', body, undefined);
  if (a.status !== 201) throw new Error(`signup ${a.status} ${a.text}`);
  return { cookie: (a.res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Runs `fn` over `items` with at most `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T, i);
      }
    }),
  );
  return out;
}

const tally = (answers: readonly Answer[]) =>
  answers.reduce<Record<number, number>>((acc, a) => {
    acc[a.status] = (acc[a.status] ?? 0) + 1;
    return acc;
  }, {});

const p99 = (answers: readonly Answer[]) => {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  return Math.round(ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))] ?? 0);
};

describe.skipIf(!DATABASE_URL)('two server processes on one PostgreSQL (needs DATABASE_URL)', () => {
  const name = `unknot_two_${randomBytes(5).toString('hex')}`;
  let servers: [Server, Server];
  let therapistId: string;
  let clients: Client[];
  const day = new Date(Date.now() + 2 * 24 * HOUR);
  day.setUTCHours(8, 0, 0, 0);
  const at = (minutes: number) => new Date(day.getTime() + minutes * 60_000).toISOString();
  const body = (start: string) => ({
    therapistId,
    start,
    minutes: 60,
    address: '1 Race Street',
    postcode: 'SW1A 1AA',
  });
  const serverOf = (i: number) => servers[i % 2]?.url ?? '';

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(DATABASE_URL ?? '');
    u.pathname = `/${name}`;
    // One after the other: the first migrates and bundles, the second finds both done.
    const a = await start(u.toString());
    servers = [a, await start(u.toString())];

    const therapist = await signUp(a.url, 'therapist');
    const res = await fetch(`${a.url}/api/v1/therapists/me`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: therapist.cookie },
      body: JSON.stringify({
        displayName: 'Race Therapist',
        timeZone: 'UTC',
        postcodes: ['SW1'],
        sessionMinutes: [60],
        bufferMinutes: 0,
        minNoticeHours: 0,
        bookingWindowDays: 30,
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      }),
    });
    const profile = (await res.json()) as { id: string };
    therapistId = profile.id;
    clients = await pool(Array.from({ length: CLIENTS }), 8, async (_, i) => {
      const c = await signUp(serverOf(i), 'client');
      const checkIn = {
        painScore: 3,
        area: 'lower',
        onsetAt: new Date(Date.now() - 30 * HOUR).toISOString(),
        age: 40,
      };
      const made = await send(serverOf(i + 1), '/api/v1/checkins', checkIn, c);
      if (made.status !== 201) throw new Error(`check-in ${made.status} ${made.text}`);
      return c;
    });
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('lets exactly one of 200 clients win one slot, the rest 409, never 5xx', async () => {
    const answers = await Promise.all(
      clients.map((c, i) => send(serverOf(i), '/api/v1/bookings', body(at(0)), c, randomUUID())),
    );
    expect(tally(answers)).toEqual({ 201: 1, 409: CLIENTS - 1 });
    console.info(`one slot, ${CLIENTS} clients on 2 processes: p99 ${p99(answers)} ms`);
  }, 60_000);

  it('gives exactly one 201 per free range when 200 clients race for overlapping ranges', async () => {
    // Five groups 2 h apart, each of four 60-minute starts 15 min apart: inside a group every two overlap,
    // across groups none do. So exactly five can win.
    const starts = [0, 1, 2, 3, 4].flatMap((g) => [0, 15, 30, 45].map((m) => at(240 + g * 120 + m)));
    const answers = await Promise.all(
      clients.map((c, i) =>
        send(serverOf(i), '/api/v1/bookings', body(starts[i % starts.length] ?? ''), c, randomUUID()),
      ),
    );
    expect(tally(answers)).toEqual({ 201: 5, 409: CLIENTS - 5 });
    const won = answers
      .filter((a) => a.status === 201)
      .map((a) => (JSON.parse(a.text) as { start: string }).start);
    expect(
      new Set(won.map((s) => Math.floor((Date.parse(s) - Date.parse(at(240))) / (120 * 60_000)))).size,
    ).toBe(5);
    console.info(`overlapping ranges, ${CLIENTS} clients on 2 processes: p99 ${p99(answers)} ms`);
  }, 60_000);

  it('answers 50 concurrent replays of one Idempotency-Key with the same 201, across both processes', async () => {
    const key = randomUUID();
    const who = clients[0] as Client;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send(serverOf(i), '/api/v1/bookings', body(at(20 * 60)), who, key),
      ),
    );
    expect(tally(answers)).toEqual({ 201: 50 });
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    const mine = await send(serverOf(1), '/api/v1/bookings', undefined, who);
    const starts = (JSON.parse(mine.text) as { start: string }[]).map((b) => b.start);
    expect(starts.filter((s) => s === at(20 * 60).replace('.000Z', 'Z'))).toHaveLength(1);
  }, 60_000);
});
