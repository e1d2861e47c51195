import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.ts';
import type { AccountMailer } from '../src/server/auth/account-mail.ts';
import type { AppConfig } from '../src/server/config.ts';
import type { AppEnv } from '../src/server/http/types.ts';
import type { ServerModule } from '../src/server/modules.ts';
import { createTestDb, type TestDb } from './db.ts';

/** A clock tests can set and move. */
export interface TestClock {
  (): Date;
  set(instant: string | Date): void;
  advance(ms: number): void;
}

/** A clock fixed at `start` (default: the real now) until moved. */
export function testClock(start: string | Date = new Date()): TestClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (instant) => {
    now = new Date(instant).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** Options of a request helper call. */
export interface RequestOptions {
  cookie?: string;
  headers?: Record<string, string>;
}

/** A JSON answer: status, parsed body (null when empty or not JSON), headers. */
export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-up person: the session cookie to send (`cookie`), and who they are. */
export interface TestUser {
  cookie: string;
  id: string;
  email: string;
  password: string;
  name: string;
  role: 'client' | 'therapist';
}

/** What createTestApp returns. */
export interface TestApp {
  app: Hono<AppEnv>;
  db: TestDb['db'];
  dbKind: TestDb['kind'];
  clock: TestClock;
  /** Send a request; `body` is JSON-encoded unless it is a string. */
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<JsonResponse<T>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<JsonResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<JsonResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<JsonResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<JsonResponse<T>>;
  delete<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<JsonResponse<T>>;
  /** Sign up a fresh account (unique email) through the API and return its cookie. */
  signUp(
    role?: 'client' | 'therapist',
    fields?: Partial<Pick<TestUser, 'email' | 'password' | 'name'>>,
  ): Promise<TestUser>;
  close(): Promise<void>;
}

/** `name=value` from a Set-Cookie header, for sending back. */
export function cookieFrom(headers: Headers): string {
  const set = headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

/**
 * The whole app in-process on a fresh test database (PGlite, or PostgreSQL when DATABASE_URL is set).
 *
 * @example
 * const t = await createTestApp();
 * afterAll(() => t.close());
 * const ada = await t.signUp('client');
 * const res = await t.post('/api/v1/events', { kind: 'pain', at, score: 4 }, { cookie: ada.cookie });
 */
export async function createTestApp(
  options: {
    now?: string | Date;
    config?: Partial<AppConfig>;
    modules?: ServerModule[];
    accountMailer?: AccountMailer;
  } = {},
): Promise<TestApp> {
  const testDb = await createTestDb();
  const clock = testClock(options.now);
  const app = createApp({
    db: testDb.db,
    clock,
    config: { webDir: '/nonexistent-unknot-web', ...options.config },
    modules: options.modules ?? [],
    ...(options.accountMailer && { accountMailer: options.accountMailer }),
  });

  const request = async <T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };

  const signUp: TestApp['signUp'] = async (role = 'client', fields = {}) => {
    const email = fields.email ?? `user-${randomUUID()}@example.test`;
    const password = fields.password ?? 'correct horse battery';
    const name = fields.name ?? (role === 'client' ? 'Casey Client' : 'Theo Therapist');
    const res = await request<{ user: { id: string } }>('POST', '/api/v1/auth/signup', {
      email,
      password,
      name,
      role,
    });
    if (res.status !== 201) throw new Error(`signUp failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { cookie: cookieFrom(res.headers), id: res.body.user.id, email, password, name, role };
  };

  return {
    app,
    db: testDb.db,
    dbKind: testDb.kind,
    clock,
    request,
    get: (path, opts) => request('GET', path, undefined, opts),
    post: (path, body, opts) => request('POST', path, body, opts),
    patch: (path, body, opts) => request('PATCH', path, body, opts),
    put: (path, body, opts) => request('PUT', path, body, opts),
    delete: (path, body, opts) => request('DELETE', path, body, opts),
    signUp,
    close: () => testDb.close(),
  };
}
