import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { readPgliteTemplate } from './pglite-template.ts';
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
 * Open PGlite under `dataDir` (created if missing) with the btree_gist extension. A fresh dir starts from
 * `template` (an empty cluster as a tarball, see pglite-template.ts) when given: ~2 s instead of ~5 s of initdb.
 */
export async function openPglite(dataDir: string, template?: string): Promise<Database> {
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  const pglite = await PGlite.create(dataDir, {
    extensions: { btree_gist },
    ...(fresh && template && existsSync(template) ? { loadDataDir: readPgliteTemplate(template) } : {}),
  });
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
