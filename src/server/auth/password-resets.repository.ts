import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** SQL for password-reset links. Ids are SHA-256 hashes of the tokens sent by e-mail. */
export const passwordResetsRepository = {
  async insert(db: Kysely<DB>, row: { id: string; user_id: string; created_at: Date; expires_at: Date }) {
    await db
      .insertInto('password_resets')
      .values({ ...row, used_at: null })
      .execute();
  },

  /** The user of a live (unused, unexpired) link, without using it. */
  async findLive(db: Kysely<DB>, id: string, now: Date): Promise<string | undefined> {
    const row = await db
      .selectFrom('password_resets')
      .select('user_id')
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row?.user_id;
  },

  /**
   * Use a link: marks it used and returns its user, in one statement, so of two requests racing with one
   * link exactly one gets the user. Used, expired and unknown links return undefined alike.
   */
  async consume(db: Kysely<DB>, id: string, now: Date): Promise<string | undefined> {
    const row = await db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id;
  },

  /** A new password ends every other link of the person, and expired links are dropped. */
  async deleteFor(db: Kysely<DB>, userId: string, now: Date): Promise<void> {
    await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
    await db.deleteFrom('password_resets').where('expires_at', '<=', now).execute();
  },
};
