import { type Kysely, sql } from 'kysely';

/**
 * What a client needs to trust a booking (issue 9 §4): per-length prices with a currency, qualifications,
 * the therapist's country (for postcode formats), what a late cancellation costs, and the client's phone for
 * the visit. Prices are integer minor units (pence, cents) so no sum ever rounds.
 */
export async function up<DB>(db: Kysely<DB>): Promise<void> {
  await sql`
    alter table therapists
      add column prices jsonb not null default '[]',
      add column qualifications text[] not null default '{}',
      add column country text check (country ~ '^[A-Z]{2}$'),
      add column late_cancel_percent integer not null default 100 check (late_cancel_percent between 0 and 100)
  `.execute(db);
  await sql`alter table bookings add column phone text`.execute(db);
}

export async function down<DB>(db: Kysely<DB>): Promise<void> {
  await sql`alter table bookings drop column phone`.execute(db);
  await sql`
    alter table therapists
      drop column prices, drop column qualifications, drop column country, drop column late_cancel_percent
  `.execute(db);
}
