import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { KeyClaim } from '../idempotency/idempotency.repository.ts';

/** An events row as read. */
export interface EventRow {
  id: string;
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

const COLUMNS = ['id', 'kind', 'at', 'data'] as const;

/** An event to insert and, when the request had an Idempotency-Key, the key row to claim with it. */
export interface NewEventWrite {
  row: NewEventRow;
  claim?: KeyClaim | undefined;
}

/** A new events row: `at` is an ISO instant, `now` its creation time. */
export interface NewEventRow {
  id: string;
  user_id: string;
  kind: string;
  at: string;
  data: Record<string, unknown>;
  now: Date;
}

function compareClaims(a: KeyClaim | undefined, b: KeyClaim | undefined): number {
  const ka = a ? `${a.user_id} ${a.key}` : '';
  const kb = b ? `${b.user_id} ${b.key}` : '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** SQL for the events table. Every query is scoped by user_id. */
export const eventsRepository = {
  /**
   * Insert events in ONE statement (so they commit together), each with its Idempotency-Key claim when it
   * has one: a keyed event is inserted only if its claim takes (ON CONFLICT DO NOTHING on the key). The
   * (user, key) pairs must be distinct within one call. Resolves with the ids inserted.
   */
  async insertMany(db: Kysely<DB>, items: readonly NewEventWrite[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    // Keyed rows in (user, key) order: two batches that claim the same keys wait for each other in one
    // order, never in a cycle (which PostgreSQL would break with a deadlock error after a second).
    const ordered = [...items].sort((a, b) => compareClaims(a.claim, b.claim));
    const rows = ordered.map(
      ({ row, claim }) => sql`(${row.id}::uuid, ${row.user_id}::uuid, ${row.kind}::text,
        ${row.at}::timestamptz, ${JSON.stringify(row.data)}::jsonb, ${row.now}::timestamptz,
        ${claim?.key ?? null}::text, ${claim?.fingerprint ?? null}::text, ${claim?.status ?? null}::integer,
        ${claim?.response ?? null}::text, ${claim?.created_at ?? null}::timestamptz)`,
    );
    const result = await sql<{ id: string }>`
      WITH input (id, user_id, kind, at, data, now, key, fingerprint, status, response, key_created_at) AS (
        VALUES ${sql.join(rows)}
      ),
      claim AS (
        INSERT INTO idempotency_keys (user_id, key, fingerprint, status, response, created_at)
        SELECT user_id, key, fingerprint, status, response, key_created_at FROM input WHERE key IS NOT NULL
        ON CONFLICT (user_id, key) DO NOTHING
        RETURNING user_id, key
      )
      INSERT INTO events (id, user_id, kind, at, data, created_at, updated_at)
      SELECT i.id, i.user_id, i.kind, i.at, i.data, i.now, i.now FROM input i
      WHERE i.key IS NULL OR EXISTS (SELECT 1 FROM claim c WHERE c.user_id = i.user_id AND c.key = i.key)
      RETURNING id`.execute(db);
    return new Set(result.rows.map((r) => r.id));
  },

  find(db: Kysely<DB>, userId: string, id: string): Promise<EventRow | undefined> {
    return db
      .selectFrom('events')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Newest first, keyset on (at, id): `before` is the last row of the previous page. */
  list(
    db: Kysely<DB>,
    userId: string,
    q: {
      from?: string;
      to?: string;
      kinds?: readonly string[];
      before?: { at: string; id: string };
      limit: number;
    },
  ): Promise<EventRow[]> {
    let query = db.selectFrom('events').select(COLUMNS).where('user_id', '=', userId);
    if (q.from) query = query.where('at', '>=', new Date(q.from));
    if (q.to) query = query.where('at', '<=', new Date(q.to));
    if (q.kinds && q.kinds.length > 0) query = query.where('kind', 'in', q.kinds);
    const before = q.before;
    if (before) {
      query = query.where((eb) =>
        eb.or([
          eb('at', '<', new Date(before.at)),
          eb.and([eb('at', '=', new Date(before.at)), eb('id', '<', before.id)]),
        ]),
      );
    }
    return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  },

  async update(
    db: Kysely<DB>,
    userId: string,
    id: string,
    fields: { at: string; data: Record<string, unknown>; now: Date },
  ): Promise<EventRow | undefined> {
    return db
      .updateTable('events')
      .set({ at: fields.at, data: JSON.stringify(fields.data), updated_at: fields.now })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
  },

  async delete(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('events')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  },

  /**
   * The person's oldest event of `kind` at or before `atOrBefore` (optionally with `data.ingredient`), with no
   * lower bound: RF-LONG-MEDS asks whether use began long ago, however long (IB-DOSE, CR-MENTHOL).
   */
  oldestAtOrBefore(
    db: Kysely<DB>,
    userId: string,
    q: { kind: string; atOrBefore: string; ingredient?: string },
  ): Promise<EventRow | undefined> {
    let query = db
      .selectFrom('events')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .where('kind', '=', q.kind)
      .where('at', '<=', new Date(q.atOrBefore));
    if (q.ingredient !== undefined) query = query.where(sql<string>`data->>'ingredient'`, '=', q.ingredient);
    return query.orderBy('at').orderBy('id').limit(1).executeTakeFirst();
  },

  /** Every event of a person, oldest first (export). */
  all(db: Kysely<DB>, userId: string): Promise<EventRow[]> {
    return db
      .selectFrom('events')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },
};
