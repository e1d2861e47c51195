import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../http/types.ts';

/** SQL for the sessions table. Ids are SHA-256 hashes of the cookie tokens. */
export const sessionsRepository = {
  async insert(db: Kysely<DB>, row: { id: string; user_id: string; created_at: Date; expires_at: Date }) {
    await db.insertInto('sessions').values(row).execute();
  },

  /** The live session's user, or undefined when unknown or expired. */
  async findUser(
    db: Kysely<DB>,
    id: string,
    now: Date,
  ): Promise<(SessionUser & { expiresAt: Date }) | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'sessions.id as sessionId',
        'sessions.expires_at',
      ])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return undefined;
    const { expires_at, ...user } = row;
    return { ...user, expiresAt: expires_at };
  },

  async extend(db: Kysely<DB>, id: string, expiresAt: Date): Promise<void> {
    await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  },

  async delete(db: Kysely<DB>, id: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  /** Drop expired sessions (housekeeping at log-in). */
  async deleteExpired(db: Kysely<DB>, now: Date): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
