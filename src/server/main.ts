import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open.ts';
import type { DB } from './db/schema.ts';

/** Seed demo data when UNKNOT_DEMO=1 and the booking area provides a seeder. */
async function seedDemoIfAsked(db: Kysely<DB>): Promise<void> {
  const file = new URL('./booking/demo.ts', import.meta.url);
  if (!existsSync(file)) return;
  const mod = (await import(file.href)) as { seedDemo?: (db: Kysely<DB>) => Promise<void> };
  await mod.seedDemo?.(db);
}

async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }
  if (config.demo) await seedDemoIfAsked(database.db);

  const app = createApp({ db: database.db, config });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Unknot listening on http://${config.host}:${info.port}`);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing`);
    // Stop accepting, let in-flight requests finish, then close the database cleanly (checkpoint) and
    // release the data-dir lock.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      database.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `Unknot failed to start: ${err.message}` : err);
  process.exit(1);
});
