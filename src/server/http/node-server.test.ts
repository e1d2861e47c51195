/**
 * The app behind @hono/node-server, as `npm start` serves it: request bodies are read from the Node stream
 * (not through `app.request`'s web Request), so the body limit, JSON errors and headers are checked here on
 * a real socket.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
let server: ServerType;
let port = 0;

beforeAll(async () => {
  t = await createTestApp({ now: new Date() });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/** Sends `chunks` as the body: with Content-Length when `chunked` is false, else chunk by chunk. */
function send(path: string, chunks: Buffer[], chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(total) }),
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            json: text ? JSON.parse(text) : null,
          });
        });
      },
    );
    // A 413 may close the connection before every chunk is written.
    req.on('error', reject);
    (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) return;
        req.write(chunk);
        await new Promise((r) => setImmediate(r));
      }
      req.end();
    })().catch(reject);
  });
}

const checkIn = () => ({
  painScore: 5,
  area: 'lower',
  onsetAt: new Date(Date.now() - 20 * 3_600_000).toISOString(),
  age: 40,
});

describe('the app on @hono/node-server', () => {
  it('assesses a check-in sent with Content-Length, and with chunks', async () => {
    const body = Buffer.from(JSON.stringify(checkIn()));
    for (const chunked of [false, true]) {
      const halves = [body.subarray(0, 10), body.subarray(10)];
      const res = await send('/api/v1/assess', halves, chunked);
      expect(res.status, `chunked ${chunked}`).toBe(200);
      expect((res.json as { triage: { level: string } }).triage.level).toBe('self_care');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('decodes UTF-8 split across chunks', async () => {
    const name = 'Zoë Ångström-Łukasz';
    const body = Buffer.from(
      JSON.stringify({
        email: `zoe-${Date.now()}@example.test`,
        password: 'correct horse battery',
        name,
        role: 'client',
      }),
    );
    const cut = body.indexOf(Buffer.from('ë')) + 1; // inside the two bytes of "ë"
    const res = await send('/api/v1/auth/signup', [body.subarray(0, cut), body.subarray(cut)], true);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect((res.json as { user: { name: string } }).user.name).toBe(name);
  });

  it('accepts a body that starts with a UTF-8 byte-order mark, as a web Request would', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const res = await send('/api/v1/assess', [bom, Buffer.from(JSON.stringify(checkIn()))], false);
    expect(res.status).toBe(200);
  });

  it('answers 413 for a body over 64 KB, announced or chunked, and keeps serving', async () => {
    const big = Buffer.from(JSON.stringify({ ...checkIn(), pad: 'x'.repeat(70 * 1024) }));
    const announced = await send('/api/v1/assess', [big], false);
    expect(announced.status).toBe(413);
    const pieces = Array.from({ length: 9 }, () => Buffer.alloc(8 * 1024, 0x20));
    const chunked = await send('/api/v1/assess', pieces, true);
    expect(chunked.status).toBe(413);
    expect((chunked.json as { error: { message: string } }).error.message).toMatch(/64 KB/);
    const after = await send('/api/v1/assess', [Buffer.from(JSON.stringify(checkIn()))], false);
    expect(after.status).toBe(200);
  });

  it('answers 400 for malformed JSON and an empty body, with the security headers', async () => {
    const malformed = await send('/api/v1/assess', [Buffer.from('{"painScore": 5,')], true);
    expect(malformed.status).toBe(400);
    expect(malformed.headers['x-content-type-options']).toBe('nosniff');
    const empty = await send('/api/v1/assess', [], false);
    expect(empty.status).toBe(400);
  });

  it('puts the security headers on a 404', async () => {
    const res = await send('/api/v1/no-such-thing', [], false);
    expect(res.status).toBe(404);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
