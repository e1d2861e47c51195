import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One client of a therapist, as the practice list shows them. */
export interface PracticeClientRow {
  client_id: string;
  name: string;
  /** Visits that have started and were not cancelled. */
  visits: number;
  last_visit: Date | null;
  next_visit: Date | null;
}

/** One visit of a client with this therapist. */
export interface PracticeVisitRow {
  id: string;
  start_at: Date;
  end_at: Date;
  minutes: number;
  status: string;
  intake: unknown;
  notes: string | null;
}

/**
 * SQL of the therapist's practice view. Every query is scoped by the therapist's id, so another therapist's
 * clients and visits are simply absent.
 */
export const practiceRepository = {
  /** The therapist's clients: everyone who has booked them, most recently seen first. */
  async clients(db: Kysely<DB>, therapistId: string, now: Date): Promise<PracticeClientRow[]> {
    const result = await sql<PracticeClientRow>`
      select b.client_id, u.name,
        (count(*) filter (where b.status <> 'cancelled' and b.start_at <= ${now}))::int as visits,
        max(b.start_at) filter (where b.status <> 'cancelled' and b.start_at <= ${now}) as last_visit,
        min(b.start_at) filter (where b.status = 'confirmed' and b.start_at > ${now}) as next_visit
      from bookings b
      join users u on u.id = b.client_id
      where b.therapist_id = ${therapistId}
      group by b.client_id, u.name
      order by last_visit desc nulls last, u.name`.execute(db);
    return result.rows;
  },
  /** The client's name when they have ever booked this therapist (else undefined: not their client). */
  clientOf(db: Kysely<DB>, therapistId: string, clientId: string) {
    return db
      .selectFrom('users as u')
      .select(['u.id', 'u.name'])
      .where('u.id', '=', clientId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('bookings as b')
            .select('b.id')
            .where('b.therapist_id', '=', therapistId)
            .whereRef('b.client_id', '=', 'u.id'),
        ),
      )
      .executeTakeFirst();
  },
  /** The client's visits with this therapist, newest first. */
  visits(db: Kysely<DB>, therapistId: string, clientId: string): Promise<PracticeVisitRow[]> {
    return db
      .selectFrom('bookings')
      .select(['id', 'start_at', 'end_at', 'minutes', 'status', 'intake', 'notes'])
      .where('therapist_id', '=', therapistId)
      .where('client_id', '=', clientId)
      .orderBy('start_at', 'desc')
      .limit(500)
      .execute();
  },
};
