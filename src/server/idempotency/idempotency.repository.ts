import type { Kysely } from 'kysely';
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

  async insert(db: Kysely<DB>, row: KeyClaim): Promise<void> {
    await db.insertInto('idempotency_keys').values(row).execute();
  },
};
