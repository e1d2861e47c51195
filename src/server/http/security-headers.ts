import type { MiddlewareHandler } from 'hono';

/**
 * Scripts only from our own origin, never inline (an injected `<script>` or `onclick=` does not run);
 * no framing at all (click-jacking); no plugins, no <base> rewriting, forms post only to us. The built
 * web app needs nothing more: its service worker is registered from main.tsx, not an inline snippet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  // For browsers that predate frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

/** A route may narrow the CSP for its own page (the clinician report allows its one inline style by hash). */
function keeps(headers: Headers, name: string): boolean {
  return name === 'Content-Security-Policy' && headers.has(name);
}

/**
 * Adds the headers every answer carries, and `Cache-Control: no-store` on every API answer (personal, or
 * may be: a session, health data, a calendar; it must stay out of shared proxies' and the browser's disk
 * caches) unless the answer chose its own policy. It sets them on the finished response's own headers: Hono's
 * `c.header()` after `next()` asks the response for `bodyUsed`, which turns @hono/node-server's
 * lightweight response into a full undici one and copies it (a tenth of the CPU of `POST /assess` under
 * load). A response whose headers are immutable (`Response.redirect()`) goes the slow way.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const api = c.req.path.startsWith('/api/');
  try {
    const headers = c.res.headers;
    for (const [name, value] of HEADERS) if (!keeps(headers, name)) headers.set(name, value);
    if (api && !headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  } catch {
    for (const [name, value] of HEADERS) if (!keeps(c.res.headers, name)) c.header(name, value);
    if (api && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  }
};
