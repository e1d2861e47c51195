import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { createApp } from '../app.ts';

let t: TestApp;
let ada: TestUser;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T12:00:00Z' });
  ada = await t.signUp('client');
});
afterAll(() => t.close());

interface ErrorBody {
  error: { message: string; code?: string; issues: { path: string; message: string }[] };
}

describe('tight edges', () => {
  it('refuses a body that is not declared JSON with 415 (a text/plain form post does not work)', async () => {
    const note = JSON.stringify({ kind: 'note', at: '2026-11-26T11:00:00Z', text: 'hi' });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await t.request<ErrorBody>('POST', '/api/v1/events', note, {
        cookie: ada.cookie,
        headers: { 'content-type': type },
      });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
    const ok = await t.request('POST', '/api/v1/events', note, {
      cookie: ada.cookie,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(201);
  });

  it('refuses a lone UTF-16 surrogate with 400 naming the field (it was a 500)', async () => {
    const body = '{"kind":"note","at":"2026-11-26T11:00:00Z","text":"sore \\ud800 back"}';
    const res = await t.request<ErrorBody>('POST', '/api/v1/events', body, { cookie: ada.cookie });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'text', message: expect.stringMatching(/surrogate/) }]);
    // A proper pair (an emoji) is fine.
    const emoji = '{"kind":"note","at":"2026-11-26T11:00:00Z","text":"sore \\ud83d\\ude23 back"}';
    expect((await t.request('POST', '/api/v1/events', emoji, { cookie: ada.cookie })).status).toBe(201);
  });

  it('escapes control characters in access-log lines, so %0A cannot forge a line', async () => {
    const lines: string[] = [];
    const app = createApp({ db: t.db, config: { accessLog: true, webDir: '/nonexistent' }, modules: [] });
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await app.request('/api/v1/nothing%0AGET%20/api/v1/admin%20200%200.1ms');
      await new Promise((r) => setImmediate(r));
    } finally {
      process.stdout.write = original;
    }
    const written = lines.join('');
    expect(written.trimEnd().split('\n')).toHaveLength(1);
    expect(written).toContain('%0A');
  });

  it('sends a script-src self CSP with frame-ancestors none on every answer', async () => {
    for (const path of ['/', '/healthz', '/api/v1/me']) {
      const res = await t.get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('marks every API answer Cache-Control: no-store, errors included', async () => {
    for (const [path, cookie] of [
      ['/api/v1/me', ada.cookie],
      ['/api/v1/events', ada.cookie],
      ['/api/v1/me', undefined],
      ['/api/v1/no-such-thing', undefined],
    ] as const) {
      const res = await t.get(path, cookie ? { cookie } : {});
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
