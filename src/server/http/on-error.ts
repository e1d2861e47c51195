import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from './errors.ts';

/**
 * The one place errors become HTTP answers (house rule 5). Unknown errors are a 500 with a generic
 * message; only the error's name goes to the log, never request data (privacy: health data).
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) {
    const { code, details } = err.options;
    const error = { message: err.message, ...(code ? { code } : {}), issues: err.issues, ...details };
    return c.json({ error }, err.status as 400, err.headers);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json({ error: { message: err.message || 'Request refused.', issues: [] } }, status);
  }
  // Messages can echo input values (e.g. a database error quoting a field), so log name and code only.
  const code = (err as { code?: unknown }).code;
  console.error(`unhandled ${err.name}${typeof code === 'string' ? ` (${code})` : ''}`);
  return c.json({ error: { message: 'Something went wrong on our side.', issues: [] } }, 500);
}

/** 404 for unknown API routes, in the same shape. */
export function notFound(c: Context): Response {
  return c.json({ error: { message: 'Not found.', issues: [] } }, 404);
}
