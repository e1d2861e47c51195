import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-26T09:00:00Z' });
});
afterAll(() => t.close());

const valid = {
  at: '2026-11-26T09:00:00Z',
  painScore: 5,
  area: 'lower',
  onsetAt: '2026-11-25T18:00:00Z',
  age: 40,
};

interface ErrorBody {
  error: { message: string; issues: { path: string; message: string }[] };
}

describe('POST /api/v1/assess', () => {
  it('answers 200 with an Assessment for a valid CheckIn', async () => {
    const res = await t.post<{ triage: { level: string } }>('/api/v1/assess', valid);
    expect(res.status).toBe(200);
    expect(res.body.triage.level).toBe('self_care');
  });

  it('resolves a missing `at` to the injected clock', async () => {
    const { at: _, ...noAt } = valid;
    const res = await t.post<{ triage: { level: string } }>('/api/v1/assess', noAt);
    expect(res.status).toBe(200);
  });

  it('refuses an onset after a missing `at`, judged by the injected clock, not the machine clock', async () => {
    const { at: _, ...noAt } = valid;
    // After the test clock's now (2026-11-26T09:00Z) but long before the real one: only the edge's clock sees it.
    const res = await t.post<ErrorBody>('/api/v1/assess', { ...noAt, onsetAt: '2026-11-26T10:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'onsetAt', message: 'onsetAt must not be after at' }]);
    const given = await t.post<ErrorBody>('/api/v1/assess', { ...valid, onsetAt: '2026-11-26T10:00:00Z' });
    expect(given.status).toBe(400);
    expect(given.body.error.issues.map((i) => i.path)).toEqual(['onsetAt']);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.post<ErrorBody>('/api/v1/assess', '{"painScore": 5,');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('names every field with the wrong type', async () => {
    const res = await t.post<ErrorBody>('/api/v1/assess', { ...valid, painScore: 'five', area: 3 });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(['area', 'painScore']);
  });

  it('gives dotted paths for unknown symptom ids and nested log entries', async () => {
    const res = await t.post<ErrorBody>('/api/v1/assess', {
      ...valid,
      symptoms: ['fever', 'headache'],
      log: { ibuprofen: [{ at: valid.at, mg: -1 }] },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.issues.map((i) => i.path);
    expect(paths).toContain('symptoms.1');
    expect(paths).toContain('log.ibuprofen.0.mg');
  });

  it('refuses age 15 with a clear message', async () => {
    const res = await t.post<ErrorBody>('/api/v1/assess', { ...valid, age: 15 });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'age', message: expect.stringMatching(/16/) }]);
  });

  it('answers 413 for a body over 64 KB, with or without Content-Length', async () => {
    const big = JSON.stringify({ ...valid, pad: 'x'.repeat(70 * 1024) });
    const res = await t.post<ErrorBody>('/api/v1/assess', big);
    expect(res.status).toBe(413);
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const chunked = await t.app.request('/api/v1/assess', {
      method: 'POST',
      body: stream,
      headers: { 'transfer-encoding': 'chunked', 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('never answers 500 on garbage bodies', async () => {
    const bodies = ['', 'null', '[]', '"x"', '1e999', '{"__proto__":{"x":1}}', '\u0000', '{}', 'true'];
    for (const body of bodies) {
      const res = await t.post('/api/v1/assess', body);
      expect(res.status, body).toBe(400);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            painScore: fc.anything(),
            area: fc.constantFrom('lower', 'neck', 7, null),
            onsetAt: fc.constantFrom(valid.onsetAt, 'yesterday', 0),
            age: fc.integer({ min: -5, max: 200 }),
            symptoms: fc.array(fc.string()),
          }),
        ),
        async (v) => {
          const res = await t.post('/api/v1/assess', JSON.stringify(v) ?? 'null');
          expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('GET /healthz', () => {
  it('answers 200 once the app is built over a migrated database', async () => {
    const res = await t.get<{ ok: boolean }>('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.get<ErrorBody>('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('Not found.');
  });
});
