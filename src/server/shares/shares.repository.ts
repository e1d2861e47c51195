import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A share as its owner sees it (never the token or its hash). */
export interface ShareRow {
  id: string;
  scope: string[];
  report_days: number;
  time_zone: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = [
  'id',
  'scope',
  'report_days',
  'time_zone',
  'created_at',
  'expires_at',
  'revoked_at',
] as const;

/** SQL of /shares; owner queries are scoped by user_id, the public lookup by the token's hash. */
export const sharesRepository = {
  async insert(
    db: Kysely<DB>,
    row: {
      id: string;
      user_id: string;
      token_hash: string;
      scope: string[];
      report_days: number;
      time_zone: string;
      created_at: Date;
      expires_at: Date;
    },
  ): Promise<void> {
    await db.insertInto('shares').values(row).execute();
  },

  async list(db: Kysely<DB>, userId: string): Promise<ShareRow[]> {
    return db
      .selectFrom('shares')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  },

  async accesses(db: Kysely<DB>, shareIds: readonly string[]): Promise<{ share_id: string; at: Date }[]> {
    if (shareIds.length === 0) return [];
    return db
      .selectFrom('share_accesses')
      .select(['share_id', 'at'])
      .where('share_id', 'in', shareIds)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },

  /** Revoke the owner's live share; false when there is none (missing, someone else's, or already revoked). */
  async revoke(db: Kysely<DB>, userId: string, id: string, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('shares')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** The live share behind a token hash, with its owner; records the access in the same statement's transaction. */
  async openByHash(
    db: Kysely<DB>,
    tokenHash: string,
    now: Date,
  ): Promise<(ShareRow & { user_id: string; name: string }) | undefined> {
    return db.transaction().execute(async (trx) => {
      const share = await trx
        .selectFrom('shares')
        .innerJoin('users', 'users.id', 'shares.user_id')
        .select([
          'shares.id',
          'shares.scope',
          'shares.report_days',
          'shares.time_zone',
          'shares.created_at',
          'shares.expires_at',
          'shares.revoked_at',
          'shares.user_id',
          'users.name',
        ])
        .where('shares.token_hash', '=', tokenHash)
        .where('shares.revoked_at', 'is', null)
        .where('shares.expires_at', '>', now)
        .executeTakeFirst();
      if (share) await trx.insertInto('share_accesses').values({ share_id: share.id, at: now }).execute();
      return share;
    });
  },
};
