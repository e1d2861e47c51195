import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { defaultReminderSettings, type ReminderSettings } from '../../domain/reminders/settings.ts';
import { addUser } from '../booking/booking.fixtures.ts';
import { decryptPush, TestPushService, type TestSubscription } from '../push/test-push-service.ts';
import { createDispatcher } from './reminders.module.ts';
import { remindersRepository } from './reminders.repository.ts';

// The dispatcher on the test database with a push service on loopback: exactly once under concurrent workers,
// retries with back-off to a visible `failed`, quiet hours.
const push = new TestPushService();
let t: TestDb;
let env: NodeJS.ProcessEnv;
const clock = testClock('2027-03-01T10:00:00Z');

async function personWith(
  sub: TestSubscription,
  settings: ReminderSettings = { ...defaultReminderSettings('UTC'), quietHours: null },
) {
  const userId = await addUser(t.db, 'client');
  await remindersRepository.saveSettings(t.db, userId, settings, clock());
  await t.db
    .insertInto('push_subscriptions')
    .values({ user_id: userId, endpoint: sub.endpoint, ...sub.keys })
    .execute();
  return userId;
}
const reminder = (userId: string, key: string, dueMs: number) => ({
  user_id: userId,
  kind: 'followUp' as const,
  dedupe_key: key,
  due_at: new Date(dueMs),
  run_at: new Date(dueMs),
  expires_at: new Date(dueMs + 86_400_000),
  payload: JSON.stringify({ title: key, body: 'b', url: '/#/checkin', action: 'Start check-in' }),
});

beforeAll(async () => {
  const origin = await push.listen();
  env = { UNKNOT_PUSH_TEST_ENDPOINTS: `${origin}/`, UNKNOT_PUSH_TEST_CA: push.cert.cert };
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
  await push.close();
});

describe('the reminder dispatcher', () => {
  it('sends each of 1,000 reminders due in the same minute once, with two workers at it', {
    timeout: 120_000,
  }, async () => {
    const sub = push.subscription('bulk');
    const userId = await personWith(sub);
    const at = clock().getTime();
    await t.db
      .insertInto('reminders')
      .values(Array.from({ length: 1000 }, (_, i) => reminder(userId, `bulk-${i}`, at + (i % 60) * 1000)))
      .execute();
    clock.advance(60_000);
    const a = createDispatcher(t.db, clock, env);
    const b = createDispatcher(t.db, clock, env);
    await Promise.all([a.drain(), b.drain()]);
    // A push the loaded machine timed out is retried after its back-off: let those run too.
    for (let i = 0; i < 5; i++) {
      clock.advance(3_600_000);
      await Promise.all([a.drain(), b.drain()]);
    }
    const rows = await t.db
      .selectFrom('reminders')
      .select(['id', 'status', 'attempts', 'last_error'])
      .where('user_id', '=', userId)
      .execute();
    // The strict push service on loopback refused nothing (aes128gcm, valid VAPID, decrypts).
    expect(push.rejected).toEqual([]);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const pushes = new Map<string, number>();
    for (const m of push.received.filter((m) => m.path === new URL(sub.endpoint).pathname)) {
      const { reminderId } = JSON.parse(decryptPush(m, sub)) as { reminderId: string };
      pushes.set(reminderId, (pushes.get(reminderId) ?? 0) + 1);
    }
    expect(pushes.size).toBe(1000);
    // Claimed once: a reminder reaches the push service once, unless its own send failed and was retried
    // (at-least-once; the Topic header then replaces the undelivered copy).
    for (const r of rows) {
      if (r.attempts === 1) expect(pushes.get(String(r.id)), `reminder ${r.id}`).toBe(1);
    }
    const retried = rows.filter((r) => r.attempts > 1);
    expect(retried.length).toBeLessThan(50);
  });

  it('retries a refused push with back-off, then shows it failed', async () => {
    const sub = push.subscription('refused');
    push.statusFor.set(new URL(sub.endpoint).pathname, 503);
    const userId = await personWith(sub);
    await t.db
      .insertInto('reminders')
      .values(reminder(userId, 'refused', clock().getTime()))
      .execute();
    const d = createDispatcher(t.db, clock, env, { maxAttempts: 3 });
    const state = () =>
      t.db
        .selectFrom('reminders')
        .select(['status', 'attempts', 'run_at', 'last_error'])
        .where('dedupe_key', '=', 'refused')
        .executeTakeFirstOrThrow();
    await d.drain();
    const first = await state();
    expect(first).toMatchObject({ status: 'scheduled', attempts: 1 });
    expect(first.run_at.getTime() - clock().getTime()).toBe(30_000);
    expect(first.last_error).toContain('503');
    clock.advance(30_000);
    await d.drain();
    expect((await state()).attempts).toBe(2);
    clock.advance(60_000);
    await d.drain();
    expect(await state()).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('holds a reminder due in quiet hours until they end', async () => {
    const sub = push.subscription('quiet');
    const userId = await personWith(sub, {
      ...defaultReminderSettings('Europe/London'),
      quietHours: { start: '22:00', end: '07:00' },
    });
    clock.set('2027-03-01T23:00:00Z');
    await t.db
      .insertInto('reminders')
      .values(reminder(userId, 'quiet', clock().getTime()))
      .execute();
    const d = createDispatcher(t.db, clock, env);
    await d.drain();
    const held = await t.db
      .selectFrom('reminders')
      .select(['status', 'run_at', 'attempts'])
      .where('dedupe_key', '=', 'quiet')
      .executeTakeFirstOrThrow();
    expect(held).toEqual({ status: 'scheduled', run_at: new Date('2027-03-02T07:00:00Z'), attempts: 0 });
    clock.set('2027-03-02T07:00:00Z');
    await d.drain();
    expect(push.received.filter((m) => m.path === new URL(sub.endpoint).pathname)).toHaveLength(1);
  });

  it('e-mails visit reminders through SMTP as well', async () => {
    const mails: { to: string[]; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => {
          raw += c.toString('utf8');
        });
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const sub = push.subscription('visit');
      const userId = await personWith(sub);
      await t.db
        .insertInto('reminders')
        .values({
          ...reminder(userId, 'visit-mail', clock().getTime()),
          kind: 'visit',
          payload: JSON.stringify({
            title: 'Massage visit in 2 hours',
            body: 'b',
            url: '/#/book',
            action: 'Open',
            email: true,
          }),
        })
        .execute();
      const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
      await createDispatcher(t.db, clock, { ...env, SMTP_URL: smtpUrl }).drain();
      expect(mails).toHaveLength(1);
      expect(mails[0]?.to).toEqual([`${userId}@example.test`]);
      expect(mails[0]?.raw).toContain('Subject: Massage visit in 2 hours');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
