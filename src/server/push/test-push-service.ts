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
}

export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
  authSecret: Buffer;
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

export class TestPushService {
  readonly received: ReceivedPush[] = [];
  /** Paths answered with this status instead of 201 (e.g. 410 for a gone subscription). */
  readonly statusFor = new Map<string, number>();
  readonly cert: { key: string; cert: string };
  #server: https.Server;
  #origin = '';

  constructor() {
    this.cert = selfSignedCert();
    this.#server = https.createServer({ key: this.cert.key, cert: this.cert.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks), at: Date.now() });
        res.writeHead(this.statusFor.get(path) ?? 201).end();
      });
    });
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

  /** A new browser-side subscription on this service. */
  subscription(name = randomBytes(6).toString('hex')): TestSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    return {
      endpoint: `${this.#origin}/sub/${name}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
      ecdh,
      authSecret,
    };
  }
}

/** Decrypt a push message as its Content-Encoding says (aes128gcm, or the older aesgcm draft). */
export function decryptPush(msg: ReceivedPush, sub: TestSubscription): string {
  const encoding = msg.headers['content-encoding'];
  if (encoding === 'aes128gcm') return decryptAes128gcm(msg.body, sub);
  if (encoding === 'aesgcm') {
    const salt = /salt=([^;,\s]+)/.exec(String(msg.headers.encryption))?.[1];
    const dh = /dh=([^;,\s]+)/.exec(String(msg.headers['crypto-key']))?.[1];
    if (!salt || !dh) throw new Error('aesgcm without Encryption salt or Crypto-Key dh');
    return decryptAesgcm(msg.body, sub, Buffer.from(salt, 'base64url'), Buffer.from(dh, 'base64url'));
  }
  throw new Error(`unknown Content-Encoding ${String(encoding)}`);
}

/**
 * draft-ietf-webpush-encryption-04 ("aesgcm", what @pushforge/builder 2.0.5 sends): salt and the sender's key in
 * headers, the key context "P-256" with both public keys, two bytes of padding length before the data.
 */
export function decryptAesgcm(body: Buffer, sub: TestSubscription, salt: Buffer, asPublic: Buffer): string {
  const uaPublic = sub.ecdh.getPublicKey();
  const ecdhSecret = sub.ecdh.computeSecret(asPublic);
  const ikm = Buffer.from(
    hkdfSync('sha256', ecdhSecret, sub.authSecret, Buffer.from('Content-Encoding: auth\0'), 32),
  );
  const len = (n: number) => Buffer.from([0, n]);
  const context = Buffer.concat([
    Buffer.from('P-256\0'),
    len(uaPublic.length),
    uaPublic,
    len(asPublic.length),
    asPublic,
  ]);
  const info = (what: string) => Buffer.concat([Buffer.from(`Content-Encoding: ${what}\0`), context]);
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, info('aesgcm'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, info('nonce'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(body.subarray(body.length - 16));
  const padded = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  return padded.subarray(2 + padded.readUInt16BE(0)).toString('utf8');
}

/** RFC 8291 §3.4 and RFC 8188: decrypt one aes128gcm push message with the subscription's private key. */
export function decryptAes128gcm(body: Buffer, sub: TestSubscription): string {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body.readUInt8(20);
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
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
export function verifyVapid(authorization: string): {
  claims: { aud: string; exp: number; sub: string };
  k: string;
} {
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
