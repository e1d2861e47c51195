import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

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

/** Connect to a PostgreSQL server (DATABASE_URL). */
export function openPostgres(connectionString: string, max = 20): Database {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client's connection dropping must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error(`postgres pool: ${err.name}`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
