import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB, IdempotencyKeysTable } from '../db/schema.ts';

/** A stored first answer. */
export type StoredKey = Pick<IdempotencyKeysTable, 'fingerprint' | 'status' | 'response'>;

/** The key row a create claims: who, which key, which request, and the answer to replay. */
export interface KeyClaim {
  user_id: string;
  key: string;
  fingerprint: string;
  status: number;
  response: string;
  created_at: Date;
}

/** SQL for idempotency_keys. */
export const idempotencyRepository = {
  find(db: Kysely<DB>, userId: string, key: string): Promise<StoredKey | undefined> {
    return db
      .selectFrom('idempotency_keys')
      .select(['fingerprint', 'status', 'response'])
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
  },

  async insert(
    db: Kysely<DB>,
    row: {
      user_id: string;
      key: string;
      fingerprint: string;
      status: number;
      response: string;
      created_at: Date;
    },
  ): Promise<void> {
    await db.insertInto('idempotency_keys').values(row).execute();
  },

  /**
   * A statement that inserts the key row unless (user, key) exists, returning one row when it did. Used as
   * a CTE in front of the create's own INSERT, so claim and row commit together in one statement. On a
   * concurrent claim of the same key PostgreSQL waits for the other transaction, then does nothing.
   */
  claim(row: KeyClaim): RawBuilder<unknown> {
    return sql`INSERT INTO idempotency_keys (user_id, key, fingerprint, status, response, created_at)
      VALUES (${row.user_id}, ${row.key}, ${row.fingerprint}, ${row.status}, ${row.response}, ${row.created_at})
      ON CONFLICT (user_id, key) DO NOTHING
      RETURNING 1`;
  },
};
