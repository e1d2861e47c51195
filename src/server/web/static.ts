import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Vite puts content-hashed files under assets/ (name-HASH.ext): safe to cache for a year. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Unknot</title></head><body><main><h1>Unknot</h1><p>The API is running. The web app is not built yet: run <code>npm run build</code>, or <code>npm start</code> which builds it.</p><p><a href="/healthz">/healthz</a></p></main></body></html>`;

function cacheControl(path: string): string {
  if (HASHED.test(path)) return 'public, max-age=31536000, immutable';
  // index.html and the service worker must always be revalidated, or updates never reach people.
  return 'no-cache';
}

/**
 * Serve the built web app from `webDir`: long cache for hashed assets, no-cache for index.html and
 * sw.js, and the SPA fallback (index.html) for GETs outside /api. A placeholder page when the app
 * has not been built.
 */
export function serveWeb(webDir: string): MiddlewareHandler {
  const root = resolve(webDir);
  const indexPath = join(root, 'index.html');
  const hasApp = existsSync(indexPath);

  const sendIndex = (c: Context) => {
    const html = hasApp ? readFileSync(indexPath, 'utf8') : PLACEHOLDER;
    return c.body(html, 200, { 'Content-Type': TYPES['.html'] ?? '', 'Cache-Control': 'no-cache' });
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return next();
    if (!hasApp || path === '/' || path === '/index.html') return sendIndex(c);

    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return sendIndex(c);
    }
    const file = normalize(join(root, decoded));
    if (!file.startsWith(root + sep)) return sendIndex(c);
    try {
      const info = await stat(file);
      if (info.isFile()) {
        const body = await readFile(file);
        const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': cacheControl(path) });
      }
    } catch {
      // Not a file: fall through to the SPA fallback or a 404 for asset-looking paths.
    }
    if (extname(path) !== '' && !path.endsWith('.html')) return c.text('Not found', 404);
    return sendIndex(c);
  };
}
