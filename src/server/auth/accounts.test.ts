import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cookieFrom, createTestApp, type TestApp } from '../../../test/app.ts';
import { createApp } from '../app.ts';
import { memoryMailer } from './account-mail.ts';

const mailer = memoryMailer();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    config: { trustProxy: true, publicUrl: 'https://unknot.example' },
    accountMailer: mailer,
  });
});
afterAll(() => t.close());

const email = () => `acct-${randomUUID()}@example.test`;
const json = { 'content-type': 'application/json' };

/** Another server process on the same database (or this one after a restart): a second app, no shared memory. */
function otherProcess() {
  const app = createApp({ db: t.db, clock: t.clock, config: { trustProxy: true }, modules: [] });
  return (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
}

describe('shared limits', () => {
  it('counts failed log-ins for one account across processes and restarts (11th limited)', async () => {
    const u = await t.signUp();
    const a = otherProcess();
    const b = otherProcess();
    for (let i = 0; i < 10; i++) {
      const send = i % 2 === 0 ? a : b;
      const res = await send('/api/v1/auth/login', { email: u.email, password: `wrong ${i}` });
      expect(res.status).toBe(401);
    }
    // Before: each process counted in its own memory, so 20 guesses passed and a restart forgot them.
    const restarted = otherProcess();
    expect((await restarted('/api/v1/auth/login', { email: u.email, password: 'wrong 11' })).status).toBe(
      429,
    );
  });

  it('behind a proxy limits the address the proxy appended, whatever the client writes leftmost', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 55; i++) {
      const res = await t.post(
        '/api/v1/auth/login',
        { email: email(), password: 'not the password' },
        { headers: { 'x-forwarded-for': `6.6.${i}.6, 203.0.113.77` } },
      );
      statuses.push(res.status);
    }
    // Before: the leftmost (client-chosen) entry was the key, so every request got a fresh limit: 0 × 429.
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(50).every((s) => s === 429)).toBe(true);
  });
});

describe('password policy and cookies', () => {
  it('refuses a common password at sign-up, naming the field', async () => {
    const res = await t.post<{ error: { issues: { path: string }[] } }>('/api/v1/auth/signup', {
      email: email(),
      password: 'password123',
      name: 'Weak',
      role: 'client',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path)).toEqual(['password']);
  });

  it('uses the __Host- cookie when served over HTTPS', async () => {
    const u = await t.signUp();
    expect(u.cookie.startsWith('__Host-unknot_session=')).toBe(true);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(200);
    // The plain name (as a sibling subdomain could plant it) is not read.
    expect((await t.get('/api/v1/me', { cookie: u.cookie.replace('__Host-', '') })).status).toBe(401);
  });

  it('ends a session 90 days after log-in even when used every day', async () => {
    const u = await t.signUp();
    for (let day = 10; day <= 80; day += 10) {
      t.clock.advance(10 * 24 * 3600 * 1000);
      expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(200);
    }
    t.clock.advance(11 * 24 * 3600 * 1000);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
  });
});

describe('password change and reset', () => {
  it('changes the password (204), ends the other sessions and keeps this one', async () => {
    const u = await t.signUp();
    const other = await t.post('/api/v1/auth/login', { email: u.email, password: u.password });
    const otherCookie = cookieFrom(other.headers);
    const wrong = await t.post(
      '/api/v1/auth/password',
      { currentPassword: 'nope nope', newPassword: 'violet kettle harbour' },
      { cookie: u.cookie },
    );
    expect(wrong.status).toBe(403);
    const weak = await t.post(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword: 'qwertyuiop' },
      { cookie: u.cookie },
    );
    expect(weak.status).toBe(400);
    const res = await t.post(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword: 'violet kettle harbour' },
      { cookie: u.cookie },
    );
    expect(res.status).toBe(204);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(200);
    expect((await t.get('/api/v1/me', { cookie: otherCookie })).status).toBe(401);
    expect((await t.post('/api/v1/auth/login', { email: u.email, password: u.password })).status).toBe(401);
    expect(
      (await t.post('/api/v1/auth/login', { email: u.email, password: 'violet kettle harbour' })).status,
    ).toBe(200);
  });

  it('answers 202 for any address, mails a single-use link that expires in an hour, never logs it', async () => {
    const logged: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => logged.push(args.join(' '))),
    );
    try {
      const u = await t.signUp();
      const before = mailer.sent.length;
      const unknown = await t.post('/api/v1/auth/password-reset', { email: email() });
      expect(unknown, JSON.stringify(logged)).toMatchObject({ status: 202 });
      expect(mailer.sent.length).toBe(before);
      expect((await t.post('/api/v1/auth/password-reset', { email: u.email })).status).toBe(202);
      await vi.waitFor(() => expect(mailer.sent.length).toBe(before + 1));
      const mail = mailer.sent.at(-1);
      expect(mail?.to).toBe(u.email);
      const token = /reset-password\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? '';
      expect(mail?.text).toContain('https://unknot.example/#/reset-password/');
      // Stored hashed only.
      const stored = await sql<{ id: string }>`SELECT id FROM password_resets`.execute(t.db);
      expect(stored.rows.some((r) => r.id === token)).toBe(false);

      const confirm = (newPassword: string) =>
        t.post('/api/v1/auth/password-reset/confirm', { token, newPassword });
      expect((await confirm('abc')).status).toBe(400);
      expect((await confirm('saffron lantern meadow')).status).toBe(204);
      expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
      expect((await confirm('another fine phrase here')).status).toBe(400);
      expect(
        (await t.post('/api/v1/auth/login', { email: u.email, password: 'saffron lantern meadow' })).status,
      ).toBe(200);

      const again = await t.post('/api/v1/auth/password-reset', { email: u.email });
      expect(again.status, logged.join('|')).toBe(202);
      await vi.waitFor(() => expect(mailer.sent.length).toBe(before + 2));
      const late = /reset-password\/([A-Za-z0-9_-]{43})/.exec(mailer.sent.at(-1)?.text ?? '')?.[1] ?? '';
      t.clock.advance(61 * 60 * 1000);
      const expired = await t.post('/api/v1/auth/password-reset/confirm', {
        token: late,
        newPassword: 'saffron lantern meadow two',
      });
      expect(expired.status).toBe(400);
      expect(logged.join('\n')).not.toContain(token);
      expect(logged.join('\n')).not.toContain(late);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('e-mails the owner when someone signs up with their address', async () => {
    const u = await t.signUp();
    const before = mailer.sent.length;
    const res = await t.post('/api/v1/auth/signup', {
      email: u.email,
      password: 'long enough pw',
      name: 'X',
      role: 'client',
    });
    expect(res.status).toBe(201);
    await vi.waitFor(() => expect(mailer.sent.length).toBe(before + 1));
    expect(mailer.sent.at(-1)?.to).toBe(u.email);
  });
});
