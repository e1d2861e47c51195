import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real server as a child process (`node bin/start.mjs`) on a temp PGlite data dir: boot, the
 * data-dir lock, and crash safety under SIGKILL. PGlite only (skipped when DATABASE_URL is set).
 */
const root = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const children: ChildProcess[] = [];

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function start(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['bin/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      UNKNOT_DATA_DIR: dataDir,
      UNKNOT_SKIP_BUILD: '1',
      UNKNOT_ACCESS_LOG: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Unknot listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], output: () => out, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    exited.then((code) => reject(Object.assign(new Error(`server exited ${code}: ${out}`), { code, out })));
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-proc-'));
  dirs.push(dir);
  return join(dir, 'data');
}

async function signUp(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'crash@example.test',
      password: 'correct horse battery',
      name: 'C',
      role: 'client',
    }),
  });
  expect(res.status).toBe(201);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('the server process (PGlite)', () => {
  it('boots from a clean data dir, answers /healthz, and shuts down cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const server = await start(dir);
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(readFileSync(join(dir, 'unknot.lock'), 'utf8').trim()).toBe(String(server.child.pid));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(existsSync(join(dir, 'unknot.lock'))).toBe(false);
  }, 180_000);

  it('refuses a second server on the same dir, naming the dir and the holder pid; the first keeps serving', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const second = await start(dir).then(
      () => null,
      (err: { code: number | null; out: string }) => err,
    );
    expect(second).not.toBeNull();
    expect(second?.code).not.toBe(0);
    expect(second?.out).toContain(dir);
    expect(second?.out).toContain(`pid ${first.child.pid}`);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    await first.exited;
  }, 180_000);

  it('refuses to start with the test clock in production, before it opens the database', async () => {
    const dir = tempDir();
    const refused = await start(dir, { UNKNOT_TEST_CLOCK: '1', NODE_ENV: 'production' }).then(
      () => null,
      (err: { code: number | null; out: string }) => err,
    );
    expect(refused?.code).not.toBe(0);
    expect(refused?.out).toMatch(
      /UNKNOT_TEST_CLOCK=1 is for tests only and refused with NODE_ENV=production/,
    );
    expect(existsSync(dir)).toBe(false);
  }, 180_000);

  it('loses no acknowledged write when killed with SIGKILL mid-stream; the restart takes over the stale lock', async () => {
    const dir = tempDir();
    const server = await start(dir);
    const cookie = await signUp(server.url);
    const acknowledged: string[] = [];
    let n = 0;
    const writer = async () => {
      for (;;) {
        const i = n++;
        try {
          const res = await fetch(`${server.url}/api/v1/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({
              kind: 'water',
              at: new Date(Date.now() - 86_400_000 + i * 1000).toISOString(),
              ml: 100,
            }),
          });
          if (res.status !== 201) return;
          acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    await Promise.all(writers);
    await server.exited;
    expect(existsSync(join(dir, 'unknot.lock'))).toBe(true);

    const again = await start(dir);
    const login = await fetch(`${again.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'crash@example.test', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const cookie2 = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const res = await fetch(`${again.url}/api/v1/events?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: { cookie: cookie2 },
      });
      const page = (await res.json()) as { items: { id: string }[]; next: string | null };
      for (const item of page.items) stored.add(item.id);
      cursor = page.next;
    } while (cursor);
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Usable: a new write after recovery.
    const write = await fetch(`${again.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie2 },
      body: JSON.stringify({ kind: 'pain', at: new Date(Date.now() - 60_000).toISOString(), score: 2 }),
    });
    expect(write.status).toBe(201);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 240_000);
});
