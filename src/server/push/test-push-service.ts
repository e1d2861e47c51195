import { execFileSync } from 'node:child_process';
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  type ECDH,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test support: a push service on loopback (HTTPS with a throw-away certificate, as push endpoints must be
 * https), and the RECEIVING side of Web Push: a browser-like subscription key pair that decrypts RFC 8291
 * payloads and checks the RFC 8292 VAPID JWT. The crypto here is the receiver's, written from the RFCs with
 * node:crypto so the test does not trust the sender's library to check itself.
 */

export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  at: number;
  /** The plaintext, decrypted by the service with the subscription's private key (RFC 8291). */
  payload: string;
  /** The checked VAPID JWT claims and the server key `k` it was signed with (RFC 8292). */
  vapid: VapidToken;
}

/** A request the service refused (and answered 400/401/404), with why. */
export interface RejectedPush {
  path: string;
  status: number;
  reason: string;
}

export interface VapidToken {
  claims: { aud: string; exp: number; sub: string };
  k: string;
}

export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
  authSecret: Buffer;
}

/** A refusal as the push service answers it. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A self-signed certificate for 127.0.0.1 (openssl), as PEM strings. */
export function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-push-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A strict push service: every request must carry a valid VAPID JWT for this origin (RFC 8292), a TTL, and an
 * `aes128gcm` body (RFC 8291) that decrypts with the subscription's keys; anything else (the older `aesgcm`
 * draft included) is refused and listed in `rejected`, so the sender under test sees the failure too.
 */
export class TestPushService {
  readonly received: ReceivedPush[] = [];
  readonly rejected: RejectedPush[] = [];
  /** Paths answered with this status instead of 201 (e.g. 410 for a gone subscription). */
  readonly statusFor = new Map<string, number>();
  readonly cert: { key: string; cert: string };
  readonly #subscriptions = new Map<string, TestSubscription>();
  #server: https.Server;
  #origin = '';

  constructor() {
    this.cert = selfSignedCert();
    this.#server = https.createServer({ key: this.cert.key, cert: this.cert.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        try {
          const msg = this.#accept(path, req.headers, Buffer.concat(chunks));
          this.received.push(msg);
          res.writeHead(this.statusFor.get(path) ?? 201).end();
        } catch (err) {
          const status = err instanceof Refused ? err.status : 400;
          this.rejected.push({ path, status, reason: String(err) });
          res.writeHead(status).end();
        }
      });
    });
  }

  #accept(path: string, headers: ReceivedPush['headers'], body: Buffer): ReceivedPush {
    const sub = this.#subscriptions.get(path);
    if (!sub) throw new Refused(404, `no subscription at ${path}`);
    let vapid: VapidToken;
    try {
      vapid = verifyVapid(String(headers.authorization ?? ''));
    } catch (err) {
      throw new Refused(401, String(err));
    }
    if (vapid.claims.aud !== this.#origin) throw new Refused(401, `aud ${vapid.claims.aud}`);
    const now = Date.now() / 1000;
    // RFC 8292 §2: not expired, and no more than 24 hours ahead.
    if (!(vapid.claims.exp > now && vapid.claims.exp <= now + 24 * 3600))
      throw new Refused(401, `exp ${vapid.claims.exp}`);
    if (!/^(mailto:|https:)/.test(String(vapid.claims.sub)))
      throw new Refused(401, `sub ${vapid.claims.sub}`);
    if (!/^\d+$/.test(String(headers.ttl))) throw new Refused(400, 'no TTL header');
    const payload = decryptPush({ headers, body }, sub);
    return { path, headers, body, at: Date.now(), payload, vapid };
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#origin = `https://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.#origin;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  /** A new browser-side subscription on this service (the service keeps its keys to decrypt what arrives). */
  subscription(name = randomBytes(6).toString('hex')): TestSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    const sub = {
      endpoint: `${this.#origin}/sub/${name}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
      ecdh,
      authSecret,
    };
    this.#subscriptions.set(new URL(sub.endpoint).pathname, sub);
    return sub;
  }
}

/** Decrypt a push message: only RFC 8291 `aes128gcm` is accepted (the older `aesgcm` draft is refused). */
export function decryptPush(msg: Pick<ReceivedPush, 'headers' | 'body'>, sub: TestSubscription): string {
  const encoding = msg.headers['content-encoding'];
  if (encoding !== 'aes128gcm') throw new Error(`Content-Encoding ${String(encoding)}, not aes128gcm`);
  return decryptAes128gcm(msg.body, sub);
}

/** RFC 8291 §3.4 and RFC 8188: decrypt one aes128gcm push message with the subscription's private key. */
export function decryptAes128gcm(body: Buffer, sub: TestSubscription): string {
  // RFC 8188 §2.1 header: salt (16), record size (4), key id length (1), key id = the sender's P-256 point (65).
  if (body.length < 21 + 65 + 17) throw new Error(`body of ${body.length} octets is too short`);
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body.readUInt8(20);
  if (idlen !== 65) throw new Error(`key id of ${idlen} octets, not a P-256 point (RFC 8291 §4)`);
  const asPublic = body.subarray(21, 21 + idlen);
  if (asPublic[0] !== 4) throw new Error('key id is not an uncompressed point');
  const ciphertext = body.subarray(21 + idlen);
  if (rs < 18) throw new Error(`record size ${rs}`);
  // RFC 8291 §4: a push message is a single record.
  if (ciphertext.length > rs) throw new Error('more than one record');
  const uaPublic = sub.ecdh.getPublicKey();
  const ecdhSecret = sub.ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, sub.authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('bad padding delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/** RFC 8292: parse `Authorization: vapid t=…, k=…`, verify the ES256 signature with k; returns the claims. */
export function verifyVapid(authorization: string): VapidToken {
  const t = /t=([^,\s]+)/.exec(authorization)?.[1];
  const k = /k=([^,\s]+)/.exec(authorization)?.[1];
  if (!authorization.startsWith('vapid ') || !t || !k)
    throw new Error(`not a vapid header: ${authorization}`);
  const [h, p, s] = t.split('.');
  if (!h || !p || !s) throw new Error('not a JWT');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg: string };
  if (header.alg !== 'ES256') throw new Error(`alg ${header.alg}`);
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  );
  if (!ok) throw new Error('VAPID signature does not verify');
  return { claims: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')), k };
}
