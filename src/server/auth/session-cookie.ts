import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppConfig } from '../config.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'unknot_session';

/** Sessions last 30 days from the last use (sliding). */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

/** A new random session token (256 bits) and the id stored for it. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** The database keeps only SHA-256(token): reading the table does not let anyone sign in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The request's session token, if it sent one that looks valid. */
export function readSessionToken(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

function isHttps(c: Context, config: AppConfig): boolean {
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** Set the HttpOnly, SameSite=Lax session cookie (Secure over HTTPS). */
export function writeSessionCookie(c: Context, config: AppConfig, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, config),
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, config), httpOnly: true, sameSite: 'Lax' });
}

/** The client's address for rate limiting (X-Forwarded-For only when the proxy is trusted). */
export function clientAddress(
  c: Context,
  config: AppConfig,
  socketAddress: () => string | undefined,
): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress() ?? 'unknown';
}
