/**
 * The app shell's weight (it must stay small for a cheap phone on a slow network): a fresh `vite build` (into .tmp/bench-web so it never clobbers the
 * dist/web another process may be serving; same config, same output), then the initial JS + CSS that
 * dist's index.html loads (its module script, modulepreloads and stylesheets), each gzipped with node:zlib
 * at level 9. Target ≤ 60 KB. The lazy chunks (everything else under assets/) are listed too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt } from './lib/app-server.ts';
import { type Bench, info, ROOT, row } from './lib/report.ts';
import { kb } from './lib/stats.ts';

/** The asset URLs index.html loads up front: module scripts, modulepreloads and stylesheets. */
export function initialAssets(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (m[1]) urls.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) urls.add(href);
  }
  return [...urls].filter((u) => /\.(m?js|css)(\?|$)/.test(u));
}

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

export const bundleBench: Bench = {
  name: 'bundle',
  title: 'App shell: initial JS + CSS, gzip level 9',
  async run() {
    const OUT = ensureWebBuilt();
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    const initial = initialAssets(html).map((u) => u.replace(/^\.?\//, ''));
    const sizes = initial.map((rel) => {
      const path = join(OUT, rel);
      return { file: rel, raw: statSync(path).size, gzip: gz(path) };
    });
    const total = sizes.reduce((a, s) => a + s.gzip, 0);
    const totalRaw = sizes.reduce((a, s) => a + s.raw, 0);
    const assets = readdirSync(join(OUT, 'assets')).map((f) => `assets/${f}`);
    const lazy = assets
      .filter((f) => /\.(js|css)$/.test(f) && !initial.includes(f))
      .map((f) => ({ file: f, raw: statSync(join(OUT, f)).size, gzip: gz(join(OUT, f)) }))
      .sort((a, b) => b.gzip - a.gzip);
    const sw = readdirSync(OUT).filter((f) => f.endsWith('.js'));
    return {
      rows: [
        row('initial JS + CSS (gzip -9)', total, kb(total), { max: 60 * 1024 + 1, target: '≤ 60 KB' }),
        info('initial JS + CSS (raw)', kb(totalRaw), totalRaw),
        ...sizes.map((s) => info(`  initial ${s.file}`, `${kb(s.gzip)} (raw ${kb(s.raw)})`, s.gzip)),
        ...lazy.map((s) => info(`  lazy ${s.file}`, `${kb(s.gzip)} (raw ${kb(s.raw)})`, s.gzip)),
      ],
      details: { initial: sizes, lazy, total, serviceWorkerFiles: sw },
      notes: [
        `built with vite.config.ts into ${OUT.replace(`${ROOT}/`, '')}; service worker files (${sw.join(', ')}) load after, not counted`,
      ],
    };
  },
};
