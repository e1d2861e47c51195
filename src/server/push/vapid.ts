import { webcrypto } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The server's VAPID key pair (RFC 8292): the public key as the browser needs it, the private one as a JWK. */
export interface VapidKeys {
  /** Uncompressed P-256 point, base64url (what PushManager.subscribe takes as applicationServerKey). */
  publicKey: string;
  privateJwk: JsonWebKey;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The JWK of a key pair given as the base64url public point and private scalar (the env-var form). */
export function jwkFromRaw(publicKey: string, privateKey: string): JsonWebKey {
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 4)
    throw new Error('UNKNOT_VAPID_PUBLIC_KEY is not a P-256 public key.');
  return {
    kty: 'EC',
    crv: 'P-256',
    x: b64(point.subarray(1, 33)),
    y: b64(point.subarray(33, 65)),
    d: privateKey,
    ext: true,
  };
}

async function generate(): Promise<VapidKeys> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKey: b64(raw), privateJwk: await webcrypto.subtle.exportKey('jwk', pair.privateKey) };
}

/**
 * The VAPID keys: from UNKNOT_VAPID_PUBLIC_KEY + UNKNOT_VAPID_PRIVATE_KEY when set (production, so keys survive a
 * database restore), else the pair kept in the database, generated on first start. Several processes starting
 * at once all end up with the one pair that was inserted first.
 */
export async function loadVapidKeys(
  db: Kysely<DB>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VapidKeys> {
  const pub = env.UNKNOT_VAPID_PUBLIC_KEY;
  const priv = env.UNKNOT_VAPID_PRIVATE_KEY;
  if (pub && priv) return { publicKey: pub, privateJwk: jwkFromRaw(pub, priv) };
  const stored = await db
    .selectFrom('push_vapid_keys')
    .select(['public_key', 'private_jwk'])
    .executeTakeFirst();
  if (stored) return { publicKey: stored.public_key, privateJwk: stored.private_jwk };
  const fresh = await generate();
  await db
    .insertInto('push_vapid_keys')
    .values({ id: 1, public_key: fresh.publicKey, private_jwk: JSON.stringify(fresh.privateJwk) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db
    .selectFrom('push_vapid_keys')
    .select(['public_key', 'private_jwk'])
    .executeTakeFirstOrThrow();
  return { publicKey: row.public_key, privateJwk: row.private_jwk };
}
