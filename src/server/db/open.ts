import { rmSync } from 'node:fs';
import type { AppConfig } from '../config.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { type Database, openPglite, openPostgres } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { copyPgliteTemplate, DamagedTemplateError } from './pglite-template.ts';

/** An open, migrated database and, for PGlite, the data-dir lock (released by `close`). */
export interface OpenedDatabase extends Database {
  lock: DataDirLock | null;
}

/**
 * Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under the data dir
 * after taking its exclusive lock (a fresh dir is first filled from the template when one is given).
 * Runs the migrations before returning.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'dataDir' | 'databaseUrl'> &
    Partial<Pick<AppConfig, 'pgliteTemplate' | 'dbTimeouts' | 'dbPoolMax' | 'dbPreparedStatements'>>,
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    // Migrations on a pool of their own without the statement timeouts (a migration may rewrite a big
    // table), but a start against an unreachable server still gives up on connecting after 10 s.
    const migrator = openPostgres(config.databaseUrl, {
      max: 1,
      timeouts: { connectMs: 10_000, statementMs: 0, queryMs: 0 },
      preparedStatements: false,
    });
    try {
      await migrateToLatest(migrator.db);
    } finally {
      await migrator.close();
    }
    return {
      ...openPostgres(config.databaseUrl, {
        max: config.dbPoolMax,
        timeouts: config.dbTimeouts,
        preparedStatements: config.dbPreparedStatements,
      }),
      lock: null,
    };
  }
  const lock = lockDataDir(config.dataDir);
  try {
    if (config.pgliteTemplate) copyTemplateOrSkip(config.pgliteTemplate, config.dataDir);
    const database = await openPglite(config.dataDir);
    await migrateToLatest(database.db);
    return {
      ...database,
      lock,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/**
 * Fill a fresh data dir from the template. A damaged template (a disk error, a copy cut short) wrote
 * nothing: it is deleted, so the next `npm start` makes a new one, and this start runs initdb instead.
 */
function copyTemplateOrSkip(template: string, dataDir: string): void {
  try {
    copyPgliteTemplate(template, dataDir);
  } catch (err) {
    if (!(err instanceof DamagedTemplateError)) throw err;
    console.error(`${err.message} Deleted; starting from an empty cluster instead.`);
    rmSync(template, { force: true });
  }
}
