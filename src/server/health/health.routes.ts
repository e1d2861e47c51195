import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';

/** How long /readyz waits for the database before calling it not ready (a hung server never answers). */
const READY_TIMEOUT_MS = 2000;

/**
 * `GET /healthz` is liveness: the process answers (a load balancer should not restart it because the
 * database is away). `GET /readyz` is readiness: it asks the database, 200 when it answers and 503 with
 * Retry-After when it does not, so a balancer stops sending traffic to a process that cannot serve.
 */
export function healthRoutes(db: Kysely<DB>): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const ready = await databaseAnswers(db);
    c.header('Cache-Control', 'no-store');
    if (ready) return c.json({ ok: true, database: 'ok' });
    c.header('Retry-After', '5');
    return c.json({ ok: false, database: 'unavailable' }, 503);
  });
  return app;
}

async function databaseAnswers(db: Kysely<DB>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  const probe = sql`SELECT 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
