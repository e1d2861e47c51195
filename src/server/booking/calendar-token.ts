import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Private calendar feed tokens: 32 random bytes, base64url, shown to the user once; only the SHA-256 is
 * stored, so a leaked database does not leak feed URLs, and rotating or revoking is a row update.
 */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a feed token. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a presented token matches a stored hash (constant time). */
export function feedTokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashFeedToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
