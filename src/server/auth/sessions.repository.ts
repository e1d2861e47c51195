import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../http/types.ts';

/** A live session's user, when the session was created (absolute lifetime) and when it expires (idle). */
export type SessionUserRow = SessionUser & { createdAt: Date; expiresAt: Date };

/** SQL for the sessions table. Ids are SHA-256 hashes of the cookie tokens. */
export const sessionsRepository = {
  async insert(db: Kysely<DB>, row: { id: string; user_id: string; created_at: Date; expires_at: Date }) {
    await db.insertInto('sessions').values(row).execute();
  },

  /**
   * The users of the sessions among `ids` that are live at `now` (one query for a batch of requests;
   * see session.middleware.ts). Unknown and expired sessions are left out.
   */
  async findUsers(db: Kysely<DB>, ids: readonly string[], now: Date): Promise<SessionUserRow[]> {
    const rows = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'sessions.id as sessionId',
        'sessions.created_at',
        'sessions.expires_at',
      ])
      .where('sessions.id', 'in', ids)
      .where('sessions.expires_at', '>', now)
      .execute();
    return rows.map(({ expires_at, created_at, ...user }) => ({
      ...user,
      createdAt: created_at,
      expiresAt: expires_at,
    }));
  },

  async extend(db: Kysely<DB>, id: string, expiresAt: Date): Promise<void> {
    await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  },

  async delete(db: Kysely<DB>, id: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  /** End every session of a person but `keepId` (after a password change), or all of them (after a reset). */
  async deleteOthers(db: Kysely<DB>, userId: string, keepId: string | null): Promise<void> {
    let q = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepId !== null) q = q.where('id', '<>', keepId);
    await q.execute();
  },

  /** Drop expired sessions (housekeeping at log-in). */
  async deleteExpired(db: Kysely<DB>, now: Date): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
