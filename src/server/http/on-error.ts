import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SqlState, sqlStateOf, unavailability } from '../db/sql-state.ts';
import { AppError, ConflictError, ServiceUnavailableError } from './errors.ts';

/**
 * The one place errors become HTTP answers, so every refusal has the contract's shape. Known database
 * failures become clear answers: unavailable or out of disk → 503 with Retry-After (the client retries),
 * an unhandled unique/exclusion violation → 409. Anything else is a 500 with a generic message; only the
 * error's name and SQLSTATE go to the log, never its message (it can quote health data).
 */
export function onError(err: Error, c: Context): Response {
  const known = err instanceof AppError || err instanceof HTTPException ? err : fromDatabase(err);
  if (known instanceof AppError) {
    const body = {
      message: known.message,
      ...(known.code ? { code: known.code } : {}),
      issues: known.issues,
    };
    return c.json({ error: { ...known.extra, ...body } }, known.status as 400, known.headers);
  }
  if (known instanceof HTTPException) {
    const status = known.status;
    return c.json({ error: { message: known.message || 'Request refused.', issues: [] } }, status);
  }
  const code = sqlStateOf(err) ?? (err as { code?: unknown }).code;
  console.error(`unhandled ${err.name}${typeof code === 'string' ? ` (${code})` : ''}`);
  return c.json({ error: { message: 'Something went wrong on our side.', issues: [] } }, 500);
}

/** A database failure as the AppError it should answer, or undefined when it is not one we know. */
export function fromDatabase(err: unknown): AppError | undefined {
  switch (unavailability(err)) {
    case 'disk_full':
      logOnce('disk_full');
      return new ServiceUnavailableError(
        'The server is out of disk space, so it cannot save anything right now. Your data is safe; please try again later.',
        'disk_full',
        30,
      );
    case 'database_unavailable':
      logOnce('database_unavailable');
      return new ServiceUnavailableError(
        'The service is briefly unavailable (its database is not answering). Please try again in a moment.',
        'database_unavailable',
      );
    case 'busy':
      return new ServiceUnavailableError('The service is busy. Please try again in a moment.', 'busy', 1);
    default:
      break;
  }
  const state = sqlStateOf(err);
  if (state === SqlState.uniqueViolation || state === SqlState.exclusionViolation) {
    return new ConflictError('This conflicts with something saved at the same moment.', 'conflict');
  }
  return undefined;
}

// One log line per kind per 10 s: an outage answers thousands of 503s and must not flood the log.
const lastLogged = new Map<string, number>();
function logOnce(kind: string): void {
  const now = Date.now();
  if (now - (lastLogged.get(kind) ?? 0) < 10_000) return;
  lastLogged.set(kind, now);
  console.error(`answering 503: ${kind}`);
}

/** 404 for unknown API routes, in the same shape. */
export function notFound(c: Context): Response {
  return c.json({ error: { message: 'Not found.', issues: [] } }, 404);
}
