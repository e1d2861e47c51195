/**
 * Builds the web app (only when a source is newer than the last build) and starts the real server
 * (`node bin/start.mjs`) on a free port with a throwaway data directory, as a person would run it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeScratch, removeScratch } from './scratch.ts';

/** The repository root (this file lives in e2e/support). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const RECIPE = 'r2';

/** A fingerprint of everything the web build reads: newest mtime and the vite config. */
function sourceStamp(): string {
  const newest = Math.max(
    newestMtime(join(ROOT, 'src', 'web')),
    newestMtime(join(ROOT, 'src', 'domain')),
    statSync(join(ROOT, 'vite.config.ts')).mtimeMs,
  );
  // Bump RECIPE when the way buildWeb builds changes, so older outputs are not reused.
  return `${RECIPE}-${Math.floor(newest).toString(36)}`;
}

/**
 * `vite build` of the production web app into `outDir` (emptied first); throws with vite's output on failure.
 * The build gets a TMPDIR of its own, deleted after: workbox writes `<hash>/sw.js` there and leaves it.
 */
export function viteBuild(outDir: string): void {
  const tmp = makeScratch('unknot-vite-tmp-');
  try {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      // Vitest sets NODE_ENV=test, which would give a development build (dev JSX, no service worker).
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', TMPDIR: tmp } },
    );
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    removeScratch(tmp);
  }
}

/**
 * Builds the web app into a private directory per source version (under the OS temp dir) and returns it.
 * The stamp is the cross-file memo: each e2e file runs in its own worker, and only the first one builds.
 * Private output means a build by someone else (or `npm run build`) never swaps files under a running
 * test's server. Set UNKNOT_E2E_BUILD=always to force a build.
 */
export function buildWeb(): string {
  const outDir = join(tmpdir(), `${WEB_PREFIX}${sourceStamp()}`);
  if (process.env.UNKNOT_E2E_BUILD !== 'always' && existsSync(join(outDir, 'index.html'))) {
    markUsed(outDir);
    return outDir;
  }
  const staging = makeScratch('unknot-e2e-build-');
  const built = join(staging, 'out');
  try {
    viteBuild(built);
  } catch (err) {
    removeScratch(staging);
    throw err;
  }
  try {
    rmSync(outDir, { recursive: true, force: true });
    renameSync(built, outDir);
  } catch {
    // Another worker finished the same build first: use theirs.
  }
  removeScratch(staging);
  markUsed(outDir);
  pruneWebBuilds(outDir);
  return outDir;
}

const WEB_PREFIX = 'unknot-e2e-web-';

/** A build unused for this long belongs to no running suite (each test file marks the one it uses). */
const WEB_BUILD_IDLE_MS = 60 * 60 * 1000;

function markUsed(dir: string): void {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // removed meanwhile: the next buildWeb builds it again
  }
}

/**
 * Deletes builds of other source versions once idle: every edit of src/web makes a new one (~MBs), and a
 * run's older builds were never removed. Idle, not merely older: a suite still running (here or in
 * another checkout) marks its build each time a test file starts a server.
 */
function pruneWebBuilds(keep: string): void {
  const dir = tmpdir();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(WEB_PREFIX) || join(dir, name) === keep) continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > WEB_BUILD_IDLE_MS) {
        rmSync(join(dir, name), { recursive: true, force: true });
      }
    } catch {
      // gone already
    }
  }
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** A running server for one test file. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** The built web app the server serves (UNKNOT_WEB_DIR). */
  webDir: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function waitHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000; // a busy CI box compiles the server slowly
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server not healthy within 150 s:\n${output()}`);
}

/**
 * Starts `node bin/start.mjs` with PORT (free), HOST 127.0.0.1, a fresh UNKNOT_DATA_DIR, UNKNOT_WEB_DIR set
 * to `webDir` (default: {@link buildWeb}'s output), extra `env` (e.g. `{ UNKNOT_DEMO: '1' }`) and
 * DATABASE_URL passed through when set; resolves once GET /healthz answers 200.
 */
export async function startServer(
  env: Record<string, string> = {},
  webDir: string = buildWeb(),
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = makeScratch('unknot-e2e-');
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      UNKNOT_DATA_DIR: dataDir,
      UNKNOT_WEB_DIR: webDir,
      UNKNOT_SKIP_BUILD: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const output = (): string => log.slice(-4000);
  try {
    await waitHealthy(baseUrl, child, output);
  } catch (err) {
    if (child.exitCode === null) child.kill('SIGKILL');
    removeScratch(dataDir);
    throw err;
  }
  return {
    baseUrl,
    webDir,
    dataDir,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      removeScratch(dataDir);
    },
  };
}
