import type { MiddlewareHandler } from 'hono';

const HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
];

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
