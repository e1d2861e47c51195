import { type Expression, type Kysely, sql } from 'kysely';
import { isoSql } from '../db/instants.ts';
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

/** A follow-up inside {@link VisitSummaryRow}: instants as ISO strings, answers only where visible. */
export interface FollowUpBrief {
  id: string;
  hours: number;
  dueAt: string;
  answeredAt: string | null;
  answers?: unknown;
}

/** The aftercare columns of one listed booking, with its follow-ups, its review and the pain before it. */
export interface VisitSummaryRow {
  id: string;
  client_id: string;
  completed_at: string | null;
  share_follow_ups: boolean;
  stars: number | null;
  review_text: string | null;
  reviewed_at: string | null;
  pain_before: number | null;
  follow_ups: FollowUpBrief[] | null;
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
  /**
   * The aftercare of many bookings in ONE statement: each one's completion, review and follow-ups (as a JSON
   * array built by the database, instants already in the API's ISO form, so the server parses no timestamps
   * row by row). The answers and `pain_before` (the client's last check-in pain at or before the visit's start,
   * for the therapist's trend) leave the database only where the viewer may see them: the client's own visits,
   * or with the client's consent to share that visit's follow-ups.
   */
  async summaries(
    db: Kysely<DB>,
    ids: readonly string[] | Expression<{ id: string }>,
    viewerId: string,
  ): Promise<VisitSummaryRow[]> {
    if (Array.isArray(ids) && ids.length === 0) return [];
    // A list of ids, or a subquery of them (the booking list's own filter).
    const which = Array.isArray(ids) ? sql`(${sql.join(ids)})` : sql`(select id from (${ids}) as listed)`;
    const visible = sql`(b.client_id = ${viewerId} or b.share_follow_ups)`;
    const result = await sql<VisitSummaryRow>`
      select b.id, b.client_id, ${isoSql('b.completed_at')} as completed_at, b.share_follow_ups,
        r.stars, r.text as review_text, ${isoSql('r.created_at')} as reviewed_at,
        case when b.status = 'completed' and ${visible} then (
          select (c.check_in->>'painScore')::int from checkins c
          where c.user_id = b.client_id and c.at <= b.start_at
          order by c.at desc, c.id desc limit 1
        ) end as pain_before,
        (select json_agg(json_build_object(
            'id', f.id, 'hours', f.hours, 'dueAt', ${isoSql('f.due_at')},
            'answeredAt', ${isoSql('f.answered_at')},
            'answers', case when ${visible} then f.answers end
          ) order by f.hours)
          from follow_ups f where f.booking_id = b.id) as follow_ups
      from bookings b
      left join visit_reviews r on r.booking_id = b.id
      where b.id in ${which}`.execute(db);
    return result.rows;
  },
  /** The notes of many bookings in one statement. */
  notesMany(db: Kysely<DB>, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('visit_notes')
      .select(['booking_id', 'note', 'created_at', 'updated_at'])
      .where('booking_id', 'in', ids)
      .execute();
  },
};
