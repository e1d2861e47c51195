import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path (never the query string), status, duration. Bodies, queries and
 * headers are never logged: they can hold health data (issue 3, privacy).
 */
export function accessLog(write: (line: string) => void = console.log): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = (performance.now() - start).toFixed(1);
    write(`${c.req.method} ${redactPath(c.req.path)} ${c.res.status} ${ms}ms`);
  };
}

/** A calendar feed's URL is its only credential (and the feed holds names and addresses): never log it. */
export function redactPath(path: string): string {
  return path.replace(/^\/api\/v1\/calendar\/[^/]+/, '/api/v1/calendar/:token');
}
