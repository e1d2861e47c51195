import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { hasSqlState, isStalePlan, SqlState } from './sql-state.ts';

/** An open database and how to close it cleanly. */
export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Kysely over an existing PGlite instance, through PGlite's node-postgres adapter, so the one SQL
 * dialect (PostgresDialect over pg.Pool) serves both databases.
 *
 * PGlite is ONE backend session. The pool therefore holds exactly one client (`max: 1`): Kysely's
 * transactions acquire that client for their whole duration, so every transaction runs alone and
 * statements of concurrent requests can never interleave inside another request's BEGIN…COMMIT.
 * `idleTimeoutMillis: 0` keeps that client for the life of the process.
 */
export function kyselyOverPglite(pglite: PGlite): Kysely<DB> {
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * PGlite's start parameters: its own defaults with a 32 MB buffer pool instead of initdb's 128 MB.
 * PostgreSQL clears the pool at every start and keeps it resident (in the WebAssembly heap, so in the
 * process's RSS): 128 MB cost ~0.4 s of start-up and ~110 MB of memory, for a database of a few MB whose
 * pages the OS caches anyway (PGlite reads and writes them through node:fs).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** The options every PGlite of ours opens with (the server's, the template's), so one cluster fits all. */
export function pgliteOptions(): PGliteOptions {
  return { extensions: { btree_gist }, startParams: START_PARAMS };
}

/**
 * Open PGlite under `dataDir` (created if missing, by initdb: ~5 s; `openDatabase` first copies a
 * ready template into a fresh dir, see pglite-template.ts) with the btree_gist extension.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir, pgliteOptions());
  const db = kyselyOverPglite(pglite);
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** How long the server waits on PostgreSQL before answering 503 (see docs/deploy.md). */
export interface PostgresTimeouts {
  /** Waiting for a connection (a new one, or a free one from the pool). */
  connectMs: number;
  /** Server side: PostgreSQL cancels a statement running longer than this (SQLSTATE 57014). */
  statementMs: number;
  /** Client side: give up on an answer after this long even when the server is hung (SIGSTOP, a dead link). */
  queryMs: number;
}

/**
 * Together under 5 s: a request whose database is down or hung gets its 503 before a person gives up, and
 * before a reverse proxy's own timeout answers a less helpful 502/504.
 */
export const DEFAULT_TIMEOUTS: PostgresTimeouts = { connectMs: 2000, statementMs: 2500, queryMs: 3000 };

/** How {@link openPostgres} connects. */
export interface PostgresOptions {
  /** Connections this pool may open (default 20). */
  max?: number;
  /** `null` waits without limit (the migrations, which may legitimately run long). */
  timeouts?: PostgresTimeouts | null;
  /**
   * Run each statement as a named, server-side prepared statement on its connection (default on): see
   * {@link namedStatements}. Off for a connection pooler that cannot carry them (PgBouncer before 1.21 in
   * transaction mode; see docs/deploy.md).
   */
  preparedStatements?: boolean;
}

/**
 * Connect to a PostgreSQL server (DATABASE_URL) with timeouts, so a database that is unreachable or hung
 * fails requests fast (503) instead of holding them for ever.
 */
export function openPostgres(connectionString: string, options: PostgresOptions = {}): Database {
  const { max = 20, timeouts = DEFAULT_TIMEOUTS, preparedStatements = true } = options;
  const pool = new pg.Pool({
    connectionString,
    max,
    // 0 turns a timeout off (pg's own convention).
    ...(timeouts && {
      connectionTimeoutMillis: timeouts.connectMs,
      ...(timeouts.statementMs > 0 && { statement_timeout: timeouts.statementMs }),
      ...(timeouts.queryMs > 0 && { query_timeout: timeouts.queryMs }),
    }),
  });
  // An idle client's connection dropping must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error(`postgres pool: ${err.name}`));
  pool.on('connect', (client) => {
    // A checked-out client whose connection drops (a server restart, a cut after a timeout) emits
    // 'error' with no listener of pg-pool's attached: unhandled, that would crash the process.
    client.on('error', () => {});
    if (preparedStatements) namedStatements(client);
    if (timeouts) dropOnReadTimeout(client);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * At most this many statement texts get a name. Unknot's own statements number about a hundred (lists of
 * ids and multi-row inserts vary in length, so a few texts per statement); the cap bounds what each
 * connection keeps prepared on the server (and this map) whatever a caller composes. Texts beyond it run
 * unnamed, as before.
 */
export const MAX_NAMED_STATEMENTS = 400;
const statementNames = new Map<string, string>();
/** Part of every name; a new generation gives every statement a new name (see {@link renameStatements}). */
let generation = 0;

/** The name for a statement text, the same in every connection of the process, or undefined past the cap. */
export function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `unknot_${generation}_${statementNames.size}`;
  statementNames.set(text, name);
  return name;
}

/**
 * Forget every name, so each statement is prepared again under a new one on every connection. After a
 * migration changed a table under statements prepared before it (a rolling deploy: another process
 * migrated), PostgreSQL refuses each of them once per connection ("cached plan must not change result
 * type"); new names mean each is refused at most once in this process, and the statements prepared under
 * the old names are no longer used.
 */
export function renameStatements(): void {
  generation++;
  statementNames.clear();
}

/**
 * Kysely sends each statement as text with parameters, which PostgreSQL parses, analyses and plans every
 * time: in bench/booking.bench.ts planning cost the server as much CPU as running the booking's statements
 * (0.2-0.3 ms for each). Named, a statement is parsed once per connection (pg remembers which names its
 * connection has prepared), and PostgreSQL reuses a plan once a generic one is judged as good as the custom
 * ones (plan_cache_mode auto); DDL invalidates cached plans on the server. A statement refused as stale (see
 * {@link renameStatements}) is run once more under its new name; inside a transaction that fails too (the
 * transaction is already aborted), and the first error is the answer (a 503, see sql-state.ts).
 */
function namedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const run = (text: string, values: unknown[], name: string | undefined): Promise<unknown> =>
    name === undefined ? query(text, values) : query({ name, text, values });
  const wrapped = (...args: unknown[]): unknown => {
    const [text, values, ...rest] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || rest.length > 0) return query(...args);
    const name = statementName(text);
    const result = run(text, values, name);
    if (name === undefined) return result;
    return result.catch(async (error: unknown) => {
      if (!isStalePlan(error)) throw error;
      if (statementName(text) === name) renameStatements();
      try {
        return await run(text, values, statementName(text));
      } catch (again) {
        throw hasSqlState(again, SqlState.inFailedTransaction) ? error : again;
      }
    });
  };
  Object.assign(client, { query: wrapped });
}

/**
 * A query that timed out on the client side leaves its connection mid-statement: the server may still
 * finish it later, and a transaction whose ROLLBACK timed out too would stay open for the next borrower,
 * whose own writes would then sit in it uncommitted. So the timed-out connection is cut: the server rolls
 * back whatever it held, and the pool, seeing the client is no longer queryable, drops it on release.
 */
function dropOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const wrapped = (...args: unknown[]): unknown => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((err: unknown) => {
        if (err instanceof Error && err.message === 'Query read timeout') cut(client);
      });
    }
    return result;
  };
  Object.assign(client, { query: wrapped });
}

function cut(client: pg.PoolClient): void {
  const connection: unknown = Reflect.get(client, 'connection');
  const stream: unknown = connection && Reflect.get(connection, 'stream');
  if (stream && typeof stream === 'object' && 'destroy' in stream && typeof stream.destroy === 'function') {
    stream.destroy();
  }
}
