import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../../test/db.ts';
import { TherapistProfileSchema } from '../../../domain/booking/booking.schema.ts';
import { addCheckin, addUser } from '../booking.fixtures.ts';
import { BookingService } from '../booking.service.ts';
import { smtpMailer } from './mailer.ts';
import { OutboxWorker } from './outbox.worker.ts';

// The e-mail outbox against a real SMTP server on loopback and a real database: no mock of our own infrastructure.
const received: { to: string[]; raw: string }[] = [];
let refuse = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    stream.on('end', () => {
      if (refuse > 0) {
        refuse--;
        callback(new Error('try later'));
        return;
      }
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

let t: TestDb;
let now = new Date('2026-06-01T00:00:00Z');
const clock = () => now;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('booking e-mails through the outbox', () => {
  it('sends both sides their message with the .ics after commit, retrying a refused one', async () => {
    const url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    const mailer = smtpMailer(url);
    const worker = new OutboxWorker({ db: t.db, mailer, now: clock });
    let woken = 0;
    const service = new BookingService({
      db: t.db,
      now: clock,
      mailEnabled: true,
      onOutbox: () => woken++,
    });
    const therapistId = await addUser(t.db, 'therapist', 'Ada');
    await service.saveProfile(
      { id: therapistId, role: 'therapist' },
      TherapistProfileSchema.parse({
        displayName: 'Ada',
        timeZone: 'Europe/London',
        postcodes: ['E1'],
        sessionMinutes: [60],
        bufferMinutes: 15,
        minNoticeHours: 1,
        bookingWindowDays: 30,
        weekly: [{ weekday: 2, start: '09:00', end: '17:00' }],
      }),
    );
    const clientId = await addUser(t.db, 'client', 'Bo');
    await addCheckin(t.db, clientId, now, 'self_care');
    refuse = 1;
    const booking = await service.book(
      { id: clientId, role: 'client' },
      {
        therapistId,
        start: '2026-06-02T09:00:00Z',
        minutes: 60,
        address: '3 Brick Lane',
        postcode: 'E1 6PU',
      },
    );
    expect(woken).toBe(1);
    // Nothing was sent inside the booking: the rows wait in the outbox.
    expect(received).toHaveLength(0);

    await worker.drain();
    const rows = await t.db
      .selectFrom('booking_outbox')
      .select(['user_id', 'status', 'attempts', 'last_error'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['pending', 'sent']);
    expect(rows[0]?.last_error).toContain('try later');
    expect(received).toHaveLength(1);

    now = new Date(now.getTime() + 60_000);
    await worker.drain();
    const after = await t.db
      .selectFrom('booking_outbox')
      .select(['status', 'attempts'])
      .orderBy('id')
      .execute();
    expect(after).toEqual([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 1 },
    ]);
    expect(received.flatMap((m) => m.to).sort()).toEqual(
      [`${clientId}@example.test`, `${therapistId}@example.test`].sort(),
    );
    expect(received.every((m) => m.raw.includes('filename=booking.ics'))).toBe(true);
    expect(received.some((m) => m.raw.includes('Subject: Booked: massage with Ada'))).toBe(true);
    expect(booking.status).toBe('confirmed');
    mailer.close();
  });
});
