import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { TherapistProfileSchema } from '../../domain/booking/booking.schema.ts';
import { BookingError } from './booking.errors.ts';
import { addCheckin, addUser, type TriageLevel } from './booking.fixtures.ts';
import type { BookingDb } from './booking.repository.ts';
import { BookingService, type Caller } from './booking.service.ts';

let t: TestDb;
let db: Kysely<BookingDb>;
let now = new Date('2026-06-01T00:00:00Z');
let service: BookingService;
let therapist: Caller;

const profile = TherapistProfileSchema.parse({
  displayName: 'Ada',
  timeZone: 'Europe/London',
  postcodes: ['SW1'],
  sessionMinutes: [60, 90],
  bufferMinutes: 30,
  minNoticeHours: 2,
  bookingWindowDays: 200,
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
});

async function client(level: TriageLevel = 'self_care'): Promise<Caller> {
  const id = await addUser(db, 'client', 'Bo');
  await addCheckin(db, id, new Date(now.getTime() - 3_600_000), level);
  return { id, role: 'client' };
}

const book = (c: Caller, start: string, minutes = 60) =>
  service.book(c, { therapistId: therapist.id, start, minutes, address: '1 High St', postcode: 'SW1A 1AA' });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof BookingError) return `${e.status} ${e.code}`;
    throw e;
  }
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  service = new BookingService({ db, now: () => now });
  therapist = { id: await addUser(db, 'therapist', 'Ada'), role: 'therapist' };
  await service.saveProfile(therapist, profile);
});
afterAll(async () => {
  await t.close();
});

describe('the exclusion constraint', () => {
  it('lets two bookings exactly the buffer apart both succeed, and refuses one minute less (23P01 → 409)', async () => {
    const c = await client();
    // Call the repository directly so only the database decides.
    const insert = (id: string, start: string, end: string) =>
      code(
        db.transaction().execute((trx) =>
          service.bookings.insert(trx, {
            id,
            client_id: c.id,
            therapist_id: therapist.id,
            start_at: start,
            end_at: end,
            minutes: 60,
            buffer_minutes: 30,
            status: 'confirmed',
            address: 'a',
            postcode: 'SW1A 1AA',
            notes: null,
            intake: null,
          }),
        ),
      );
    expect(await insert(crypto.randomUUID(), '2026-07-01T09:00:00Z', '2026-07-01T10:00:00Z')).toBe('ok');
    expect(await insert(crypto.randomUUID(), '2026-07-01T10:30:00Z', '2026-07-01T11:30:00Z')).toBe('ok');
    expect(await insert(crypto.randomUUID(), '2026-07-01T07:30:00Z', '2026-07-01T08:30:00Z')).toBe('ok');
    expect(await insert(crypto.randomUUID(), '2026-07-01T11:59:00Z', '2026-07-01T12:59:00Z')).toBe(
      '409 slot_taken',
    );
    expect(await insert(crypto.randomUUID(), '2026-07-01T06:00:00Z', '2026-07-01T07:01:00Z')).toBe(
      '409 slot_taken',
    );
    // A cancelled booking does not count.
    await db
      .updateTable('bookings')
      .set({ status: 'cancelled' })
      .where('start_at', '=', new Date('2026-07-01T10:30:00Z'))
      .execute();
    expect(await insert(crypto.randomUUID(), '2026-07-01T10:30:00Z', '2026-07-01T11:00:00Z')).toBe('ok');
  });
});

