import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { kyselyOverPglite, pgliteOptions } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

/** PGlite's version, read from its package.json (its exports map does not expose the file to import). */
function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** A short digest of the migrations' names and code: a template holds their result, so it fits only them. */
function migrationsDigest(): string {
  const hash = createHash('sha256');
  for (const [name, migration] of Object.entries(migrations)) {
    hash.update(`${name}\n${migration.up.toString()}\n${migration.down?.toString() ?? ''}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The directory name of the template for this PGlite version and these migrations (a cluster only opens
 * under the PGlite that made it, and holds the schema of the migrations that ran in it).
 */
export const PGLITE_TEMPLATE_NAME = `unknot-pglite-template-${pgliteVersion()}-${migrationsDigest()}`;

/** Present in a complete cluster: PostgreSQL's own marker, and the file the copy writes last. */
const MARKER = 'PG_VERSION';

/**
 * A ready PGlite data directory at `dir`, made once: initdb (~5 s of WebAssembly work), btree_gist,
 * every migration, then a clean shutdown, so a fresh data dir is a file copy away from a started,
 * migrated database. Built under a temp name beside `dir` and renamed, so parallel processes never
 * see half a template; a loser of that race drops its own copy.
 */
export async function ensurePgliteTemplate(dir: string): Promise<string> {
  if (existsSync(join(dir, MARKER))) return dir;
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    const pglite = await PGlite.create(staging, pgliteOptions());
    try {
      await pglite.exec('CREATE EXTENSION IF NOT EXISTS btree_gist');
      const db = kyselyOverPglite(pglite);
      await migrateToLatest(db);
      await db.destroy();
    } finally {
      await pglite.close();
    }
    try {
      renameSync(staging, dir);
    } catch (err) {
      // Another process finished first (the target exists and is not empty): use theirs.
      if (!existsSync(join(dir, MARKER))) throw err;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Fill a data dir that holds no cluster yet from `template` (see {@link ensurePgliteTemplate});
 * returns false, copying nothing, when `dataDir` already has one or the template is missing.
 *
 * PG_VERSION is copied last: a copy cut short (a crash, SIGKILL) leaves no marker, so the next start
 * copies again over the partial files instead of opening a broken cluster.
 */
export function copyPgliteTemplate(template: string, dataDir: string): boolean {
  if (existsSync(join(dataDir, MARKER)) || !existsSync(join(template, MARKER))) return false;
  const marker = join(template, MARKER);
  cpSync(template, dataDir, { recursive: true, filter: (source) => source !== marker });
  cpSync(marker, join(dataDir, MARKER));
  return true;
}
