import { createHash } from 'node:crypto';
import https from 'node:https';
import { buildPushHTTPRequest } from '@pushforge/builder';
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
 * Sends Web Push messages: @pushforge/builder encrypts the payload (RFC 8291, aes128gcm) and signs the VAPID JWT
 * (RFC 8292) with Web Crypto, which Node 20 has; we POST the request over a keep-alive agent. `testCa` (a PEM)
 * is trusted only for the test endpoints (a push service on loopback with its own certificate).
 */
export class PushSender {
  readonly #agent = new https.Agent({ keepAlive: true, maxSockets: 32, timeout: 10_000 });
  readonly #testAgent: https.Agent | undefined;

  constructor(
    private readonly keys: VapidKeys,
    private readonly options: {
      adminContact: string;
      testCa?: string | undefined;
      isTestEndpoint?: (endpoint: string) => boolean;
    },
  ) {
    if (options.testCa)
      this.#testAgent = new https.Agent({ keepAlive: true, maxSockets: 32, ca: options.testCa });
  }

  async send(
    sub: StoredSubscription,
    payload: Record<string, string | number | boolean | null>,
    o: PushOptions,
  ) {
    const request = await buildPushHTTPRequest({
      privateJWK: this.keys.privateJwk,
      subscription: { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
      message: {
        payload,
        adminContact: this.options.adminContact,
        options: { ttl: o.ttl, topic: o.topic, urgency: o.urgency },
      },
    });
    const agent =
      this.#testAgent && this.options.isTestEndpoint?.(sub.endpoint) ? this.#testAgent : this.#agent;
    const body = Buffer.from(request.body);
    const headers: Record<string, string> = { 'content-length': String(body.length) };
    new Headers(request.headers).forEach((value, name) => {
      headers[name] = value;
    });
    return new Promise<PushResult>((resolve, reject) => {
      const req = https.request(
        request.endpoint,
        { method: 'POST', agent, headers, timeout: 10_000 },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('push service timed out')));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
    this.#testAgent?.destroy();
  }
}
