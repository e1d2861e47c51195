/**
 * The real Unknot server for the benches: `node bin/start.mjs` on a free loopback port with a fresh temp
 * UNKNOT_DATA_DIR (or DATABASE_URL), as a person starts it. Also builds the web app when dist/web is missing.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratch } from '../../e2e/support/scratch.ts';
import { viteBuild } from '../../e2e/support/server.ts';
import { freePort, pidListeningOn, type Spawned, spawnCaptured, waitFor200 } from './proc.ts';
import { ROOT } from './report.ts';

/** bin/start.mjs, the command `npm start` runs. */
export const START_SCRIPT = join(ROOT, 'bin', 'start.mjs');

/** A running server. */
export interface AppServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** The process start.mjs is (may differ from `servingPid`). */
  spawned: Spawned;
  /** The process that listens on the port (the one to measure). */
  servingPid: number;
  /** Milliseconds from spawn to the first 200 on /healthz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Throws a clear error when a file the bench needs has not landed yet. */
export function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new NotReady(`${what} not found (${path.replace(`${ROOT}/`, '')})`);
}

/** Code under test is missing: the bench is written but cannot run yet. */
export class NotReady extends Error {
  override name = 'NotReady';
}

/** The benches' own production build, served through UNKNOT_WEB_DIR (never races another dist/web). */
export const BENCH_WEB_DIR = join(ROOT, '.tmp', 'bench-web');
let built = false;

/**
 * Builds the web app into {@link BENCH_WEB_DIR} once per bench run (the server then serves it, so start-up
 * never includes a build); returns the directory.
 */
export function ensureWebBuilt(): string {
  if (!built) {
    viteBuild(BENCH_WEB_DIR);
    built = true;
  }
  return BENCH_WEB_DIR;
}

/**
 * Starts `node bin/start.mjs` with PORT, HOST 127.0.0.1 and a fresh temp UNKNOT_DATA_DIR; `env` is added
 * (e.g. DATABASE_URL, UNKNOT_DEMO). The server runs on PGlite unless `env` names a DATABASE_URL: one in the
 * bench's own environment (`DATABASE_URL=… npm run bench`) says where the PostgreSQL rows' databases go,
 * and must not turn the PGlite rows into PostgreSQL ones. Resolves once /healthz answers 200 (polled every
 * 20 ms).
 */
export async function startApp(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<AppServer> {
  requireFile(START_SCRIPT, 'the server (bin/start.mjs)');
  const port = await freePort();
  // A given data dir is the caller's to delete; a fresh one is deleted on stop.
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? makeScratch('unknot-bench-');
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = process.hrtime.bigint();
  // UNKNOT_BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (open it in
  // Chrome's DevTools, Performance tab); the profiles behind bench/README.md's "what moved them".
  const profileDir = process.env.UNKNOT_BENCH_CPU_PROF;
  const spawned = spawnCaptured(
    process.execPath,
    [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), START_SCRIPT],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      UNKNOT_DATA_DIR: dataDir,
      UNKNOT_WEB_DIR: ensureWebBuilt(),
      NODE_ENV: 'production',
      DATABASE_URL: '',
      ...env,
    },
    ROOT,
  );
  let readyMs: number;
  try {
    readyMs = await waitFor200(`${baseUrl}/healthz`, spawned.child, spawned.output, t0);
  } catch (e) {
    await spawned.stop();
    if (owned) rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const servingPid = pidListeningOn(port) ?? spawned.child.pid ?? -1;
  return {
    baseUrl,
    port,
    dataDir,
    spawned,
    servingPid,
    readyMs,
    async stop() {
      await spawned.stop();
      // If start.mjs spawned the server and it outlived its parent, stop that one too (by its pid only).
      if (servingPid !== spawned.child.pid && servingPid > 0) {
        try {
          process.kill(servingPid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      if (owned) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
