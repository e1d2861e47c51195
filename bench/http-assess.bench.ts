/**
 * Assess over HTTP (the stateless fast path that must stay quick under load): autocannon (50 connections, 10 s, loopback) against the real server's
 * POST /api/v1/assess with a realistic body, then against a bare Hono app returning a constant JSON body,
 * in the same run, each server in its own child process. Target: ratio ≥ 0.5.
 */
import { join } from 'node:path';
import { startApp } from './lib/app-server.ts';
import { codes, type LoadFigures, load } from './lib/load.ts';
import { freePort, pidListeningOn, rssBytes, spawnCaptured, waitFor200 } from './lib/proc.ts';
import { BENCH_DIR, type Bench, info, ROOT, row } from './lib/report.ts';
import { fmt, mb } from './lib/stats.ts';

/**
 * A person in their second day, pain 6, after a massage, with a busy morning log and no red flags: a
 * realistic request that gets a full plan (the expensive and common path).
 */
export function realisticCheckIn(now = Date.now()): Record<string, unknown> {
  const iso = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
  return {
    painScore: 6,
    area: 'lower',
    onsetAt: iso(30),
    firstEpisode: false,
    trend: 'same',
    massageAt: iso(40),
    age: 42,
    pregnancyWeeks: null,
    symptoms: [],
    history: ['asthma', 'high_blood_pressure'],
    soughtCare: false,
    workAtDesk: true,
    sleepHours: 5.5,
    log: {
      ibuprofen: [{ at: iso(5), mg: 400 }],
      creams: [{ at: iso(1), ingredient: 'menthol' }],
      cold: [{ at: iso(3), minutes: 15 }],
      heat: [],
    },
  };
}

const LOAD = { connections: 50, duration: 10 };

/** Starts the real server with `env`, checks one answer, warms up 2 s, then measures 10 s. */
async function measureApp(
  body: string,
  env: Record<string, string>,
): Promise<LoadFigures & { check: { status: number; level?: string; bytes: number } }> {
  const app = await startApp(env);
  try {
    const res = await fetch(`${app.baseUrl}/api/v1/assess`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`assess answered ${res.status}: ${text.slice(0, 500)}`);
    const json = JSON.parse(text) as { triage?: { level?: string } };
    const check = { status: res.status, level: json.triage?.level, bytes: text.length };
    await load({ ...request(app.baseUrl, body), connections: 50, duration: 2 });
    return { ...(await loadAssess(app.baseUrl, body)), check };
  } finally {
    await app.stop();
  }
}

function request(baseUrl: string, body: string) {
  return {
    url: `${baseUrl}/api/v1/assess`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  };
}

async function loadAssess(baseUrl: string, body: string): Promise<LoadFigures> {
  return load({ ...request(baseUrl, body), ...LOAD });
}

export const httpAssessBench: Bench = {
  name: 'http-assess',
  title: 'POST /api/v1/assess over HTTP vs a bare Hono handler',
  async run() {
    const body = JSON.stringify(realisticCheckIn());
    const real = await measureApp(body, {});
    const quiet = await measureApp(body, { UNKNOT_ACCESS_LOG: '0' });
    const check = real.check;

    const port = await freePort();
    const bare = spawnCaptured(
      process.execPath,
      ['--import', 'tsx', join(BENCH_DIR, 'fixtures', 'bare-hono.ts')],
      { PORT: String(port), NODE_ENV: 'production' },
      ROOT,
    );
    let base: LoadFigures;
    let bareRss = Number.NaN;
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      await waitFor200(`${baseUrl}/healthz`, bare.child, bare.output, process.hrtime.bigint());
      await load({ ...request(baseUrl, body), connections: 50, duration: 2 });
      base = await loadAssess(baseUrl, body);
      bareRss = rssBytes(pidListeningOn(port) ?? bare.child.pid ?? -1);
    } finally {
      await bare.stop();
    }

    const ratio = real.okRps / base.okRps;
    return {
      rows: [
        row('assess requests/s (2xx)', real.okRps, `${fmt(real.okRps)}/s`),
        row('bare Hono requests/s', base.okRps, `${fmt(base.okRps)}/s`),
        row('ratio assess / bare', ratio, ratio.toFixed(2), { min: 0.5, target: '≥ 0.5' }),
        row(
          'assess req/s, access log off',
          quiet.okRps,
          `${fmt(quiet.okRps)}/s (ratio ${(quiet.okRps / base.okRps).toFixed(2)})`,
        ),
        row('assess p50 latency', real.p50Ms, `${real.p50Ms} ms`),
        row('assess p99 latency', real.p99Ms, `${real.p99Ms} ms`),
        row('bare p99 latency', base.p99Ms, `${base.p99Ms} ms`),
        info('assess responses', codes(real)),
        info('bare responses', codes(base)),
      ],
      details: { assess: real, assessQuiet: quiet, bare: base, ratio, check, bareRss: mb(bareRss) },
      notes: [
        `autocannon ${LOAD.connections} connections × ${LOAD.duration} s each, after a 2 s warm-up; servers in child processes`,
        `request body ${body.length} B, answered with triage level ${check.level} (${check.bytes} B); the server as npm start runs it (access log on)`,
      ],
    };
  },
};
