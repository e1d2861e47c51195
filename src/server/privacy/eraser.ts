import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The person being erased. */
export interface ErasedUser {
  readonly id: string;
  readonly role: 'client' | 'therapist';
}

/**
 * Runs inside DELETE /api/v1/me's transaction, before the account row is deleted (and with it, through
 * ON DELETE CASCADE, every row that belongs to the person): removes what the cascade cannot reach, such as
 * the person's name or address inside messages addressed to others (GDPR art. 17). Throwing an AppError
 * refuses the erasure with that answer, and nothing is deleted.
 */
export interface Eraser {
  /** For logs and tests: which area's data it erases. */
  readonly name: string;
  /** `now`: the app's clock at the request. */
  erase(trx: Kysely<DB>, user: ErasedUser, now: Date): Promise<void>;
}
