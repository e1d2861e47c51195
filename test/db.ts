import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { kyselyOverPglite, openPostgres } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import {
  ensurePgliteTemplate,
  PGLITE_TEMPLATE_NAME,
  readPgliteTemplate,
} from '../src/server/db/pglite-template.ts';
import type { DB } from '../src/server/db/schema.ts';

/** A fresh, migrated database for one test file. Call `close()` in afterAll. */
export interface TestDb {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** The template cache for test databases: one per machine and PGlite version. */
const templateFile = join(tmpdir(), PGLITE_TEMPLATE_NAME);

async function createPgliteDb(): Promise<TestDb> {
  const pglite = await PGlite.create({
    extensions: { btree_gist },
    loadDataDir: readPgliteTemplate(await ensurePgliteTemplate(templateFile)),
  });
  const db = kyselyOverPglite(pglite);
  await migrateToLatest(db);
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

async function createPostgresDb(url: string): Promise<TestDb> {
  const name = `unknot_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), 10);
  await migrateToLatest(database.db);
  return {
    db: database.db,
    kind: 'postgres',
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * A fresh database per call, migrated: PGlite in memory, or (when DATABASE_URL is set) a new
 * database `unknot_t_<random>` on that server, dropped by `close()`.
 *
 * @example
 * const t = await createTestDb();
 * afterAll(() => t.close());
 */
export function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  return url ? createPostgresDb(url) : createPgliteDb();
}

/** Count rows of a table (for "exactly one row" assertions). */
export async function countRows(db: Kysely<DB>, table: keyof DB & string): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
