import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../config.ts';
import { Batcher } from '../db/batcher.ts';
import type { DB } from '../db/schema.ts';
import { lastForwarded } from '../http/client-address.ts';
import { ForbiddenError, UnauthorizedError } from '../http/errors.ts';
import type { AppDeps, AppEnv, SessionUser } from '../http/types.ts';
import { readSessionToken, sessionIdOf, slidingExpiry, writeSessionCookie } from './session-cookie.ts';
import { type SessionUserRow, sessionsRepository } from './sessions.repository.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: refuse a state-changing request a browser marks as cross-site: `Sec-Fetch-Site: cross-site`, or
 * an `Origin` whose host is not this Host. A client that sends neither (curl, scripts) is accepted;
 * SameSite=Lax cookies already keep cross-site POSTs from carrying the session in modern browsers.
 */
export function assertSameSite(c: Context, config: AppConfig): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  if (c.req.header('sec-fetch-site') === 'cross-site')
    throw new ForbiddenError('Cross-site request refused.');
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  const host =
    (config.trustProxy ? lastForwarded(c, 'x-forwarded-host') : undefined) ??
    c.req.header('host') ??
    new URL(c.req.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) throw new ForbiddenError('Cross-site request refused.');
}

/** Refuse cross-site state-changing requests (for routes that set or use the cookie). */
export function csrfGuard(config: AppConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    assertSameSite(c, config);
    await next();
  };
}

const lookups = new WeakMap<Kysely<DB>, Batcher<{ id: string; now: Date }, SessionUserRow | undefined>>();

/**
 * Session lookups of requests that arrive together share one query (DataLoader-style; see Batcher): every
 * signed-in request needs one, and on this machine the round trip costs more than the query. Each lookup
 * keeps its own `now` for the expiry check.
 */
function sessionLookup(db: Kysely<DB>) {
  let lookup = lookups.get(db);
  if (lookup === undefined) {
    lookup = new Batcher(
      async (items: { id: string; now: Date }[]) => {
        const earliest = new Date(Math.min(...items.map((i) => i.now.getTime())));
        const ids = [...new Set(items.map((i) => i.id))];
        const rows = await sessionsRepository.findUsers(db, ids, earliest);
        const byId = new Map(rows.map((r) => [r.sessionId, r]));
        return items.map(({ id, now }) => {
          const row = byId.get(id);
          return row && row.expiresAt.getTime() > now.getTime() ? row : undefined;
        });
      },
      { maxBatch: 100, maxInFlight: 2 },
    );
    lookups.set(db, lookup);
  }
  return lookup;
}

/**
 * The signed-in person, or undefined. Slides the expiry (30 days idle) once a day of use, never past the
 * session's absolute end (90 days after the log-in).
 */
export async function currentUser(c: Context, deps: AppDeps): Promise<SessionUser | undefined> {
  const token = readSessionToken(c, deps.config);
  if (!token) return undefined;
  const now = deps.clock();
  const found = await sessionLookup(deps.db).submit({ id: sessionIdOf(token), now });
  if (!found) return undefined;
  const { expiresAt, createdAt, ...user } = found;
  // Written at most once a day per session, to keep reads read-only.
  const next = slidingExpiry(createdAt, now);
  if (next.getTime() - expiresAt.getTime() >= 24 * 3600 * 1000) {
    await sessionsRepository.extend(deps.db, user.sessionId, next);
    writeSessionCookie(c, deps.config, token, next.getTime() - now.getTime());
  }
  return user;
}

/**
 * Require a signed-in person (401 otherwise) and put them on `c.var.user`; state-changing requests
 * must also pass the CSRF check (403).
 */
export function requireUser(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    assertSameSite(c, deps.config);
    const user = await currentUser(c, deps);
    if (!user) throw new UnauthorizedError();
    c.set('user', user);
    await next();
  };
}

/** After requireUser: only these roles may pass (403 otherwise). */
export function requireRole(...roles: SessionUser['role'][]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.var.user.role)) throw new ForbiddenError('Your account type cannot do this.');
    await next();
  };
}

/** The TCP peer address (undefined under app.request() in tests). */
export function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
