import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path (never the query string), status, duration. Bodies, queries and
 * headers are never logged: they can hold health data. Control characters in the path are escaped, so a
 * `%0A` in a URL cannot forge a log line.
 */
export function accessLog(write: (line: string) => void = stdoutLines()): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = (performance.now() - start).toFixed(1);
    write(`${escapeControl(c.req.method)} ${escapeControl(redactPath(c.req.path))} ${c.res.status} ${ms}ms`);
  };
}

/** Control characters (C0, DEL, C1, line and paragraph separators) as %XX / %uXXXX, so one request is one line. */
export function escapeControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `%u${code.toString(16).toUpperCase()}`;
  });
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
