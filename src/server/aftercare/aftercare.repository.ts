import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A booking as aftercare needs it: both parties, times, status and consent. */
export interface VisitRow {
  id: string;
  client_id: string;
  therapist_id: string;
  start_at: Date;
  end_at: Date;
  minutes: number;
  status: string;
  completed_at: Date | null;
  share_follow_ups: boolean;
}

export interface FollowUpRow {
  id: string;
  booking_id: string;
  hours: number;
  due_at: Date;
  answered_at: Date | null;
  answers: unknown;
  assessment: unknown;
}

/** SQL of the aftercare tables. Every read by a user is scoped to bookings they are a party to. */
export const aftercareRepository = {
  /** The visit if the user is its client or its therapist; others' ids look absent. */
  visitFor(db: Kysely<DB>, id: string, userId: string): Promise<VisitRow | undefined> {
    return db
      .selectFrom('bookings')
      .select([
        'id',
        'client_id',
        'therapist_id',
        'start_at',
        'end_at',
        'minutes',
        'status',
        'completed_at',
        'share_follow_ups',
      ])
      .where('id', '=', id)
      .where((eb) => eb.or([eb('client_id', '=', userId), eb('therapist_id', '=', userId)]))
      .executeTakeFirst();
  },

  note(db: Kysely<DB>, bookingId: string) {
    return db
      .selectFrom('visit_notes')
      .select(['note', 'revisions', 'created_at', 'updated_at', 'event_id'])
      .where('booking_id', '=', bookingId)
      .executeTakeFirst();
  },

  followUps(db: Kysely<DB>, bookingId: string): Promise<FollowUpRow[]> {
    return db
      .selectFrom('follow_ups')
      .select(['id', 'booking_id', 'hours', 'due_at', 'answered_at', 'answers', 'assessment'])
      .where('booking_id', '=', bookingId)
      .orderBy('hours')
      .execute();
  },

  review(db: Kysely<DB>, bookingId: string) {
    return db
      .selectFrom('visit_reviews')
      .select(['stars', 'text', 'created_at'])
      .where('booking_id', '=', bookingId)
      .executeTakeFirst();
  },

  /** The follow-up if it belongs to this client, with its visit. */
  followUpOf(db: Kysely<DB>, id: string, clientId: string) {
    return db
      .selectFrom('follow_ups as f')
      .innerJoin('bookings as b', 'b.id', 'f.booking_id')
      .select([
        'f.id as id',
        'f.booking_id as bookingId',
        'f.hours as hours',
        'f.due_at as dueAt',
        'f.answered_at as answeredAt',
        'b.start_at as start',
      ])
      .where('f.id', '=', id)
      .where('f.client_id', '=', clientId)
      .executeTakeFirst();
  },
};
