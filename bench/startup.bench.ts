/**
 * Start-up and memory (a small server must start fast and stay lean): time from spawning `node bin/start.mjs` (web already built) to the first
 * 200 on /healthz, polled every 20 ms, median of 5 runs on fresh temp data dirs (target < 3 s); then the
 * idle server's resident size ~2 s after it settles, read from /proc/<pid>/status of the process that
 * listens on the port (target < 100 MB before a database is added).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuilt, startApp } from './lib/app-server.ts';
import { startPostgres } from './lib/postgres.ts';
import { rssBytes, sleep } from './lib/proc.ts';
import { type Bench, row } from './lib/report.ts';
import { fmt, mb, median } from './lib/stats.ts';

const RUNS = 5;
const RESTARTS = 3;

export const startupBench: Bench = {
  name: 'startup',
  title: 'Start-up to first 200 on /healthz, and idle memory',
  async run() {
    ensureWebBuilt();
    const times: number[] = [];
    const rss: number[] = [];
    const launcherRss: number[] = [];
    let separate = false;
    for (let i = 0; i < RUNS; i++) {
      const app = await startApp();
      try {
        times.push(app.readyMs);
        await sleep(2000);
        rss.push(rssBytes(app.servingPid));
        const launcher = app.spawned.child.pid ?? -1;
        if (app.servingPid !== launcher) {
          separate = true;
          launcherRss.push(rssBytes(launcher));
        }
      } finally {
        await app.stop();
      }
    }
    // Restarts on one existing data dir: what a person sees every day after the first start.
    const kept = mkdtempSync(join(tmpdir(), 'unknot-bench-restart-'));
    const restarts: number[] = [];
    try {
      for (let i = 0; i < RESTARTS + 1; i++) {
        const app = await startApp({}, { dataDir: kept });
        if (i > 0) restarts.push(app.readyMs);
        await app.stop();
      }
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
    // The same server on PostgreSQL: the RSS without the embedded database's WASM heap.
    const pg = await startPostgres();
    let pgRss = Number.NaN;
    let pgReady = Number.NaN;
    try {
      const app = await startApp({ DATABASE_URL: await pg.freshDatabase('unknot_bench_startup') });
      pgReady = app.readyMs;
      await sleep(2000);
      pgRss = rssBytes(app.servingPid);
      await app.stop();
    } finally {
      await pg.stop();
    }
    const t = median(times);
    const tr = median(restarts);
    const r = median(rss);
    const rows = [
      row('start → 200 on /healthz (median of 5)', t, `${fmt(t)} ms`, { max: 3000, target: '< 3,000 ms' }),
      row('slowest of 5', Math.max(...times), `${fmt(Math.max(...times))} ms`),
      row('restart on an existing data dir (median of 3)', tr, `${fmt(tr)} ms`, {
        max: 3000,
        target: '< 3,000 ms',
      }),
      // The 100 MB target is for the server without its database; with PGlite the
      // database runs inside this process (~0.5 GB measured), so this row is a figure only.
      row('idle RSS with embedded PGlite', r, mb(r)),
    ];
    rows.push(
      row('idle RSS on PostgreSQL (no PGlite)', pgRss, mb(pgRss), {
        max: 100 * 1024 * 1024,
        target: '< 100 MB (before a database)',
      }),
      row('start → 200 on PostgreSQL (migrations included)', pgReady, `${fmt(pgReady)} ms`),
    );
    if (separate) rows.push(row('RSS of start.mjs (launcher)', median(launcherRss), mb(median(launcherRss))));
    return {
      rows,
      details: { times, restarts, pgReady, pgRss, rss, launcherRss, separate },
      notes: [
        'fresh temp UNKNOT_DATA_DIR per run (PGlite by default: its WASM heap is in the RSS)',
        separate ? 'start.mjs spawns the server: RSS is the child that listens' : 'start.mjs itself serves',
      ],
    };
  },
};
