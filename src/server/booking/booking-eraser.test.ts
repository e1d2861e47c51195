import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { bookingModule } from './booking.module.ts';

// GDPR art. 17 (erasure): after DELETE /me, a dump of every table holds none of the person's data.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-01T09:00:00Z', modules: [bookingModule({ smtpUrl: undefined })] });
});
afterAll(() => t.close());

/** Every row of every table of the database, as text (what a backup or a breach would hold). */
async function dump(): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(t.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(t.db);
    parts.push(...rows.rows.map((r) => `${name}: ${r.row}`));
  }
  return parts.join('\n');
}

const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

async function therapistNamed(name: string): Promise<{ user: TestUser; id: string }> {
  const user = await t.signUp('therapist', {
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}@example.test`,
  });
  const profile = {
    displayName: name,
    bio: `${name} has worked in Quillborough for years.`,
    timeZone: 'Europe/London',
    postcodes: ['SW1'],
    sessionMinutes: [60],
    bufferMinutes: 0,
    minNoticeHours: 0,
    bookingWindowDays: 60,
    weekly,
  };
  const res = await t.put<{ id: string }>('/api/v1/therapists/me', profile, { cookie: user.cookie });
  expect(res.status).toBe(200);
  return { user, id: res.body.id };
}

async function clientNamed(name: string): Promise<TestUser> {
  const user = await t.signUp('client', { name, email: `${name.split(' ')[0]?.toLowerCase()}@example.test` });
  const c = { painScore: 3, area: 'lower', onsetAt: '2026-02-27T08:00:00Z', age: 40 };
  expect((await t.post('/api/v1/checkins', c, { cookie: user.cookie })).status).toBe(201);
  return user;
}

const book = (cookie: string, therapistId: string, start: string, extra: Record<string, unknown> = {}) =>
  t.post<{ id: string }>(
    '/api/v1/bookings',
    { therapistId, start, minutes: 60, address: '1 Plain Road', postcode: 'SW1A 1AA', ...extra },
    { cookie, headers: { 'idempotency-key': crypto.randomUUID() } },
  );

describe('erasure of bookings data', () => {
  it('leaves none of an erased client in any table, and tells the therapist their visit is cancelled', async () => {
    const ther = await therapistNamed('Wendeline Ashgrove');
    const yannick = await clientNamed('Yannick Oberwald');
    const secret = {
      address: '17 Xylophone Lane',
      notes: 'Ring the violet bell',
      phone: '+44 7700 900 123',
      intake: {
        homeNotes: 'Parrot named Quetzal',
        avoidAreas: ['left knee'],
        historyConsent: true,
        history: 'Old tendon tear',
      },
    };
    const upcoming = await book(yannick.cookie, ther.id, '2026-03-05T10:00:00Z', secret);
    expect(upcoming.status).toBe(201);
    const other = await book(yannick.cookie, ther.id, '2026-03-06T10:00:00Z', secret);
    const cancel = await t.post(
      `/api/v1/bookings/${other.body.id}/cancel`,
      { reason: 'Grandmother visiting by zeppelin' },
      { cookie: yannick.cookie },
    );
    expect(cancel.status).toBe(200);
    const before = await dump();
    for (const s of ['Yannick', 'Xylophone', 'violet bell', 'zeppelin', 'Quetzal'])
      expect(before).toContain(s);

    const erased = await t.delete('/api/v1/me', { password: yannick.password }, { cookie: yannick.cookie });
    expect(erased.status).toBe(200);
    const after = await dump();
    for (const s of [
      'Yannick',
      'Oberwald',
      'yannick@example.test',
      'Xylophone',
      'violet bell',
      'zeppelin',
      'Quetzal',
      'tendon',
      '7700900123',
    ]) {
      expect(after, s).not.toContain(s);
    }
    const inbox = await t.get<{ items: { subject: string; body: string }[] }>('/api/v1/inbox', {
      cookie: ther.user.cookie,
    });
    expect(inbox.body.items.map((m) => m.subject)).toContain('Visit cancelled: account deleted');
    // The time is free again for others.
    const next = await clientNamed('Ines Fairweather');
    expect((await book(next.cookie, ther.id, '2026-03-05T10:00:00Z')).status).toBe(201);
  });

  it('refuses to erase a therapist with visits ahead, listing them; after cancelling, leaves none of them', async () => {
    const ther = await therapistNamed('Zelda Quillfeather');
    const dora = await clientNamed('Dora Client');
    const visit = await book(dora.cookie, ther.id, '2026-03-07T10:00:00Z');
    expect(visit.status).toBe(201);

    const refused = await t.delete<{ error: { code: string; visits: { id: string }[] } }>(
      '/api/v1/me',
      { password: ther.user.password },
      { cookie: ther.user.cookie },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('therapist_has_visits');
    expect(refused.body.error.visits.map((v) => v.id)).toEqual([visit.body.id]);
    // Nothing was erased by the refusal.
    expect((await t.get(`/api/v1/therapists/${ther.id}`)).status).toBe(200);

    expect(
      (
        await t.post(
          `/api/v1/bookings/${visit.body.id}/cancel`,
          { reason: 'Moving to Ulaanbaatar' },
          { cookie: ther.user.cookie },
        )
      ).status,
    ).toBe(200);
    const erased = await t.delete(
      '/api/v1/me',
      { password: ther.user.password },
      { cookie: ther.user.cookie },
    );
    expect(erased.status).toBe(200);
    const after = await dump();
    for (const s of ['Zelda', 'Quillfeather', 'zelda@example.test', 'Ulaanbaatar']) {
      expect(
        after.split('\n').find((line) => line.includes(s)),
        s,
      ).toBeUndefined();
    }
    // The client keeps the fact of their messages, without the therapist's details.
    const inbox = await t.get<{ items: { subject: string }[] }>('/api/v1/inbox', { cookie: dora.cookie });
    expect(inbox.body.items.length).toBeGreaterThan(0);
  });
});
