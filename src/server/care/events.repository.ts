import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';

/** An events row as read. */
export interface EventRow {
  id: string;
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

const COLUMNS = ['id', 'kind', 'at', 'data'] as const;

/** SQL for the events table. Every query is scoped by user_id. */
export const eventsRepository = {
  async insert(
    db: Kysely<DB>,
    row: { id: string; user_id: string; kind: string; at: string; data: Record<string, unknown>; now: Date },
  ): Promise<EventRow> {
    return db
      .insertInto('events')
      .values({
        id: row.id,
        user_id: row.user_id,
        kind: row.kind,
        at: row.at,
        data: JSON.stringify(row.data),
        created_at: row.now,
        updated_at: row.now,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
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
