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

/**
 * Every API answer is personal or may be (a session, health data, a calendar): `no-store` keeps it out of
 * shared proxies' and the browser's disk caches. An answer that chose its own policy keeps it.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  try {
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  } catch {
    c.header('Cache-Control', 'no-store');
  }
};

/**
 * Adds the headers every answer carries. It sets them on the finished response's own headers: Hono's
 * `c.header()` after `next()` asks the response for `bodyUsed`, which turns @hono/node-server's
 * lightweight response into a full undici one and copies it (a tenth of the CPU of `POST /assess` under
 * load). A response whose headers are immutable (`Response.redirect()`) goes the slow way.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  try {
    const headers = c.res.headers;
    for (const [name, value] of HEADERS) headers.set(name, value);
  } catch {
    for (const [name, value] of HEADERS) c.header(name, value);
  }
};
