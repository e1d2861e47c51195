import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TherapistProfileSchema } from '../../../domain/booking/booking.schema.ts';
import { openPostgres } from '../../db/database.ts';
import { freshPostgres, type ServerProcess, startServer } from '../../jobs/process-harness.ts';
import { addCheckin, addUser } from '../booking.fixtures.ts';
import { BookingService } from '../booking.service.ts';

// Jobs are claimed once: two real server processes on one PostgreSQL deliver each of 80 e-mails exactly once through a
// real SMTP server on loopback (before the claims, 71 of 80 went out twice).
const adminUrl = process.env.DATABASE_URL;
const received: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    stream.on('end', () => {
      received.push(/Subject: ([^\r\n]+)/.exec(raw)?.[1] ?? '');
      callback();
    });
  },
});
const servers: ServerProcess[] = [];
let database: Awaited<ReturnType<typeof freshPostgres>> | undefined;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await database?.drop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe.skipIf(!adminUrl)('the outbox across two server processes (PostgreSQL)', () => {
  it('delivers 80 messages, each once', { timeout: 120_000 }, async () => {
    database = await freshPostgres(adminUrl ?? '');
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      UNKNOT_JOB_INTERVAL_MS: '100',
    };
    // One after the other: the first start may rebuild the server bundle the second then reuses.
    servers.push(await startServer(env));
    servers.push(await startServer(env));

    const { db, close } = openPostgres(database.url, { max: 4 });
    const now = new Date();
    const service = new BookingService({ db, now: () => now, mailEnabled: true });
    const therapistId = await addUser(db, 'therapist', 'Ada');
    await service.saveProfile(
      { id: therapistId, role: 'therapist' },
      TherapistProfileSchema.parse({
        displayName: 'Ada',
        timeZone: 'UTC',
        postcodes: ['E1'],
        sessionMinutes: [60],
        bufferMinutes: 0,
        minNoticeHours: 1,
        bookingWindowDays: 30,
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      }),
    );
    // 40 bookings, each e-mailing both sides: 80 outbox rows, written while both workers poll.
    const day = Math.floor(now.getTime() / 86_400_000) * 86_400_000 + 2 * 86_400_000;
    for (let i = 0; i < 40; i++) {
      const clientId = await addUser(db, 'client', `C${i}`);
      await addCheckin(db, clientId, now, 'self_care');
      await service.book(
        { id: clientId, role: 'client' },
        {
          therapistId,
          start: new Date(day + i * 3_600_000).toISOString(),
          minutes: 60,
          address: `${i} Brick Lane`,
          postcode: 'E1 6PU',
        },
      );
    }
    for (let waited = 0; received.length < 80 && waited < 60_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // Time for any duplicate still in flight to land.
    await new Promise((r) => setTimeout(r, 1_000));
    const rows = await db.selectFrom('booking_outbox').select(['status', 'attempts']).execute();
    await close();
    expect(rows).toHaveLength(80);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    expect(received).toHaveLength(80);
  });
});
