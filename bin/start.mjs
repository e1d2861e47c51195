#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources, then run the server in this same process
// (so signals reach it directly).
// - The server: one esbuild bundle of src/server/main.ts into dist/server/main.mjs (well under a second),
//   because loading ~100 TypeScript files through an on-the-fly transform cost seconds at every start.
// - The web app: `vite build` into dist/web (about 10 s), skipped while fresh or with UNKNOT_SKIP_BUILD=1.
// - For the embedded database, a ready PGlite cluster (initdb'd, migrated, cleanly shut down) as an
//   uncompressed tar in dist/ (made once, ~5 s, while Vite builds): a fresh data dir is unpacked from it by
//   src/server/db/pglite-template.ts, instead of ~5 s of initdb or ~2 s of loading a gzipped tarball through
//   PGlite's WebAssembly file system.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const customWebDir = process.env.UNKNOT_WEB_DIR;
const webDir = customWebDir || join(root, 'dist', 'web');
const serverOut = join(root, 'dist', 'server', 'main.mjs');
// The PGlite template's file name, noted beside the bundle that computed it (see pgliteTemplate).
const templateNameFile = join(root, 'dist', 'server', 'pglite-template.name');
const vite = join(root, 'node_modules', '.bin', 'vite');
// UNKNOT_SKIP_BUILD=1 skips the web build only (the tests bring their own); the server bundle is always checked.
const skipBuild = process.env.UNKNOT_SKIP_BUILD === '1';

/** Newest modification time under a path (files only), so a `git pull` of the sources rebuilds. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const stampOf = (paths) => String(Math.floor(Math.max(...paths.map((p) => newestMtime(join(root, p))))));
const isFresh = (stampFile, stamp) => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;

/** Resolves when the web app is fresh (building it in a child process when not). */
async function buildWeb() {
  if (!existsSync(join(root, 'vite.config.ts')) || !existsSync(vite)) return;
  const built = existsSync(join(webDir, 'index.html'));
  // A caller-provided UNKNOT_WEB_DIR (the e2e runs) is theirs to keep fresh: build it only when empty.
  if (customWebDir && built) return;
  const stampFile = join(webDir, '.unknot-build-stamp');
  const stamp = stampOf(['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json']);
  if (built && isFresh(stampFile, stamp)) return;
  console.log(
    built ? 'Rebuilding the web app (its sources changed)…' : 'Building the web app (first start)…',
  );
  // The PWA plugin's workbox writes `<hash>/sw.js` under TMPDIR and never removes it: a dir of our own, removed.
  const tmp = mkdtempSync(join(tmpdir(), 'unknot-web-build-'));
  const status = await new Promise((done) => {
    const child = spawn(vite, ['build', '--logLevel', 'warn', '--outDir', webDir], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', TMPDIR: tmp },
    });
    child.on('close', done);
    child.on('error', () => done(1));
  }).finally(() => rmSync(tmp, { recursive: true, force: true }));
  if (status === 0) writeFileSync(stampFile, stamp);
  else console.error('The web build failed; serving the API with a placeholder page.');
}

async function buildServer() {
  const stampFile = `${serverOut}.stamp`;
  // bin/start.mjs itself too: it holds the build options.
  const stamp = stampOf(['src/server', 'src/domain', 'package-lock.json', 'bin/start.mjs']);
  if (existsSync(serverOut) && isFresh(stampFile, stamp)) return;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [
      join(root, 'src', 'server', 'main.ts'),
      join(root, 'src', 'server', 'db', 'pglite-template.ts'),
    ],
    bundle: true,
    write: false,
    outdir: dirname(serverOut),
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The packages are bundled too: Node's ESM loader resolved and compiled their ~700 files one by one,
    // ~0.6 s of every start (kysely and zod alone ~0.35 s). External stay what needs its own files on disk:
    // PGlite (its .wasm, .data and extension bundles sit beside its modules) and argon2 (a native addon).
    external: ['@electric-sql/pglite', '@electric-sql/pglite/*', '@node-rs/argon2', 'pg-native'],
    // CommonJS packages (pg, nodemailer) call require() for Node's built-ins, which an ES module lacks.
    banner: {
      js: "import { createRequire as __unknotCreateRequire } from 'node:module'; const require = __unknotCreateRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  mkdirSync(dirname(serverOut), { recursive: true });
  rmSync(templateNameFile, { force: true });
  // Write then rename, so two starts at once never load a half-written bundle.
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
  writeFileSync(stampFile, stamp);
}

/**
 * The PGlite template's path, made if missing (not needed with DATABASE_URL); older ones are removed.
 * Its name comes from the bundled template code (PGlite's version, a digest of the migrations); a start
 * that finds it noted and the template present skips loading that code (~70 ms).
 */
async function pgliteTemplate() {
  if (process.env.DATABASE_URL) return undefined;
  const dist = join(root, 'dist');
  if (existsSync(templateNameFile)) {
    const noted = join(dist, readFileSync(templateNameFile, 'utf8').trim());
    if (existsSync(noted)) return noted;
  }
  const { ensurePgliteTemplate, PGLITE_TEMPLATE_NAME } = await import(
    pathToFileURL(join(dirname(serverOut), 'pglite-template.mjs')).href
  );
  const template = join(dist, PGLITE_TEMPLATE_NAME);
  await ensurePgliteTemplate(template);
  // Templates of another PGlite or other migrations (and the older tarballs) no longer fit: drop them.
  for (const entry of readdirSync(dist)) {
    if (entry.startsWith('unknot-pglite-template-') && entry !== PGLITE_TEMPLATE_NAME)
      rmSync(join(dist, entry), { recursive: true, force: true });
  }
  writeFileSync(templateNameFile, PGLITE_TEMPLATE_NAME);
  return template;
}

process.env.UNKNOT_WEB_DIR = webDir;
let bundled = true;
try {
  await buildServer();
} catch (err) {
  bundled = false;
  console.error(
    `Could not bundle the server (${err instanceof Error ? err.message : err}); running from source.`,
  );
}
const [template] = await Promise.all([
  bundled ? pgliteTemplate().catch(() => undefined) : undefined,
  skipBuild ? undefined : buildWeb(),
]);
if (template && !process.env.UNKNOT_PGLITE_TEMPLATE) process.env.UNKNOT_PGLITE_TEMPLATE = template;
if (bundled) {
  await import(pathToFileURL(serverOut).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'server', 'main.ts')).href);
}
