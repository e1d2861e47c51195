import { type Kysely, sql } from 'kysely';

/**
 * Jobs claimed once across processes (a lease on the outbox), and the reminders area: durable reminder
 * rows, each person's reminder settings, Web Push subscriptions and the server's VAPID key pair.
 */
export async function up<DB>(db: Kysely<DB>): Promise<void> {
  // A claimed row is invisible to other workers until its lease ends (a crashed worker's claim then returns).
  await sql`alter table booking_outbox add column locked_until timestamptz`.execute(db);

  await sql`
    create table reminders (
      id bigserial primary key,
      user_id uuid not null references users(id) on delete cascade,
      kind text not null check (kind in
        ('nextDose', 'coldAgain', 'heatOff', 'stretchBreaks', 'bedtime', 'followUp', 'visit')),
      dedupe_key text not null unique,
      source_id text,
      due_at timestamptz not null,
      run_at timestamptz not null,
      expires_at timestamptz,
      status text not null default 'scheduled'
        check (status in ('scheduled', 'sent', 'failed', 'cancelled', 'collapsed')),
      payload jsonb not null,
      attempts integer not null default 0,
      locked_until timestamptz,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  // The claim query walks this partial index in run_at order: only scheduled rows are in it.
  await sql`create index reminders_due on reminders (run_at) where status = 'scheduled'`.execute(db);
  await sql`create index reminders_user on reminders (user_id, due_at)`.execute(db);
  await sql`create index reminders_source on reminders (source_id) where status = 'scheduled'`.execute(db);

  await sql`
    create table reminder_settings (
      user_id uuid primary key references users(id) on delete cascade,
      settings jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table push_subscriptions (
      id bigserial primary key,
      user_id uuid not null references users(id) on delete cascade,
      endpoint text not null unique,
      p256dh text not null,
      auth text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index push_subscriptions_user on push_subscriptions (user_id)`.execute(db);

  await sql`
    create table push_vapid_keys (
      id integer primary key check (id = 1),
      public_key text not null,
      private_jwk jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}

export async function down<DB>(db: Kysely<DB>): Promise<void> {
  for (const table of ['push_vapid_keys', 'push_subscriptions', 'reminder_settings', 'reminders']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table booking_outbox drop column if exists locked_until`.execute(db);
}
