import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { trustProxy: true } });
});
afterAll(() => t.close());

interface ErrorBody {
  error: { message: string; issues: { path: string; message: string }[] };
}
const email = (tag: string) => `${tag}-${Math.random().toString(36).slice(2)}@example.test`;

describe('sign-up, log-in, log-out', () => {
  it('signs up with a 201, an HttpOnly SameSite=Lax cookie, an argon2id hash, and a hashed session id', async () => {
    const res = await t.post<{ user: { id: string; email: string; role: string } }>('/api/v1/auth/signup', {
      email: '  Ada@Example.TEST ',
      password: 'long enough pw',
      name: 'Ada',
      role: 'client',
    });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe('ada@example.test');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const user = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', res.body.user.id)
      .executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
    const token = cookieFrom(res.headers).split('=')[1] ?? '';
    const sessions = await t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', res.body.user.id)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).not.toBe(token);
    const me = await t.get<{ user: { email: string } }>('/api/v1/me', { cookie: cookieFrom(res.headers) });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('ada@example.test');
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy', async () => {
    const res = await t.post(
      '/api/v1/auth/signup',
      { email: email('sec'), password: 'long enough pw', name: 'S', role: 'client' },
      {
        headers: { 'x-forwarded-proto': 'https' },
      },
    );
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a short password (400 naming the field) and a bad role', async () => {
    const res = await t.post<ErrorBody>('/api/v1/auth/signup', {
      email: email('s'),
      password: 'short',
      name: 'A',
      role: 'admin',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(['password', 'role']);
  });

  it('answers a sign-up with an existing email (any case) exactly like a new one, and the cookie opens nothing', async () => {
    const a = email('dup');
    const owner = await t.signUp('client', { email: a });
    const fresh = await t.post<{ user: Record<string, unknown> }>('/api/v1/auth/signup', {
      email: email('new'),
      password: 'long enough pw',
      name: 'B',
      role: 'therapist',
    });
    const dup = await t.post<{ user: Record<string, unknown> }>('/api/v1/auth/signup', {
      email: a.toUpperCase(),
      password: 'long enough pw',
      name: 'B',
      role: 'therapist',
    });
    // Before: 409, which told anyone that this address has an account.
    expect(dup.status).toBe(fresh.status);
    expect(Object.keys(dup.body.user).sort()).toEqual(Object.keys(fresh.body.user).sort());
    expect(dup.headers.get('set-cookie')?.replace(/=[^;]+/, '=x')).toBe(
      fresh.headers.get('set-cookie')?.replace(/=[^;]+/, '=x'),
    );
    expect((await t.get('/api/v1/me', { cookie: cookieFrom(dup.headers) })).status).toBe(401);
    // The owner's account is untouched.
    expect(
      (await t.get<{ user: { role: string } }>('/api/v1/me', { cookie: owner.cookie })).body.user.role,
    ).toBe('client');
  });

  it('logs in with a new session id, answers the same 401 for a wrong password and an unknown email', async () => {
    const u = await t.signUp('therapist');
    const login = await t.post<{ user: { role: string } }>(
      '/api/v1/auth/login',
      { email: u.email, password: u.password },
      { cookie: u.cookie },
    );
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('therapist');
    const fresh = cookieFrom(login.headers);
    expect(fresh).not.toBe(u.cookie);
    // Rotated: the session that was sent along is gone.
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
    expect((await t.get('/api/v1/me', { cookie: fresh })).status).toBe(200);

    const wrong = await t.post<ErrorBody>('/api/v1/auth/login', {
      email: u.email,
      password: 'not the password',
    });
    const unknown = await t.post<ErrorBody>('/api/v1/auth/login', {
      email: email('nobody'),
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('logs out: the session is deleted and the cookie cleared', async () => {
    const u = await t.signUp();
    const out = await t.post('/api/v1/auth/logout', undefined, { cookie: u.cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute()).toHaveLength(
      0,
    );
  });

  it('expires sessions after 30 days without use', async () => {
    const u = await t.signUp();
    t.clock.advance(31 * 24 * 3600 * 1000);
    expect((await t.get('/api/v1/me', { cookie: u.cookie })).status).toBe(401);
  });
});

describe('rate limits', () => {
  it('allows 10 failed log-ins per account in 15 minutes, then 429 with Retry-After even for the right password', async () => {
    const u = await t.signUp();
    for (let i = 0; i < 10; i++) {
      const res = await t.post(
        '/api/v1/auth/login',
        { email: u.email, password: `wrong ${i} password` },
        {
          headers: { 'x-forwarded-for': `10.1.0.${i}` },
        },
      );
      expect(res.status).toBe(401);
    }
    const blocked = await t.post('/api/v1/auth/login', { email: u.email, password: u.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // A progressive delay, not a 15-minute lock-out: the owner gets in again within a minute.
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    t.clock.advance(60 * 1000);
    expect((await t.post('/api/v1/auth/login', { email: u.email, password: u.password })).status).toBe(200);
  });

  it('counts parallel wrong guesses before hashing, so a burst gets no more than 10 tries', async () => {
    const u = await t.signUp();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t
          .post(
            '/api/v1/auth/login',
            { email: u.email, password: `burst ${i} guess` },
            {
              headers: { 'x-forwarded-for': `10.2.0.${i}` },
            },
          )
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it('limits failed log-ins per address across accounts (50 in 15 minutes)', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 50; i++) {
      const res = await t.post(
        '/api/v1/auth/login',
        { email: email(`ip${i}`), password: 'whatever pw' },
        { headers },
      );
      expect(res.status).toBe(401);
    }
    const res = await t.post(
      '/api/v1/auth/login',
      { email: email('ip-last'), password: 'whatever pw' },
      { headers },
    );
    expect(res.status).toBe(429);
    const other = await t.post(
      '/api/v1/auth/login',
      { email: email('ip-other'), password: 'whatever pw' },
      {
        headers: { 'x-forwarded-for': '203.0.113.10' },
      },
    );
    expect(other.status).toBe(401);
  });

  it('allows at least 200 sign-ups an hour from one address', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    const results = [];
    for (let i = 0; i < 200; i++) {
      results.push(
        (
          await t.post(
            '/api/v1/auth/signup',
            { email: email(`bulk${i}`), password: 'long enough pw', name: 'B', role: 'client' },
            { headers },
          )
        ).status,
      );
    }
    expect(results.filter((s) => s === 201)).toHaveLength(200);
  }, 120_000);
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write marked cross-site or from another origin, accepts same-origin and header-less JSON', async () => {
    const u = await t.signUp();
    const event = { kind: 'water', at: '2026-11-26T09:00:00Z', ml: 250 };
    const cross = await t.post('/api/v1/events', event, {
      cookie: u.cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status).toBe(403);
    const evil = await t.post('/api/v1/events', event, {
      cookie: u.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    const nullOrigin = await t.post('/api/v1/events', event, {
      cookie: u.cookie,
      headers: { origin: 'null' },
    });
    expect(nullOrigin.status).toBe(403);
    const same = await t.post('/api/v1/events', event, {
      cookie: u.cookie,
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(same.status).toBe(201);
    const bare = await t.post('/api/v1/events', event, { cookie: u.cookie });
    expect(bare.status).toBe(201);
    const crossLogin = await t.post(
      '/api/v1/auth/login',
      { email: u.email, password: u.password },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossLogin.status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await t.get('/api/v1/me')).status).toBe(401);
    expect(
      (await t.post('/api/v1/events', { kind: 'water', at: '2026-11-26T09:00:00Z', ml: 1 })).status,
    ).toBe(401);
  });

  it('answers GET /auth/session with the user, or null when signed out', async () => {
    expect((await t.get<{ user: null }>('/api/v1/auth/session')).body).toEqual({ user: null });
    const u = await t.signUp('client');
    const res = await t.get<{ user: { email: string } }>('/api/v1/auth/session', { cookie: u.cookie });
    expect([res.status, res.body.user.email]).toEqual([200, u.email]);
  });
});
