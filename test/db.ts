import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { makeScratch, removeScratch } from '../e2e/support/scratch.ts';
import { isAlive } from '../src/server/db/data-dir-lock.ts';
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

const TEMPLATE_PREFIX = 'unknot-pglite-template-';

/** A template of other migrations unused for this long serves no running test (each use marks it). */
const TEMPLATE_IDLE_MS = 10 * 60 * 1000;

/**
 * After building a new template: delete templates of other versions or migrations (41 MB each, one per
 * change of the migrations) once idle, and half-built ones (`.<name>.<pid>.<hex>[.d]`) of dead processes.
 * Never the current name, and never one another run used in the last minutes.
 */
function pruneTemplates(): void {
  const dir = tmpdir();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (name.startsWith(TEMPLATE_PREFIX) && name.endsWith('.tar') && name !== PGLITE_TEMPLATE_NAME) {
        if (Date.now() - statSync(path).mtimeMs > TEMPLATE_IDLE_MS) rmSync(path, { force: true });
      } else if (name.startsWith(`.${TEMPLATE_PREFIX}`)) {
        const pid = /\.(\d+)\.[0-9a-f]{8}(\.d)?$/.exec(name)?.[1];
        if (pid !== undefined && !isAlive(Number(pid))) rmSync(path, { recursive: true, force: true });
      }
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** The template, built if missing; marked as used now (see {@link pruneTemplates}). */
async function readyTemplate(): Promise<string> {
  const built = !existsSync(template);
  await ensurePgliteTemplate(template);
  if (built) pruneTemplates();
  try {
    const now = new Date();
    utimesSync(template, now, now);
  } catch {
    // deleted meanwhile: the copy below builds it again
  }
  return template;
}

/** A copy of the template in a temp dir, opened as the server opens its data dir; `close()` deletes it. */
async function createPgliteDb(): Promise<TestDb> {
  // Named with our pid: a run killed before close() leaves a dir the next run removes (see makeScratch).
  const dir = makeScratch('unknot-test-db-');
  try {
    // A template deleted between the check and the read (another checkout's prune) is built again once.
    if (!copyPgliteTemplate(await readyTemplate(), dir)) copyPgliteTemplate(await readyTemplate(), dir);
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
          removeScratch(dir);
        }
      },
    };
  } catch (err) {
    removeScratch(dir);
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
  // The serving timeouts, widened: on a busy shared test machine a statement can wait seconds for CPU,
  // and a test should fail on behaviour, not on the machine's load (fail-fast.test.ts tests the real ones).
  const database = openPostgres(target.toString(), {
    max: 10,
    timeouts: { connectMs: 20_000, statementMs: 20_000, queryMs: 25_000 },
  });
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
