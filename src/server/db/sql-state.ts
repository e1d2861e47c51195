/**
 * The one place that reads a database error: its SQLSTATE (pg and PGlite both put it on `code`), and
 * whether it means "the database is unavailable right now" (unreachable, hung, out of disk) as opposed
 * to a bug or a refused write. on-error.ts maps the answer to HTTP; services test for the states they
 * handle themselves (unique or exclusion violations, serialization failures they retry).
 */

/** SQLSTATEs code reacts to by name. */
export const SqlState = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  queryCanceled: '57014',
  diskFull: '53100',
  featureNotSupported: '0A000',
  inFailedTransaction: '25P02',
} as const;

/** The SQLSTATE of a database error, or undefined for anything else (a five-character `code`). */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Whether `error` carries the given SQLSTATE. */
export function hasSqlState(error: unknown, state: string): boolean {
  return sqlStateOf(error) === state;
}

/**
 * A prepared statement whose result columns changed under it (a migration added a column to a table it
 * reads with `*`): PostgreSQL refuses to run it again with "cached plan must not change result type". The
 * statement did nothing; prepared again, it runs (database.ts renames every statement when it sees this).
 */
export function isStalePlan(error: unknown): boolean {
  return (
    hasSqlState(error, SqlState.featureNotSupported) &&
    error instanceof Error &&
    /cached plan must not change result type/i.test(error.message)
  );
}

/** Why the database cannot serve now, or undefined when `error` is not such a failure. */
export type Unavailability = 'disk_full' | 'database_unavailable' | 'busy';

// Errors pg raises itself (no SQLSTATE): a pool that waited past connectionTimeoutMillis, a query past
// query_timeout, a connection cut mid-query, and the socket errors of a server that is down.
const CLIENT_SIDE = [
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /connection terminated/i,
  /connection (?:was )?refused/i,
  /Client has encountered a connection error/i,
];
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** Classify a failure as the database being unavailable (transient: the client should retry). */
export function unavailability(error: unknown): Unavailability | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  // ENOSPC comes from PGlite, which writes its files through node:fs; 53100 from a PostgreSQL server.
  if (code === 'ENOSPC' || code === SqlState.diskFull) return 'disk_full';
  const state = sqlStateOf(error);
  if (state !== undefined) {
    // 08: connection exception; 53: insufficient resources; 57P0x: shutting down / starting up;
    // 57014: statement_timeout fired (the server is too slow or stuck on a lock).
    if (state.startsWith('08') || state.startsWith('53') || /^57P0[1-4]$/.test(state)) {
      return 'database_unavailable';
    }
    if (state === SqlState.queryCanceled || isStalePlan(error)) return 'busy';
    if (state === SqlState.serializationFailure || state === SqlState.deadlockDetected) return 'busy';
    return undefined;
  }
  if (typeof code === 'string' && SOCKET_CODES.has(code)) return 'database_unavailable';
  const message = error instanceof Error ? error.message : '';
  return CLIENT_SIDE.some((re) => re.test(message)) ? 'database_unavailable' : undefined;
}
