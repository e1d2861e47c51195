import type { Kysely } from 'kysely';
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import type { DB } from '../db/schema.ts';

/** A checkins row as read. */
export interface CheckinRow {
  id: string;
  at: Date;
  check_in: CheckIn;
  assessment: Assessment;
}

/** SQL for the checkins table; every query is scoped by user_id. */
export const checkinsRepository = {
  async insert(
    db: Kysely<DB>,
    row: { id: string; user_id: string; at: string; checkIn: CheckIn; assessment: Assessment; now: Date },
  ): Promise<void> {
    await db
      .insertInto('checkins')
      .values({
        id: row.id,
        user_id: row.user_id,
        at: row.at,
        level: row.assessment.triage.level,
        check_in: JSON.stringify(row.checkIn),
        assessment: JSON.stringify(row.assessment),
        created_at: row.now,
      })
      .execute();
  },

  async find(db: Kysely<DB>, userId: string, id: string): Promise<CheckinRow | undefined> {
    const row = await db
      .selectFrom('checkins')
      .select(['id', 'at', 'check_in', 'assessment'])
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    // jsonb columns are typed loosely in the schema; these hold exactly what insert() wrote.
    return row as unknown as CheckinRow | undefined;
  },

  /** Newest first, at most `limit`. */
  async list(
    db: Kysely<DB>,
    userId: string,
    q: { from?: string; to?: string; limit: number },
  ): Promise<CheckinRow[]> {
    let query = db
      .selectFrom('checkins')
      .select(['id', 'at', 'check_in', 'assessment'])
      .where('user_id', '=', userId);
    if (q.from) query = query.where('at', '>=', new Date(q.from));
    if (q.to) query = query.where('at', '<=', new Date(q.to));
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
    return rows as unknown as CheckinRow[];
  },

  async delete(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('checkins')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  },
};
