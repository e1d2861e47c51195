import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { followUpDueTimes } from '../../domain/aftercare/follow-up.ts';
import type { DB } from '../db/schema.ts';

const HOUR_MS = 3_600_000;

/**
 * Demo visits, so a newcomer (or an outside check over HTTP) can try the whole aftercare loop at once: for the demo client and each demo therapist, one visit that started an hour before
 * `now` (confirmed, ready to complete) and one completed the day before with its note and a due 24 h follow-up.
 * Seeded in SQL, so no booking gate applies. Skipped for a pair that already has a visit in the last two hours
 * (a restart within them adds nothing); a clash with a real booking skips that visit.
 */
export async function seedDemoVisits(
  db: Kysely<DB>,
  clientId: string,
  therapistIds: readonly string[],
  now: Date,
): Promise<void> {
  const nowMs = now.getTime();
  for (const therapistId of therapistIds) {
    const recent = await db
      .selectFrom('bookings')
      .select('id')
      .where('client_id', '=', clientId)
      .where('therapist_id', '=', therapistId)
      .where('start_at', '>=', new Date(nowMs - 2 * HOUR_MS))
      .executeTakeFirst();
    if (recent !== undefined) continue;
    const base = {
      client_id: clientId,
      therapist_id: therapistId,
      minutes: 60,
      buffer_minutes: 0,
      address: '1 Demo Street',
      postcode: 'DEMO',
      notes: 'Demo visit',
      intake: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
      cancel_late: null,
      created_at: new Date(nowMs - 48 * HOUR_MS),
    };
    try {
      await db
        .insertInto('bookings')
        .values({
          ...base,
          id: randomUUID(),
          start_at: new Date(nowMs - HOUR_MS),
          end_at: new Date(nowMs),
          status: 'confirmed',
        })
        .execute();
    } catch (error) {
      console.warn(`demo: skipped a visit in progress: ${error instanceof Error ? error.message : error}`);
    }
    const id = randomUUID();
    const startMs = nowMs - 26 * HOUR_MS;
    const endMs = startMs + HOUR_MS;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('bookings')
        .values({
          ...base,
          id,
          start_at: new Date(startMs),
          end_at: new Date(endMs),
          status: 'completed',
          completed_at: new Date(endMs),
        })
        .execute();
      const eventId = randomUUID();
      await trx
        .insertInto('events')
        .values({
          id: eventId,
          user_id: clientId,
          kind: 'massage',
          at: new Date(startMs),
          data: JSON.stringify({ minutes: 60, area: 'lower', bookingId: id }),
        })
        .execute();
      await trx
        .insertInto('visit_notes')
        .values({
          booking_id: id,
          note: JSON.stringify({
            areas: ['lower', 'hips'],
            pressure: 'light',
            techniques: ['effleurage', 'gentle kneading'],
            observations: 'Guarding in the lower back on the left.',
            advice: 'Short walks every hour; heat for 20 minutes in the evening.',
          }),
          event_id: eventId,
          created_at: new Date(endMs),
          updated_at: new Date(endMs),
        })
        .execute();
      for (const f of followUpDueTimes(endMs)) {
        await trx
          .insertInto('follow_ups')
          .values({
            id: randomUUID(),
            booking_id: id,
            client_id: clientId,
            hours: f.hours,
            due_at: new Date(f.dueMs),
          })
          .execute();
      }
    });
  }
}
