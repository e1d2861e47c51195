import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
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
 * The file name of the template for this PGlite version and these migrations (a cluster only opens
 * under the PGlite that made it, and holds the schema of the migrations that ran in it).
 */
export const PGLITE_TEMPLATE_NAME = `unknot-pglite-template-${pgliteVersion()}-${migrationsDigest()}.tar`;

/** The template file is not a whole archive as {@link ensurePgliteTemplate} writes it. */
export class DamagedTemplateError extends Error {
  override name = 'DamagedTemplateError';
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`The PGlite template ${file} is damaged (${why}): delete it to rebuild.`);
  }
}

/** Present in a complete cluster: PostgreSQL's own marker, and the file the copy writes last. */
const MARKER = 'PG_VERSION';

/**
 * A ready PGlite cluster as an uncompressed tar file at `file`, made once: initdb (~5 s of WebAssembly
 * work), btree_gist, every migration, then a clean shutdown, so a fresh data dir is an unpacking away
 * from a started, migrated database (no crash recovery, no migrations). Built under temp names beside
 * `file` and renamed, so parallel processes never read half a template.
 */
export async function ensurePgliteTemplate(file: string): Promise<string> {
  if (existsSync(file)) return file;
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const staging = `${temp}.d`;
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
    // Flushed before the rename, so a power cut cannot leave a short file under the final name.
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, packTar(staging));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(temp, { force: true });
  }
  return file;
}

/**
 * Fill a data dir that holds no cluster yet from `template` (see {@link ensurePgliteTemplate}); returns
 * false, writing nothing, when `dataDir` already has one or the template is missing. One read of the
 * archive and one write per file (~1,000 files): 2-3x faster than copying a directory of them, and
 * ~10x faster than PGlite's own loading of a tarball through its WebAssembly file system.
 *
 * PG_VERSION is written last: an unpacking cut short (a crash, SIGKILL) leaves no marker, so the next
 * start unpacks again over the partial files instead of opening a broken cluster. Files are private to
 * the owner (0600, directories 0700), as PostgreSQL makes them.
 */
export function copyPgliteTemplate(template: string, dataDir: string): boolean {
  if (existsSync(join(dataDir, MARKER)) || !existsSync(template)) return false;
  let marker: Uint8Array | undefined;
  // The whole archive is checked before the first write: a damaged template writes nothing.
  const entries = [...readTar(readFileSync(template), template)];
  for (const entry of entries) {
    const path = join(dataDir, entry.name);
    if (entry.data === undefined) mkdirSync(path, { recursive: true, mode: 0o700 });
    else if (entry.name === MARKER) marker = entry.data;
    else writeFileSync(path, entry.data, { mode: 0o600 });
  }
  if (!marker) throw new DamagedTemplateError(template, `no ${MARKER}`);
  writeFileSync(join(dataDir, MARKER), marker, { mode: 0o600 });
  return true;
}

// A minimal ustar (POSIX tar) writer and reader for the template: directories and regular files only.

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function tarHeader(name: string, size: number, type: '0' | '5'): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`Path too long for the template archive: ${name}`);
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0);
  header.write(octal(type === '5' ? 0o700 : 0o600, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(0, 12), 136);
  header.write(type, 156);
  header.write('ustar\x0000', 257, 'latin1');
  header.write('        ', 148);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/** The tree under `root` as a tar archive, directories before their contents, PG_VERSION last. */
function packTar(root: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (name === MARKER) continue;
      if (entry.isDirectory()) {
        parts.push(tarHeader(`${name}/`, 0, '5'));
        walk(name);
      } else if (entry.isFile()) {
        parts.push(fileEntry(name, readFileSync(join(root, name))));
      } else {
        throw new Error(`Unexpected file type in the PGlite cluster: ${name}`);
      }
    }
  };
  walk('');
  parts.push(fileEntry(MARKER, readFileSync(join(root, MARKER))));
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

function fileEntry(name: string, data: Buffer): Buffer {
  const padding = (BLOCK - (data.length % BLOCK)) % BLOCK;
  return Buffer.concat([tarHeader(name, data.length, '0'), data, Buffer.alloc(padding)]);
}

/** One archive entry: `data` is undefined for a directory. */
interface TarEntry {
  name: string;
  data?: Uint8Array;
}

/** The entries of an archive written by {@link packTar}; throws on anything else or a damaged file. */
function* readTar(archive: Buffer, file: string): Generator<TarEntry> {
  const damaged = (why: string) => new DamagedTemplateError(file, why);
  const field = (offset: number, length: number) =>
    archive.toString('latin1', offset, offset + length).replace(/\0.*$/s, '');
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
    if (sum !== Number.parseInt(field(offset + 148, 8), 8)) throw damaged('bad header checksum');
    const name = field(offset, 100).replace(/\/$/, '');
    const size = Number.parseInt(field(offset + 124, 12), 8);
    const type = field(offset + 156, 1);
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw damaged(`bad path ${name}`);
    const start = offset + BLOCK;
    if (start + size > archive.length) throw damaged('truncated');
    if (type === '5') yield { name };
    else if (type === '0' || type === '') yield { name, data: archive.subarray(start, start + size) };
    else throw damaged(`entry type ${type}`);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw damaged('no end-of-archive marker');
}
