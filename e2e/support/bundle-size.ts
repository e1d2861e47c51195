/**
 * Measures what the first visit downloads before the app can run: the entry script, every chunk it
 * imports statically (transitively), and the stylesheets linked from dist/web/index.html, gzip-compressed.
 * Lazy route chunks (dynamic `import()`) are not counted. Run: `npx tsx e2e/support/bundle-size.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server.ts';

const DIST = join(ROOT, 'dist', 'web');

/** One file of the initial load. */
export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

function staticImports(source: string): string[] {
  const out: string[] = [];
  // `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; never `import("./x.js")`.
  const re = /(?:\bimport|\bexport)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const m of source.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

/** The initial JS and CSS of the built shell, each with its gzip size. */
export function initialLoad(dist: string = DIST): SizedFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  queue.push(
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1] ?? ''),
  );
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (file === '' || seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const rel of staticImports(source)) queue.push(posix.normalize(posix.join(dirname(file), rel)));
  }
  return [...seen, ...css].map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

if (process.argv[1]?.endsWith('bundle-size.ts')) {
  const files = initialLoad();
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(6)} KB gz  ${f.file}`);
  const total = files.reduce((n, f) => n + f.gzip, 0);
  console.log(`${(total / 1024).toFixed(1).padStart(6)} KB gz  initial JS + CSS (budget 60 KB)`);
}
