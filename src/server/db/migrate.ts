import { type Kysely, type MigrationProvider, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * True when the database has run exactly our migrations: two indexed catalog reads, where Kysely's
 * Migrator introspects every table (several times) before finding it has nothing to do, ~0.2-0.4 s of
 * each PGlite start. Anything else (a fresh database, a pending or an unknown migration) goes to the
 * Migrator, which takes its lock and decides.
 */
async function isAtLatest(db: Kysely<unknown>): Promise<boolean> {
  const table = await sql<{ present: boolean }>`
    SELECT to_regclass('kysely_migration') IS NOT NULL AS present`.execute(db);
  if (!table.rows[0]?.present) return false;
  const done = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  const expected = Object.keys(migrations).sort();
  return done.rows.length === expected.length && done.rows.every((row, i) => row.name === expected[i]);
}

/** Bring the database to the latest migration; throws (with the failing migration's name) on error. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
  // Migrations see an untyped database: they describe the schema the DB type is written from.
  const untyped = db as unknown as Kysely<unknown>;
  if (await isAtLatest(untyped)) return;
  const migrator = new Migrator({ db: untyped, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
