/**
 * PostgreSQL for the benches: DATABASE_URL when set, otherwise a throwaway PostgreSQL 15 cluster on a
 * loopback port and a socket in a temp dir, run as the `postgres` user, stopped and deleted afterwards.
 * Each server run gets its own fresh database so runs do not see each other's rows.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { makeScratch } from '../../e2e/support/scratch.ts';
import { freePort, treeCpuMs } from './proc.ts';

const BIN = '/usr/lib/postgresql/15/bin';

/** A PostgreSQL server the benches may create databases in. */
export interface Postgres {
  /** "DATABASE_URL" or "throwaway cluster (PostgreSQL 15, port N)". */
  source: string;
  /** A URL for a new, empty database. */
  freshDatabase(name: string): Promise<string>;
  /** CPU milliseconds the whole cluster has used so far (a throwaway one's; NaN for DATABASE_URL's). */
  cpuMs(): number;
  stop(): Promise<void>;
}

function asPostgres(args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const cmd = isRoot ? 'runuser' : args[0];
  const full = isRoot ? ['-u', 'postgres', '--', ...args] : args.slice(1);
  return execFileSync(cmd ?? '', full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** DATABASE_URL if set (fresh databases made beside its own), else a throwaway cluster. */
export async function startPostgres(): Promise<Postgres> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const made: string[] = [];
    return {
      source: 'DATABASE_URL',
      cpuMs: () => Number.NaN,
      async freshDatabase(name) {
        await createDatabase(given, name);
        made.push(name);
        return withDatabase(given, name);
      },
      async stop() {
        const client = new pg.Client({ connectionString: given });
        await client.connect();
        for (const n of made) await client.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => {});
        await client.end();
      },
    };
  }
  const dir = makeScratch('unknot-bench-pg-');
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([`${BIN}/initdb`, '-A', 'trust', '-U', 'postgres', '-D', data, '--no-sync', '-E', 'UTF8']);
  // Durable as in production (fsync on); a bigger pool of connections than the default 100 is not needed.
  asPostgres([
    `${BIN}/pg_ctl`,
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    source: `throwaway cluster (PostgreSQL 15, port ${port})`,
    cpuMs() {
      const postmaster = Number.parseInt(readFileSync(join(data, 'postmaster.pid'), 'utf8'), 10);
      return treeCpuMs(postmaster);
    },
    async freshDatabase(name) {
      await createDatabase(admin, name);
      return withDatabase(admin, name);
    },
    async stop() {
      try {
        asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
