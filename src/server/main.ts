import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { seedDemo } from './booking/demo.ts';
import { configFromEnv } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open.ts';

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
  if (config.demo) await seedDemo(database.db);

  const app = createApp({ db: database.db, config });
  if (config.testClock) {
    console.warn(
      "Test clock on: POST /api/v1/test/clock moves this server's time forward. Never in production.",
    );
  }
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
