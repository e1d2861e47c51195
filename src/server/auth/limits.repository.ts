import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * How a key is limited.
 * - `window`: at most `limit` attempts per fixed window of `windowMs`; then blocked until the window ends.
 * - `progressive`: `free` attempts, then each further one waits `baseMs`, doubling up to `capMs`; the count
 *   starts over after `windowMs` without an attempt. A guesser slows to a crawl, but the real owner is never
 *   locked out for longer than `capMs`.
 */
export type LimitPolicy =
  | { kind: 'window'; limit: number; windowMs: number }
  | { kind: 'progressive'; free: number; baseMs: number; capMs: number; windowMs: number };

/** The answer to one counted attempt: allowed, or blocked for `retryAfterMs`. */
export type LimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Keys are stored hashed: the table holds no e-mail address or IP address in the clear. */
export function limitKey(kind: string, subject: string): string {
  return createHash('sha256').update(`${kind}:${subject}`).digest('hex');
}

/**
 * SQL for the shared limits. Every attempt is one upsert: PostgreSQL's row lock on the key serialises
 * concurrent attempts from all server processes, so the count is exact, and a blocked key is not counted
 * (its row is left as it is and the statement returns nothing).
 */
export const limitsRepository = {
  async hit(db: Kysely<DB>, key: string, policy: LimitPolicy, now: Date): Promise<LimitResult> {
    const windowMs = policy.windowMs;
    const stale = new Date(now.getTime() - windowMs);
    // The window restarts when its start is older than windowMs (window) / the last attempt was (progressive).
    const next = sql<number>`CASE WHEN auth_limits.window_start <= ${stale} THEN 1 ELSE auth_limits.count + 1 END`;
    const start =
      policy.kind === 'window'
        ? sql<Date>`CASE WHEN auth_limits.window_start <= ${stale} THEN ${now}::timestamptz ELSE auth_limits.window_start END`
        : sql<Date>`${now}::timestamptz`;
    const blockedAfter = (count: ReturnType<typeof sql<number>>, from: ReturnType<typeof sql<Date>>) =>
      policy.kind === 'window'
        ? sql<Date>`CASE WHEN ${count} >= ${policy.limit}::int THEN ${from} + ${windowMs}::float8 * interval '1 millisecond' ELSE 'epoch'::timestamptz END`
        : sql<Date>`CASE WHEN ${count} >= ${policy.free}::int
            THEN ${now}::timestamptz + least(${policy.capMs}::float8, ${policy.baseMs}::float8 * power(2::float8, ${count} - ${policy.free})) * interval '1 millisecond'
            ELSE 'epoch'::timestamptz END`;
    const first = sql<number>`1`;
    const firstStart = sql<Date>`${now}::timestamptz`;
    const inserted = await sql<{ count: number }>`
      INSERT INTO auth_limits AS auth_limits (key, count, window_start, blocked_until)
      VALUES (${key}, 1, ${now}, ${blockedAfter(first, firstStart)})
      ON CONFLICT (key) DO UPDATE SET
        count = ${next},
        window_start = ${start},
        blocked_until = ${blockedAfter(next, start)}
      WHERE auth_limits.blocked_until <= ${now}
      RETURNING count`.execute(db);
    if (inserted.rows.length > 0) return { allowed: true };
    return this.check(db, key, now);
  },

  /** Whether `key` is blocked now, without counting an attempt. */
  async check(db: Kysely<DB>, key: string, now: Date): Promise<LimitResult> {
    const row = await db
      .selectFrom('auth_limits')
      .select('blocked_until')
      .where('key', '=', key)
      .executeTakeFirst();
    const wait = row ? row.blocked_until.getTime() - now.getTime() : 0;
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
  },

  /** Take back one counted attempt that turned out fine (a log-in that succeeded). */
  async undo(db: Kysely<DB>, key: string, policy: LimitPolicy): Promise<void> {
    const limit = policy.kind === 'window' ? policy.limit : policy.free;
    await sql`
      UPDATE auth_limits SET
        count = greatest(count - 1, 0),
        blocked_until = CASE WHEN count - 1 >= ${limit}::int THEN blocked_until ELSE 'epoch'::timestamptz END
      WHERE key = ${key}`.execute(db);
  },

  /** Forget a key (an account's failures after its owner signed in). */
  async reset(db: Kysely<DB>, key: string): Promise<void> {
    await db.deleteFrom('auth_limits').where('key', '=', key).execute();
  },

  /** Drop rows nobody has touched for a day (housekeeping; the limits themselves last at most an hour). */
  async prune(db: Kysely<DB>, now: Date): Promise<void> {
    const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
    await db
      .deleteFrom('auth_limits')
      .where('window_start', '<', dayAgo)
      .where('blocked_until', '<', now)
      .execute();
  },
};
