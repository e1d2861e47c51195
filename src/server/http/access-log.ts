import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path (never the query string), status, duration. Bodies, queries and
 * headers are never logged: they can hold health data (issue 3, privacy).
 */
export function accessLog(write: (line: string) => void = stdoutLines()): MiddlewareHandler {
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

/**
 * A line writer that gathers the lines of one turn of the event loop into one write. Standard output is
 * synchronous on Linux (files and pipes), so a `console.log` per request cost a system call each: a tenth
 * of the CPU of `POST /assess` under load. Lines still pending when the process exits are written then.
 */
export function stdoutLines(out: { write(text: string): unknown } = process.stdout): (line: string) => void {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    out.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
}
