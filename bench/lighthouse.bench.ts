/**
 * Lighthouse 12.2.3 (node API, default config = mobile form factor with simulated throttling)
 * against the served production build: the real server with a temp data dir, Chromium at /usr/bin/chromium
 * launched by chrome-launcher with the project's flags. Three runs, median score per category.
 * Targets: performance ≥ 95, accessibility 100, best practices ≥ 95.
 */

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, CHROMIUM_FLAGS as FLAGS } from '../e2e/support/browser.ts';
import { ensureWebBuilt, startApp } from './lib/app-server.ts';
import { type Bench, info, row } from './lib/report.ts';
import { median } from './lib/stats.ts';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

interface RunScores {
  scores: Record<string, number>;
  consoleErrors: string[];
  metrics: Record<string, number | undefined>;
  failing: string[];
}

async function once(url: string): Promise<RunScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores: Record<string, number> = {};
    const failing: string[] = [];
    for (const id of CATEGORIES) {
      const cat = lhr.categories[id];
      scores[id] = Math.round((cat?.score ?? 0) * 100);
      for (const ref of cat?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          failing.push(`${id}/${ref.id}`);
      }
    }
    const num = (id: string) => lhr.audits[id]?.numericValue;
    const items =
      (
        lhr.audits['errors-in-console']?.details as
          | { items?: { description?: string; source?: string }[] }
          | undefined
      )?.items ?? [];
    return {
      scores,
      consoleErrors: items.map((i) => `${i.source ?? ''}: ${i.description ?? ''}`.slice(0, 200)),
      failing,
      metrics: {
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        siMs: num('speed-index'),
      },
    };
  } finally {
    chrome.kill();
  }
}

export const lighthouseBench: Bench = {
  name: 'lighthouse',
  title: 'Lighthouse 12.2.3 mobile on the served production build',
  async run() {
    ensureWebBuilt();
    const app = await startApp();
    const runs: RunScores[] = [];
    try {
      for (let i = 0; i < RUNS; i++) runs.push(await once(`${app.baseUrl}/`));
    } finally {
      await app.stop();
    }
    const med = (id: string) => median(runs.map((r) => r.scores[id] ?? 0));
    const metric = (k: string) => median(runs.map((r) => r.metrics[k] ?? Number.NaN));
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    const consoleErrors = [...new Set(runs.flatMap((r) => r.consoleErrors))];
    return {
      rows: [
        row('performance', med('performance'), String(med('performance')), { min: 95, target: '≥ 95' }),
        row('accessibility', med('accessibility'), String(med('accessibility')), { min: 100, target: '100' }),
        row('best practices', med('best-practices'), String(med('best-practices')), {
          min: 95,
          target: '≥ 95',
        }),
        info('FCP / LCP (simulated)', `${metric('fcpMs').toFixed(0)} / ${metric('lcpMs').toFixed(0)} ms`),
        info('TBT / CLS', `${metric('tbtMs').toFixed(0)} ms / ${metric('cls').toFixed(3)}`),
        info('runs (perf/a11y/bp)', runs.map((r) => CATEGORIES.map((c) => r.scores[c]).join('/')).join(', ')),
      ],
      details: { runs, failing, consoleErrors },
      notes: [
        failing.length ? `audits below 1 in some run: ${failing.join(', ')}` : 'every weighted audit passed',
        ...consoleErrors.map((e) => `console error: ${e}`),
      ],
    };
  },
};
