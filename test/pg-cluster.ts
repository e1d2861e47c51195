/**
 * A throwaway PostgreSQL cluster of the test's own, for tests that stop, freeze and restart the server
 * (which the shared DATABASE_URL server must never be). initdb into a pid-named temp dir, a free loopback
 * port, run as the `postgres` user when we are root (PostgreSQL refuses to run as root).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { makeScratch, removeScratch } from '../e2e/support/scratch.ts';

/** Where Debian installs PostgreSQL 15's server binaries. */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Whether a throwaway cluster can be started here (else tests skip, saying why). */
export const hasPostgresBinaries = existsSync(join(PG_BIN, 'postgres')) && existsSync(join(PG_BIN, 'initdb'));

function asPostgres(args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  return execFileSync(cmd ?? '', rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running throwaway cluster. */
export interface PgCluster {
  url: string;
  /** SIGSTOP the postmaster and every backend: the server hangs, connections stay open. */
  freeze(): void;
  thaw(): void;
  /** A fast shutdown (connections are cut), and a start on the same port. */
  stop(): void;
  start(): void;
  /** Stop for good and delete the files. */
  destroy(): void;
}

/** initdb + start a cluster on a free port. */
export async function startPgCluster(): Promise<PgCluster> {
  const dir = makeScratch('unknot-test-pg-');
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([`${PG_BIN}/initdb`, '-A', 'trust', '-U', 'postgres', '-D', data, '--no-sync', '-E', 'UTF8']);
  const start = () =>
    asPostgres([
      `${PG_BIN}/pg_ctl`,
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  const stop = () => asPostgres([`${PG_BIN}/pg_ctl`, '-D', data, '-m', 'fast', '-w', 'stop']);
  const pids = (): number[] => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
    return [postmaster, ...children];
  };
  const signal = (sig: NodeJS.Signals) => {
    for (const pid of pids()) {
      try {
        process.kill(pid, sig);
      } catch {
        // exited meanwhile
      }
    }
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    stop,
    start,
    destroy() {
      try {
        signal('SIGCONT');
        stop();
      } catch {
        // already stopped
      } finally {
        removeScratch(dir);
      }
    },
  };
}
