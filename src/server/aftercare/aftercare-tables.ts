import type { ColumnType } from 'kysely';
import type { Json, Timestamp } from '../db/schema.ts';

export interface VisitNotesTable {
  booking_id: string;
  note: Json<unknown>;
  revisions: ColumnType<unknown, string | undefined, string>;
  event_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FollowUpsTable {
  id: string;
  booking_id: string;
  client_id: string;
  hours: number;
  due_at: Timestamp;
  answered_at: Timestamp | null;
  answers: ColumnType<unknown, string | null | undefined, string | null>;
  assessment: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface VisitReviewsTable {
  booking_id: string;
  stars: number;
  text: string | null;
  created_at: Timestamp;
}

/** The aftercare tables (visit notes, follow-ups, reviews), added to the DB interface in db/schema.ts. */
export interface AftercareTables {
  visit_notes: VisitNotesTable;
  follow_ups: FollowUpsTable;
  visit_reviews: VisitReviewsTable;
}