describe('BookingService', () => {
  it('refuses a client whose check-in of the last 24 h raised an emergency or urgent flag', async () => {
    const stale = { id: await addUser(db, 'client'), role: 'client' as const };
    // A check-in more than 24 h ago no longer counts: a new one is needed (contract v2).
    await addCheckin(db, stale.id, new Date(now.getTime() - 25 * 3_600_000), 'emergency');
    expect(await code(book(stale, '2026-06-02T11:00:00Z'))).toBe('422 checkin_required');
    const none = { id: await addUser(db, 'client'), role: 'client' as const };
    expect(await code(book(none, '2026-06-02T11:00:00Z'))).toBe('422 checkin_required');
    expect(await code(book(await client('urgent'), '2026-06-02T09:00:00Z'))).toBe('422 red_flag');
    expect(await code(book(await client('emergency'), '2026-06-02T09:00:00Z'))).toBe('422 red_flag');
    expect(await code(book(await client('doctor'), '2026-06-02T09:00:00Z'))).toBe('ok');
  });

  it('offers a visit only from 72 h after a recent massage, and none while lasting soreness needs a doctor', async () => {
    const hour = 3_600_000;
    const massaged = { id: await addUser(db, 'client'), role: 'client' as const };
    const massageAt = new Date(now.getTime() - 10 * hour);
    await addCheckin(db, massaged.id, new Date(now.getTime() - hour), 'self_care', undefined, {
      massageAt: massageAt.toISOString(),
    });
    const availableAt = new Date(massageAt.getTime() + 72 * hour).toISOString();
    const refused = await book(massaged, new Date(massageAt.getTime() + 71 * hour).toISOString()).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(BookingError);
    expect(refused).toMatchObject({
      status: 422,
      code: 'massage_not_yet',
      extra: { availableAt: availableAt.replace('.000Z', 'Z') },
    });
    expect(await code(book(massaged, availableAt))).toBe('ok');
    expect(await service.eligibility(massaged)).toMatchObject({
      ok: false,
      code: 'massage_not_yet',
      availableAt: availableAt.replace('.000Z', 'Z'),
    });

    const sore = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(db, sore.id, new Date(now.getTime() - hour), 'doctor', undefined, {
      massageAt: new Date(now.getTime() - 100 * hour).toISOString(),
      flags: ['RF-POST-MASSAGE-LONG'],
    });
    expect(await code(book(sore, '2026-06-20T11:00:00Z'))).toBe('422 massage_not_yet');
    expect(await service.eligibility(sore)).toMatchObject({
      ok: false,
      code: 'massage_not_yet',
      availableAt: null,
    });
  });

  it('counts a massage on record (care log or a started visit) that the check-in did not name (MA-AGAIN)', async () => {
    const hour = 3_600_000;
    const logged = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(db, logged.id, new Date(now.getTime() - 2 * hour), 'self_care');
    const massageAt = new Date(now.getTime() - hour);
    await db
      .insertInto('events')
      .values({ id: randomUUID(), user_id: logged.id, kind: 'massage', at: massageAt, data: '{}' })
      .execute();
    const availableAt = new Date(massageAt.getTime() + 72 * hour).toISOString().replace('.000Z', 'Z');
    expect(await service.eligibility(logged)).toMatchObject({
      ok: false,
      code: 'massage_not_yet',
      availableAt,
    });
    expect(await code(book(logged, new Date(massageAt.getTime() + 70 * hour).toISOString()))).toBe(
      '422 massage_not_yet',
    );

    // A visit that has started (not yet completed by the therapist) is a massage too: booked 4 h ago for
    // 1 h ago (the minimum notice is 2 h), then the same person asks again.
    const visited = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(db, visited.id, new Date(now.getTime() - 5 * hour), 'self_care');
    const realNow = now;
    now = new Date(realNow.getTime() - 4 * hour);
    try {
      expect(await code(book(visited, new Date(realNow.getTime() - hour).toISOString()))).toBe('ok');
    } finally {
      now = realNow;
    }
    expect(await service.eligibility(visited)).toMatchObject({
      ok: false,
      code: 'massage_not_yet',
      availableAt: new Date(realNow.getTime() + 71 * hour).toISOString().replace('.000Z', 'Z'),
    });
  });

  it('is not fooled by a clean check-in dated in the future, posted before or after an emergency one', async () => {
    const hour = 3_600_000;
    const after = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(db, after.id, new Date(now.getTime() - hour), 'emergency');
    // Recorded later than the emergency one, but dated two days ahead: it describes nothing yet.
    await addCheckin(
      db,
      after.id,
      new Date(now.getTime() + 48 * hour),
      'self_care',
      new Date(now.getTime() - 60_000),
    );
    expect(await code(book(after, '2026-06-02T13:00:00Z'))).toBe('422 red_flag');

    const before = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(
      db,
      before.id,
      new Date(now.getTime() + 48 * hour),
      'self_care',
      new Date(now.getTime() - 2 * hour),
    );
    await addCheckin(db, before.id, new Date(now.getTime() - hour), 'emergency');
    expect(await code(book(before, '2026-06-02T13:00:00Z'))).toBe('422 red_flag');

    // A clean check-in recorded after the emergency one, dated within the 5-minute clock skew, decides.
    const better = { id: await addUser(db, 'client'), role: 'client' as const };
    await addCheckin(db, better.id, new Date(now.getTime() - hour), 'emergency');
    await addCheckin(
      db,
      better.id,
      new Date(now.getTime() + 3 * 60_000),
      'self_care',
      new Date(now.getTime() - 60_000),
    );
    expect(await code(book(better, '2026-06-02T13:00:00Z'))).toBe('ok');
  });

  it('refuses 90 minutes that overlap a 60-minute booking (buffer included), and takes one exactly the buffer after', async () => {
    const a = await client();
    const b = await client();
    expect(await code(book(a, '2026-06-03T10:00:00Z', 60))).toBe('ok');
    expect(await code(book(b, '2026-06-03T08:31:00Z', 90))).toBe('409 slot_taken');
    expect(await code(book(b, '2026-06-03T10:30:00Z', 90))).toBe('409 slot_taken');
    expect(await code(book(b, '2026-06-03T11:29:00Z', 90))).toBe('409 slot_taken');
    expect(await code(book(b, '2026-06-03T11:30:00Z', 90))).toBe('ok');
    expect(await code(book(b, '2026-06-03T08:01:00Z', 90))).toBe('409 slot_taken');
    expect(await code(book(b, '2026-06-03T08:00:00Z', 90))).toBe('ok');
  });

  it('checks length, notice, role and postcode', async () => {
    const c = await client();
    expect(await code(book(c, '2026-06-04T09:00:00Z', 45))).toBe('422 session_length');
    expect(await code(book(c, '2026-06-01T01:00:00Z'))).toBe('422 too_soon');
    expect(await code(book(therapist, '2026-06-04T09:00:00Z'))).toBe('403 client_only');
    expect(
      await code(
        service.book(c, {
          therapistId: therapist.id,
          start: '2026-06-04T09:00:00Z',
          minutes: 60,
          address: 'x',
          postcode: 'SW10 9AA',
        }),
      ),
    ).toBe('422 postcode_not_served');
  });

  it('shows each party only their own bookings, with intake for the therapist', async () => {
    const a = await client();
    const b = await client();
    const mine = await service.book(a, {
      therapistId: therapist.id,
      start: '2026-06-05T09:00:00Z',
      minutes: 60,
      address: '2 Low Rd',
      postcode: 'sw1a 2aa',
      intake: { pressure: 'light', avoidAreas: ['neck'], historyConsent: false, history: 'secret' },
    });
    expect(await code(service.get(b, mine.id))).toBe('404 not_found');
    expect((await service.list(b, {})).map((x) => x.id)).not.toContain(mine.id);
    const seen = await service.get(therapist, mine.id);
    expect(seen.intake).toEqual({ pressure: 'light', avoidAreas: ['neck'], historyConsent: false });
    expect((await service.list(therapist, {})).map((x) => x.id)).toContain(mine.id);
    const other = { id: await addUser(db, 'therapist'), role: 'therapist' as const };
    expect(await code(service.get(other, mine.id))).toBe('404 not_found');
  });

  it('frees the slot at once on cancellation, by either side, with a reason', async () => {
    const a = await client();
    const slotsOf = async () =>
      (
        await service.slots(therapist.id, {
          from: '2026-06-06T09:00:00Z',
          to: '2026-06-06T09:01:00Z',
          minutes: 60,
          step: 30,
        })
      ).length;
    const made = await book(a, '2026-06-06T09:00:00Z');
    expect(await slotsOf()).toBe(0);
    const cancelled = await service.cancel(therapist, made.id, 'ill');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'therapist',
      cancelReason: 'ill',
      cancelLate: false,
    });
    expect(await slotsOf()).toBe(1);
    expect(await code(service.cancel(a, made.id, undefined))).toBe('409 already_cancelled');
    expect(await code(book(a, '2026-06-06T09:00:00Z'))).toBe('ok');
    const inbox = await db
      .selectFrom('inbox_messages')
      .select(['user_id', 'subject'])
      .where('booking_id', '=', made.id)
      .execute();
    expect(inbox.map((m) => m.subject).sort()).toEqual([
      'Booked: massage with Ada',
      'Cancelled: massage with Ada',
      'New visit: Bo',
      'Visit cancelled: Bo',
    ]);
  });

  it('marks a cancellation inside the free window late', async () => {
    const a = await client();
    const made = await book(a, '2026-06-01T12:00:00Z');
    expect(await service.cancel(a, made.id, undefined)).toMatchObject({
      cancelLate: true,
      cancelledBy: 'client',
    });
  });

  it('gives a booking across the London spring-forward its real length', async () => {
    now = new Date('2026-03-01T00:00:00Z');
    const a = await client();
    // 00:30 GMT + 90 min is 02:00Z = 03:00 BST: 90 real minutes although the clock moves 2 h 30.
    const made = await book(a, '2026-03-29T00:30:00Z', 90);
    expect(Date.parse(made.end) - Date.parse(made.start)).toBe(90 * 60_000);
    expect(made.end).toBe('2026-03-29T02:00:00Z');
    now = new Date('2026-06-01T00:00:00Z');
  });

  it('finds therapists by postcode', async () => {
    expect((await service.search('sw1a 1aa')).map((t) => t.id)).toContain(therapist.id);
    expect((await service.search('SW10 9AA')).map((t) => t.id)).not.toContain(therapist.id);
  });

  it('shows each party only their own e-mail deliveries, and the therapist not the client id', async () => {
    const mailing = new BookingService({ db, now: () => now, mailEnabled: true });
    const a = await client();
    const made = await mailing.book(a, {
      therapistId: therapist.id,
      start: '2026-06-07T09:00:00Z',
      minutes: 60,
      address: '3 Mail St',
      postcode: 'SW1A 1AA',
    });
    await db
      .updateTable('booking_outbox')
      .set({ status: 'failed', last_error: '550 therapist mailbox full' })
      .where('booking_id', '=', made.id)
      .where('user_id', '=', therapist.id)
      .execute();
    const seenByClient = await mailing.get(a, made.id);
    expect(seenByClient.messages).toEqual([
      expect.objectContaining({ kind: 'confirmed', status: 'pending', lastError: null }),
    ]);
    expect(JSON.stringify(seenByClient)).not.toContain('mailbox full');
    const seenByTherapist = await mailing.get(therapist, made.id);
    expect(seenByTherapist.messages).toEqual([
      expect.objectContaining({ lastError: '550 therapist mailbox full' }),
    ]);
    expect('clientId' in seenByTherapist).toBe(false);
    expect(JSON.stringify(seenByTherapist)).not.toContain(a.id);
  });
});
