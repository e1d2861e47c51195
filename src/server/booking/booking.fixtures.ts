import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Test helpers for booking's database tests (on test/db.ts, so PGlite or PostgreSQL): rows the accounts
 * and care-log areas would write, inserted directly so service tests need no HTTP.
 */

/** Insert a user row and return its id. */
export async function addUser(
  db: Kysely<DB>,
  role: 'client' | 'therapist',
  name: string = role,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({ id, email: `${id}@example.test`, password_hash: 'not-a-hash', name, role })
    .execute();
  return id;
}

export type TriageLevel = 'self_care' | 'doctor' | 'urgent' | 'emergency';

/**
 * Record a check-in at a triage level. `createdAt` is when the server recorded it (the care service writes
 * its clock there); it defaults to `at`, as for a check-in posted at the moment it describes.
 */
export async function addCheckin(
  db: Kysely<DB>,
  userId: string,
  at: Date,
  level: TriageLevel,
  createdAt: Date = at,
  extra: { massageAt?: string; flags?: string[] } = {},
): Promise<void> {
  await db
    .insertInto('checkins')
    .values({
      id: randomUUID(),
      user_id: userId,
      at,
      level,
      check_in: JSON.stringify(extra.massageAt ? { massageAt: extra.massageAt } : {}),
      assessment: JSON.stringify({ triage: { level, flags: (extra.flags ?? []).map((id) => ({ id })) } }),
      created_at: createdAt,
    })
    .execute();
}

/**
 * A therapist's profile as PUT /api/v1/therapists/me takes it: Ada Brooks in London, serving SW1, 60-minute
 * visits with a 30-minute buffer, open every hour of every day for 200 days ahead.
 */
export const ALL_DAY_PROFILE = {
  displayName: 'Ada Brooks',
  timeZone: 'Europe/London',
  postcodes: ['SW1'],
  sessionMinutes: [60],
  bufferMinutes: 30,
  minNoticeHours: 2,
  bookingWindowDays: 200,
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
};
