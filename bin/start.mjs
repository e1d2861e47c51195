#!/usr/bin/env node
// `npm start`: build the web app once if it is missing, then run the server (TypeScript through tsx,
// in this same process so signals reach it directly).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = process.env.UNKNOT_WEB_DIR || join(root, 'dist', 'web');
const vite = join(root, 'node_modules', '.bin', 'vite');

const wantBuild = process.env.UNKNOT_SKIP_BUILD !== '1';
if (
  wantBuild &&
  !existsSync(join(webDir, 'index.html')) &&
  existsSync(join(root, 'vite.config.ts')) &&
  existsSync(vite)
) {
  console.log('Building the web app (first start)…');
  const build = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) console.error('The web build failed; serving the API with a placeholder page.');
}

process.env.UNKNOT_WEB_DIR = webDir;
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(join(root, 'src', 'server', 'main.ts')).href);
