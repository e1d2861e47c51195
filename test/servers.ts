/**
 * Real server processes (`src/server/main.ts` under tsx) on one PostgreSQL database: what a deployment
 * of N app servers behind a proxy looks like (docs/deploy.md). For tests of guarantees that must hold
 * across processes (limits, bookings, idempotent replays, the outbox).
 *
 * @example
 * const db = await freshPostgresDatabase(process.env.DATABASE_URL);
 * const servers = await startServers(2, { DATABASE_URL: db.url });
 * afterAll(async () => { await stopServers(servers); await db.drop(); });
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');

/** One running server process. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

/** A new empty database beside the one `adminUrl` names; `drop()` removes it. */
export async function freshPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `unknot_p_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Start one server process with `env` on a free port; resolves once it listens. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', UNKNOT_ACCESS_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Unknot listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], output: () => out });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/** Start `n` servers one after the other (the first runs the migrations). */
export async function startServers(n: number, env: Record<string, string>): Promise<ServerProcess[]> {
  const servers: ServerProcess[] = [];
  for (let i = 0; i < n; i++) servers.push(await startServer(env));
  return servers;
}

/** SIGTERM each and wait for it to exit. */
export async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
          s.child.once('exit', () => resolve());
          s.child.kill('SIGTERM');
        }),
    ),
  );
}
