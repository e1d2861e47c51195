import { createHash } from 'node:crypto';
import https from 'node:https';
import { buildPushPayload, type PushSubscription } from '@block65/webcrypto-web-push';
import type { VapidKeys } from './vapid.ts';

/** A browser's push subscription as stored. */
export interface StoredSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushOptions {
  /** Seconds the push service keeps an undelivered message (short for time-bound reminders). */
  ttl: number;
  /** Dedupe: a newer message with the same topic replaces an undelivered one (≤ 32 base64url chars). */
  topic: string;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
}

/** The push service's answer: 201 delivered (queued); 404/410 the subscription is gone. */
export interface PushResult {
  status: number;
}

/** A Topic header value for a dedupe key: 32 base64url characters of its SHA-256. */
export function topicOf(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest('base64url').slice(0, 32);
}

/**
 * Sends Web Push messages. @block65/webcrypto-web-push 2 encrypts the payload as RFC 8291 `aes128gcm` (padded to
 * one 4096-octet record, so the length says nothing about the reminder) and signs the RFC 8292 VAPID JWT, all
 * with Web Crypto, which Node 20 has as globalThis.crypto (the package's engines field says 22, but it uses
 * nothing newer). The RFC 8030 headers are ours: the library drops a TTL of 0 for 60 s and knows no `very-low`
 * urgency, so TTL, Topic and Urgency are set here over its output. We POST over a keep-alive agent; `testCa`
 * (a PEM) is trusted only for the test endpoints (a push service on loopback with its own certificate).
 */
export class PushSender {
  readonly #agent = new https.Agent({ keepAlive: true, maxSockets: 32, timeout: 10_000 });
  readonly #testAgent: https.Agent | undefined;
  readonly #vapid: { subject: string; publicKey: string; privateKey: string };

  constructor(
    keys: VapidKeys,
    private readonly options: {
      adminContact: string;
      testCa?: string | undefined;
      isTestEndpoint?: (endpoint: string) => boolean;
    },
  ) {
    if (!keys.privateJwk.d) throw new Error('The VAPID private key has no scalar (d).');
    this.#vapid = { subject: options.adminContact, publicKey: keys.publicKey, privateKey: keys.privateJwk.d };
    if (options.testCa)
      this.#testAgent = new https.Agent({ keepAlive: true, maxSockets: 32, ca: options.testCa });
  }

  async send(
    sub: StoredSubscription,
    payload: Record<string, string | number | boolean | null>,
    o: PushOptions,
  ): Promise<PushResult> {
    const subscription = {
      endpoint: sub.endpoint,
      expirationTime: null,
      keys: { p256dh: sub.p256dh, auth: sub.auth },
    } satisfies PushSubscription;
    const request = await buildPushPayload({ data: payload }, subscription, this.#vapid);
    const headers = {
      ...request.headers,
      ttl: String(Math.max(0, Math.round(o.ttl))),
      topic: o.topic,
      urgency: o.urgency,
    };
    const agent =
      this.#testAgent && this.options.isTestEndpoint?.(sub.endpoint) ? this.#testAgent : this.#agent;
    return new Promise<PushResult>((resolve, reject) => {
      const req = https.request(sub.endpoint, { method: 'POST', agent, headers, timeout: 10_000 }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      });
      req.on('timeout', () => req.destroy(new Error('push service timed out')));
      req.on('error', reject);
      req.end(request.body);
    });
  }

  close(): void {
    this.#agent.destroy();
    this.#testAgent?.destroy();
  }
}
