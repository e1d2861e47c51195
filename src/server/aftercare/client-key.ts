import { createHash } from 'node:crypto';

/**
 * The name under which a therapist knows a client in their practice view: a hash of the pair, never the
 * client's account id. Account ids stay inside the server (a booking's JSON shows neither party's), the key
 * differs per therapist so two therapists cannot tell they share a client, and it cannot be turned back into
 * the id (account ids are random UUIDs).
 */
export function clientKey(therapistId: string, clientId: string): string {
  return createHash('sha256')
    .update(`unknot-practice:${therapistId}:${clientId}`)
    .digest('base64url')
    .slice(0, 22);
}

/** A key is 22 base64url characters; anything else cannot name a client. */
export const isClientKey = (key: string) => /^[A-Za-z0-9_-]{22}$/.test(key);
