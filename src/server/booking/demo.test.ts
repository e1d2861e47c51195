import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { verifyPassword } from '../auth/password.ts';
import { BookingService } from './booking.service.ts';
import { DEMO_CLIENT_EMAIL, DEMO_PASSWORD, seedDemo } from './demo.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('seedDemo', () => {
  it('is idempotent and lets a newcomer find therapists with open slots', async () => {
    await seedDemo(t.db);
    await seedDemo(t.db);
    const users = await t.db.selectFrom('users').select(['email', 'role', 'password_hash']).execute();
    expect(users).toHaveLength(4);
    const client = users.find((u) => u.email === DEMO_CLIENT_EMAIL);
    expect(client?.role).toBe('client');
    expect(await verifyPassword(client?.password_hash ?? null, DEMO_PASSWORD)).toBe(true);

    const service = new BookingService({
      db: t.db,
      now: () => new Date('2026-11-26T09:00:00Z'),
    });
    const london = await service.search('sw1a 1aa');
    const newYork = await service.search('10001');
    const sydney = await service.search('2000');
    expect(london.map((x) => x.timeZone)).toEqual(['Europe/London']);
    expect(newYork.map((x) => x.timeZone)).toEqual(['America/New_York']);
    expect(sydney.map((x) => x.timeZone)).toEqual(['Australia/Sydney']);
    for (const therapist of [...london, ...newYork, ...sydney]) {
      const slots = await service.slots(therapist.id, {
        from: '2026-11-26T00:00:00Z',
        to: '2026-12-03T00:00:00Z',
        minutes: 60,
        step: 30,
      });
      expect(slots.length).toBeGreaterThan(20);
    }
  });
});
