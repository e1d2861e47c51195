import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { idempotencyRepository, type KeyClaim } from '../idempotency/idempotency.repository.ts';

/** An events row as read. */
export interface EventRow {
  id: string;
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

const COLUMNS = ['id', 'kind', 'at', 'data'] as const;

/** A new events row: `at` is an ISO instant, `now` its creation time. */
export interface NewEventRow {
  id: string;
  user_id: string;
  kind: string;
  at: string;
  data: Record<string, unknown>;
  now: Date;
}

/** SQL for the events table. Every query is scoped by user_id. */
export const eventsRepository = {
  /**
   * Insert one event in one statement; with `claim`, only if the Idempotency-Key claim takes (both in one
   * statement, so they commit together). Resolves true when the row was inserted.
   */
  async insertOnce(db: Kysely<DB>, row: NewEventRow, claim?: KeyClaim): Promise<boolean> {
    const values = sql`${row.id}::uuid, ${row.user_id}::uuid, ${row.kind}::text, ${row.at}::timestamptz,
      ${JSON.stringify(row.data)}::jsonb, ${row.now}::timestamptz, ${row.now}::timestamptz`;
    const into = sql`INSERT INTO events (id, user_id, kind, at, data, created_at, updated_at)`;
    if (claim === undefined) {
      await sql`${into} VALUES (${values})`.execute(db);
      return true;
    }
    const r = await sql`WITH claim AS (${idempotencyRepository.claim(claim)})
      ${into} SELECT ${values} FROM claim RETURNING id`.execute(db);
    return r.rows.length === 1;
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
