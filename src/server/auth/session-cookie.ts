import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppConfig } from '../config.ts';
import { clientAddressOf, lastForwarded } from '../http/client-address.ts';

/** The session cookie's name over plain HTTP (development, tests behind no TLS). */
export const SESSION_COOKIE = 'unknot_session';

/**
 * Over HTTPS the cookie is `__Host-unknot_session`: browsers then accept it only Secure, for Path=/ and
 * with no Domain, so a sibling subdomain (or a network attacker on plain HTTP) cannot plant or
 * overwrite a session cookie for us.
 */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Sessions last 30 days from the last use (sliding)… */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
/** …and never longer than 90 days from the log-in, however often used: a stolen cookie does not live for ever. */
export const SESSION_ABSOLUTE_MS = 90 * 24 * 3600 * 1000;

/** When a session used at `now` expires: 30 days on, capped at 90 days after it was created. */
export function slidingExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_TTL_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS));
}

/** A new random session token (256 bits) and the id stored for it. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** The database keeps only SHA-256(token): reading the table does not let anyone sign in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether the app is configured to be served over HTTPS (UNKNOT_PUBLIC_URL=https://…). */
export function servedOverHttps(config: Pick<AppConfig, 'publicUrl'>): boolean {
  return config.publicUrl?.startsWith('https://') ?? false;
}

/** Hono writes and reads the `__Host-` name itself from the base name and `prefix: 'host'`. */
function prefixOf(config: AppConfig): { prefix?: 'host' } {
  return servedOverHttps(config) ? { prefix: 'host' } : {};
}

/** The request's session token, if it sent one that looks valid. */
export function readSessionToken(c: Context, config: AppConfig): string | undefined {
  const token = servedOverHttps(config) ? getCookie(c, SESSION_COOKIE, 'host') : getCookie(c, SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

function isHttps(c: Context, config: AppConfig): boolean {
  if (servedOverHttps(config)) return true;
  if (config.trustProxy) {
    const proto = lastForwarded(c, 'x-forwarded-proto');
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * Set the HttpOnly, SameSite=Lax session cookie (Secure over HTTPS) for `maxAgeMs` (default 30 days; less
 * when the session's absolute lifetime ends sooner).
 */
export function writeSessionCookie(
  c: Context,
  config: AppConfig,
  token: string,
  maxAgeMs = SESSION_TTL_MS,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, config),
    path: '/',
    maxAge: Math.max(0, Math.floor(Math.min(maxAgeMs, SESSION_TTL_MS) / 1000)),
    ...prefixOf(config),
  });
}

export function clearSessionCookie(c: Context, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: isHttps(c, config),
    httpOnly: true,
    sameSite: 'Lax',
    ...prefixOf(config),
  });
}

/** The client's address for limits (see clientAddressOf: the trusted proxy's hop, never the leftmost). */
export function clientAddress(
  c: Context,
  config: AppConfig,
  socketAddress: () => string | undefined,
): string {
  return clientAddressOf(c.req.header('x-forwarded-for'), socketAddress(), config);
}
