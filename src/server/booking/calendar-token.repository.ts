import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { hashFeedToken, newFeedToken } from './calendar-token.ts';

/** One private feed token per user, stored hashed; creating again rotates it (the old URL stops working). */
export class CalendarTokenRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Create or rotate the user's token; returns the plain token (shown once). */
  async rotate(userId: string): Promise<string> {
    const token = newFeedToken();
    const token_hash = hashFeedToken(token);
    await this.db
      .insertInto('calendar_tokens')
      .values({ user_id: userId, token_hash })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash }))
      .execute();
    return token;
  }

  /** Revoke: the feed URL answers 404 from now on. */
  async revoke(userId: string): Promise<void> {
    await this.db.deleteFrom('calendar_tokens').where('user_id', '=', userId).execute();
  }

  /** The owner of a presented token (looked up by its hash), with their role. */
  async owner(token: string): Promise<{ id: string; role: 'client' | 'therapist' } | undefined> {
    return this.db
      .selectFrom('calendar_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['u.id', 'u.role'])
      .where('t.token_hash', '=', hashFeedToken(token))
      .executeTakeFirst();
  }
}
