import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Table interfaces of the booking area (migration 20260101T000100-booking.ts). `DB` in ./schema.ts extends
 * this. Timestamps are written as ISO strings or Dates and read as Date (pg and PGlite both give Date).
 */
type Timestamp = ColumnType<Date, string | Date, string | Date>;
type CreatedAt = ColumnType<Date, string | Date | undefined, never>;

export interface TherapistsTable {
  user_id: string;
  display_name: string;
  bio: string;
  time_zone: string;
  postcodes: string[];
  session_minutes: number[];
  buffer_minutes: number;
  min_notice_hours: number;
  booking_window_days: number;
  cancel_free_hours: number;
  /** `[{ minutes, amount, currency }]` (migration 20261203T020000-booking-profile.ts). */
  prices: ColumnType<TherapistPrice[], string | undefined, string>;
  qualifications: ColumnType<string[], string[] | undefined, string[]>;
  /** ISO 3166-1 alpha-2; null: inferred from the time zone. */
  country: ColumnType<string | null, string | null | undefined, string | null>;
  late_cancel_percent: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** One session length's price, in integer minor units of an ISO 4217 currency. */
export interface TherapistPrice {
  minutes: number;
  amount: number;
  currency: string;
}

export interface TherapistHoursTable {
  id: Generated<number>;
  therapist_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
}

export interface TherapistExceptionsTable {
  id: Generated<number>;
  therapist_id: string;
  /** Local calendar date; selected as text ("YYYY-MM-DD") to keep it free of any zone. */
  date: string;
  kind: 'off' | 'extra';
  start_time: string | null;
  end_time: string | null;
}

/** `completed`: the therapist closed the visit with a note, which starts the client's aftercare. */
export type BookingStatus = 'confirmed' | 'cancelled' | 'completed';
export type BookingSide = 'client' | 'therapist';

export interface BookingsTable {
  id: string;
  client_id: string;
  therapist_id: string;
  start_at: Timestamp;
  end_at: Timestamp;
  minutes: number;
  buffer_minutes: number;
  status: BookingStatus;
  address: string;
  postcode: string;
  notes: string | null;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  intake: ColumnType<unknown, string | null, string | null>;
  cancelled_at: Timestamp | null;
  cancelled_by: BookingSide | null;
  cancel_reason: string | null;
  cancel_late: boolean | null;
  created_at: CreatedAt;
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  share_follow_ups: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface CalendarTokensTable {
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface BookingOutboxTable {
  id: Generated<number>;
  booking_id: string;
  user_id: string;
  kind: 'confirmed' | 'changed' | 'cancelled';
  subject: string;
  body: string;
  ics: string | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface InboxMessagesTable {
  id: Generated<number>;
  user_id: string;
  booking_id: string | null;
  subject: string;
  body: string;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

/** The booking part of the database schema: therapists, hours, bookings and their messages. */
export interface BookingTables {
  therapists: TherapistsTable;
  therapist_hours: TherapistHoursTable;
  therapist_exceptions: TherapistExceptionsTable;
  bookings: BookingsTable;
  calendar_tokens: CalendarTokensTable;
  booking_outbox: BookingOutboxTable;
  inbox_messages: InboxMessagesTable;
}

export type BookingRow = Selectable<BookingsTable>;
export type NewBooking = Insertable<BookingsTable>;
export type TherapistRow = Selectable<TherapistsTable>;
