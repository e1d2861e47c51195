import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/** PGlite's version, read from its package.json (its exports map does not expose the file to import). */
function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** The file name of the template for this PGlite version (a template only fits the version that made it). */
export const PGLITE_TEMPLATE_NAME = `unknot-pglite-template-${pgliteVersion()}.tar.gz`;

/**
 * An initdb'd, empty PGlite data dir as a gzipped tarball at `file`, made once: creating a cluster costs
 * ~5 s of WebAssembly work, loading this tarball ~1-2 s. Written to a temp name and renamed, so parallel
 * processes never read half a file.
 */
export async function ensurePgliteTemplate(file: string): Promise<string> {
  if (existsSync(file)) return file;
  const pglite = await PGlite.create({ extensions: { btree_gist } });
  await pglite.exec('CREATE EXTENSION IF NOT EXISTS btree_gist');
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const temp = join(
    dirname(file),
    `.${PGLITE_TEMPLATE_NAME}.${process.pid}.${randomBytes(4).toString('hex')}`,
  );
  writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  renameSync(temp, file);
  return file;
}

/** The template as PGlite's `loadDataDir` wants it. */
export function readPgliteTemplate(file: string): Blob {
  return new Blob([readFileSync(file)]);
}
