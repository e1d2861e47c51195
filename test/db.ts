import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { openPglite, openPostgres } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import {
  copyPgliteTemplate,
  ensurePgliteTemplate,
  PGLITE_TEMPLATE_NAME,
} from '../src/server/db/pglite-template.ts';
import type { DB } from '../src/server/db/schema.ts';

/** A fresh, migrated database for one test file. Call `close()` in afterAll. */
export interface TestDb {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** The template cache for test databases: one per machine, PGlite version and set of migrations. */
const template = join(tmpdir(), PGLITE_TEMPLATE_NAME);

/** A copy of the template in a temp dir, opened as the server opens its data dir; `close()` deletes it. */
async function createPgliteDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-test-db-'));
  try {
    copyPgliteTemplate(await ensurePgliteTemplate(template), dir);
    const database = await openPglite(dir);
    // A no-op on a fresh template; kept so the test database is at the latest migration whatever the copy.
    await migrateToLatest(database.db);
    return {
      db: database.db,
      kind: 'pglite',
      async close() {
        try {
          await database.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
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
 * A fresh database per call, migrated: PGlite in a temp dir, or (when DATABASE_URL is set) a new
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
