import type { Kysely } from 'kysely';
import { isoOrNull } from '../db/instants.ts';
import type { DB } from '../db/schema.ts';
import type { Exporter } from '../privacy/exporter.ts';
import { cancelFromSource } from '../reminders/scheduler.ts';

/** Bookings the user is a party to, as a subquery. */
const visitsOf = (db: Kysely<DB>, userId: string) =>
  db
    .selectFrom('bookings')
    .select('id')
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('therapist_id', '=', userId)]));

/**
 * Erasure (GDPR art. 17, as for bookings and messages): the notes, follow-ups and reviews of every visit the
 * erased person was a party to go, and the other party's follow-up reminders with them. The bookings' ON
 * DELETE CASCADE would remove the rows too; deleting them here keeps no reminder pointing at a removed row.
 * The client's `massage` care-log event stays only when the client is not the one erased (it is their record).
 */
export async function eraseAftercare(trx: Kysely<DB>, bookingIds: readonly string[]): Promise<void> {
  if (bookingIds.length === 0) return;
  const followUps = await trx
    .selectFrom('follow_ups')
    .select('id')
    .where('booking_id', 'in', bookingIds)
    .execute();
  for (const f of followUps) await cancelFromSource(trx, f.id);
  await trx.deleteFrom('follow_ups').where('booking_id', 'in', bookingIds).execute();
  await trx.deleteFrom('visit_notes').where('booking_id', 'in', bookingIds).execute();
  await trx.deleteFrom('visit_reviews').where('booking_id', 'in', bookingIds).execute();
}

/** GET /api/v1/me/export: notes, follow-ups (the client's own answers) and reviews of the user's visits. */
export const aftercareExporters: Exporter[] = [
  {
    table: 'visit_notes',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('visit_notes')
        .selectAll()
        .where('booking_id', 'in', visitsOf(db, userId))
        .execute();
      return rows.map((r) => ({
        bookingId: r.booking_id,
        note: r.note,
        revisions: r.revisions,
        createdAt: isoOrNull(r.created_at),
        updatedAt: isoOrNull(r.updated_at),
      }));
    },
  },
  {
    table: 'follow_ups',
    async rows(db, userId) {
      const rows = await db.selectFrom('follow_ups').selectAll().where('client_id', '=', userId).execute();
      return rows.map((r) => ({
        id: r.id,
        bookingId: r.booking_id,
        hours: r.hours,
        dueAt: isoOrNull(r.due_at),
        answeredAt: isoOrNull(r.answered_at),
        answers: r.answers,
        assessment: r.assessment,
      }));
    },
  },
  {
    table: 'visit_reviews',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('visit_reviews')
        .selectAll()
        .where('booking_id', 'in', visitsOf(db, userId))
        .execute();
      return rows.map((r) => ({
        bookingId: r.booking_id,
        stars: r.stars,
        text: r.text,
        createdAt: isoOrNull(r.created_at),
      }));
    },
  },
];
