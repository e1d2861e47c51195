import { type Kysely, sql } from 'kysely';

/**
 * Booking tables (issue 5).
 *
 * No double booking, enforced by the database: each confirmed booking occupies the half-open range
 * [start_at, end_at + buffer_minutes) and an exclusion constraint forbids two overlapping ranges for one
 * therapist. Why this is exactly "at least the buffer apart, never more": take two confirmed bookings A and
 * B of one therapist with A.start ≤ B.start, both of positive length. Their ranges [A.start, A.end + β) and
 * [B.start, B.end + β) are disjoint iff A.end + β ≤ B.start or B.end + β ≤ A.start. The second cannot hold
 * (B.end > B.start ≥ A.start and β ≥ 0), so they are disjoint iff B.start − A.end ≥ β: the gap between the
 * visits is at least the buffer, and a gap of exactly β is allowed because the ranges are half-open.
 * (With per-booking buffers, β is the earlier visit's buffer: the travel time after it.) The slot search
 * (src/domain/booking/slots.ts) uses the same rule, and booking.db.test.ts proves both edges:
 * exactly-buffer-apart bookings both succeed; one minute less fails with SQLSTATE 23P01.
 *
 * `timestamptz + interval` is only STABLE in general (days and months depend on the session zone), but
 * adding whole minutes is zone-free, so the wrapper below is truthfully IMMUTABLE and usable in the index.
 */
export async function up<DB>(db: Kysely<DB>): Promise<void> {
  // btree_gist: created by the core migration too; repeated so this file states what it needs.
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`
    create function booking_busy_range(start_at timestamptz, end_at timestamptz, buffer_minutes integer)
    returns tstzrange language sql immutable parallel safe
    as $$ select tstzrange(start_at, end_at + make_interval(mins => buffer_minutes), '[)') $$
  `.execute(db);
  await sql`
    create table therapists (
      user_id uuid primary key references users(id) on delete cascade,
      display_name text not null,
      bio text not null default '',
      time_zone text not null,
      postcodes text[] not null default '{}',
      session_minutes integer[] not null default '{60}',
      buffer_minutes integer not null default 30 check (buffer_minutes between 0 and 240),
      min_notice_hours integer not null default 12 check (min_notice_hours >= 0),
      booking_window_days integer not null default 60 check (booking_window_days >= 1),
      cancel_free_hours integer not null default 24 check (cancel_free_hours >= 0),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table therapist_hours (
      id bigserial primary key,
      therapist_id uuid not null references therapists(user_id) on delete cascade,
      weekday smallint not null check (weekday between 1 and 7),
      start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      end_time text not null check (end_time ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
      check (end_time > start_time)
    )`.execute(db);
  await sql`create index therapist_hours_therapist on therapist_hours (therapist_id)`.execute(db);
  await sql`
    create table therapist_exceptions (
      id bigserial primary key,
      therapist_id uuid not null references therapists(user_id) on delete cascade,
      date date not null,
      kind text not null check (kind in ('off', 'extra')),
      start_time text,
      end_time text,
      check ((start_time is null) = (end_time is null)),
      check (kind = 'off' or start_time is not null)
    )`.execute(db);
  await sql`create index therapist_exceptions_therapist on therapist_exceptions (therapist_id, date)`.execute(
    db,
  );
  await sql`
    create table bookings (
      id uuid primary key,
      client_id uuid not null references users(id) on delete cascade,
      therapist_id uuid not null references therapists(user_id) on delete cascade,
      start_at timestamptz not null,
      end_at timestamptz not null,
      minutes integer not null check (minutes > 0),
      buffer_minutes integer not null check (buffer_minutes >= 0),
      status text not null default 'confirmed' check (status in ('confirmed', 'cancelled')),
      address text not null,
      postcode text not null,
      notes text,
      intake jsonb,
      cancelled_at timestamptz,
      cancelled_by text check (cancelled_by in ('client', 'therapist')),
      cancel_reason text,
      cancel_late boolean,
      created_at timestamptz not null default now(),
      check (end_at > start_at),
      constraint bookings_no_overlap exclude using gist (
        therapist_id with =,
        booking_busy_range(start_at, end_at, buffer_minutes) with &&
      ) where (status = 'confirmed')
    )`.execute(db);
  await sql`create index bookings_client on bookings (client_id, start_at)`.execute(db);
  await sql`create index bookings_therapist on bookings (therapist_id, start_at)`.execute(db);
  await sql`
    create table calendar_tokens (
      user_id uuid primary key references users(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table booking_outbox (
      id bigserial primary key,
      booking_id uuid not null references bookings(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      kind text not null check (kind in ('confirmed', 'changed', 'cancelled')),
      subject text not null,
      body text not null,
      ics text,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`create index booking_outbox_due on booking_outbox (next_attempt_at) where status = 'pending'`.execute(
    db,
  );
  await sql`
    create table inbox_messages (
      id bigserial primary key,
      user_id uuid not null references users(id) on delete cascade,
      booking_id uuid references bookings(id) on delete set null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db);
  await sql`create index inbox_messages_user on inbox_messages (user_id, created_at desc)`.execute(db);
}

export async function down<DB>(db: Kysely<DB>): Promise<void> {
  for (const table of [
    'inbox_messages',
    'booking_outbox',
    'calendar_tokens',
    'bookings',
    'therapist_exceptions',
    'therapist_hours',
    'therapists',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists booking_busy_range(timestamptz, timestamptz, integer)`.execute(db);
}
