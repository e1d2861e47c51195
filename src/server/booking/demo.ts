import type { Kysely } from 'kysely';
import { TherapistProfileSchema } from '../../domain/booking/booking.schema.ts';
import { seedDemoVisits } from '../aftercare/demo-visits.ts';
import { hashPassword } from '../auth/password.ts';
import type { DB } from '../db/schema.ts';
import { TherapistRepository } from './therapist.repository.ts';

/** Password of every demo account (documented in the README; demo mode only). */
export const DEMO_PASSWORD = 'unknot-demo-2026';
/** The demo client a newcomer signs in as. */
export const DEMO_CLIENT_EMAIL = 'demo.client@unknot.test';

const weekdays = (days: number[], ranges: [string, string][]) =>
  days.flatMap((weekday) => ranges.map(([start, end]) => ({ weekday, start, end })));

/** Three therapists in three zones, so daylight saving and postcode search can be tried at once. */
const DEMO_THERAPISTS = [
  {
    id: '6d0c9a4e-7b1f-4c1e-9f3a-000000000001',
    email: 'demo.ada@unknot.test',
    profile: {
      displayName: 'Ada Brooks',
      bio: 'Sports and remedial massage at home across central and east London. Gentle pressure after a spasm.',
      timeZone: 'Europe/London',
      postcodes: ['SW1', 'SW3', 'W1', 'WC1', 'WC2', 'EC1', 'E1'],
      sessionMinutes: [60, 90],
      prices: [
        { minutes: 60, amount: 6500, currency: 'GBP' },
        { minutes: 90, amount: 9000, currency: 'GBP' },
      ],
      qualifications: ['Level 4 Sports Massage', 'Member, Sports Massage Association'],
      country: 'GB',
      lateCancelPercent: 50,
      bufferMinutes: 30,
      minNoticeHours: 2,
      bookingWindowDays: 60,
      weekly: [
        ...weekdays(
          [1, 2, 3, 4, 5],
          [
            ['08:00', '12:30'],
            ['13:30', '20:00'],
          ],
        ),
        ...weekdays([6], [['09:00', '16:00']]),
      ],
    },
  },
  {
    id: '6d0c9a4e-7b1f-4c1e-9f3a-000000000002',
    email: 'demo.marcus@unknot.test',
    profile: {
      displayName: 'Marcus Reyes',
      bio: 'Licensed massage therapist in Manhattan. Deep tissue or light relaxation, table brought to you.',
      timeZone: 'America/New_York',
      postcodes: ['10001', '10002', '10003', '10011', '10012'],
      sessionMinutes: [60, 90],
      prices: [
        { minutes: 60, amount: 12000, currency: 'USD' },
        { minutes: 90, amount: 16500, currency: 'USD' },
      ],
      qualifications: ['Licensed Massage Therapist (New York State)'],
      country: 'US',
      lateCancelPercent: 100,
      bufferMinutes: 45,
      minNoticeHours: 2,
      bookingWindowDays: 60,
      weekly: weekdays(
        [1, 2, 3, 4, 5, 6, 7],
        [
          ['08:00', '12:00'],
          ['13:00', '19:00'],
        ],
      ),
    },
  },
  {
    id: '6d0c9a4e-7b1f-4c1e-9f3a-000000000003',
    email: 'demo.priya@unknot.test',
    profile: {
      displayName: 'Priya Shah',
      bio: 'Remedial massage in inner Sydney. Calm, slow work for backs that have just seized up.',
      timeZone: 'Australia/Sydney',
      postcodes: ['2000', '2010', '2011'],
      sessionMinutes: [60],
      prices: [{ minutes: 60, amount: 11000, currency: 'AUD' }],
      qualifications: ['Diploma of Remedial Massage'],
      country: 'AU',
      lateCancelPercent: 50,
      bufferMinutes: 30,
      minNoticeHours: 2,
      bookingWindowDays: 45,
      weekly: weekdays([1, 2, 3, 4, 5], [['09:00', '17:00']]),
    },
  },
];

/**
 * Seed demo therapists with hours and a demo client (UNKNOT_DEMO=1, so a newcomer can book at once). Idempotent: existing
 * accounts and profiles are left as they are, so a demo therapist's edits survive a restart.
 */
export async function seedDemo(db: Kysely<DB>, now: Date = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = [
    ...DEMO_THERAPISTS.map((t) => ({
      id: t.id,
      email: t.email,
      name: t.profile.displayName,
      role: 'therapist' as const,
    })),
    {
      id: '6d0c9a4e-7b1f-4c1e-9f3a-0000000000c1',
      email: DEMO_CLIENT_EMAIL,
      name: 'Demo Client',
      role: 'client' as const,
    },
  ];
  for (const a of accounts) {
    await db
      .insertInto('users')
      .values({ ...a, password_hash: passwordHash })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const therapists = new TherapistRepository(db);
  for (const t of DEMO_THERAPISTS) {
    // The account may exist under another id if someone signed up with the demo e-mail first.
    const user = await db
      .selectFrom('users')
      .select(['id', 'role'])
      .where('email', '=', t.email)
      .executeTakeFirst();
    if (user === undefined || user.role !== 'therapist') continue;
    if ((await therapists.find(user.id)) !== undefined) continue;
    await therapists.save(user.id, TherapistProfileSchema.parse(t.profile), now.toISOString());
  }
  // A visit in progress and one completed yesterday with a due follow-up, per demo therapist.
  const client = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('email', '=', DEMO_CLIENT_EMAIL)
    .executeTakeFirst();
  const therapistRows = await db
    .selectFrom('therapists')
    .innerJoin('users', 'users.id', 'therapists.user_id')
    .select('therapists.user_id as id')
    .where(
      'users.email',
      'in',
      DEMO_THERAPISTS.map((t) => t.email),
    )
    .execute();
  if (client?.role === 'client')
    await seedDemoVisits(
      db,
      client.id,
      therapistRows.map((r) => r.id),
      now,
    );
}
