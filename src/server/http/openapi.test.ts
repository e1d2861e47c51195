import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { bookingModule } from '../booking/booking.module.ts';
import { TEST_CLOCK_ROUTES } from '../test-clock/test-clock.ts';
import { openApiPath, ROUTE_DOCS } from './openapi.ts';

let t: TestApp;
beforeAll(async () => {
  // Every module the server mounts, as main.ts does.
  t = await createTestApp({ modules: [bookingModule({ smtpUrl: undefined })] });
});
afterAll(() => t.close());

interface Doc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
  components?: { schemas?: Record<string, unknown> };
}

/** `METHOD /path` of every mounted endpoint (Hono's route list; ALL entries are middleware and fallbacks). */
function mountedRoutes(): string[] {
  return [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose operations all answer and whose $refs all resolve', async () => {
    const res = await t.get<Doc>('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Unknot API');
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'post', 'put', 'patch', 'delete'], `${method} ${path}`).toContain(method);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    for (const ref of refs) expect(doc.components?.schemas, ref).toHaveProperty(ref ?? '');
    // The sign-up body is generated from the zod schema: its constraints are there.
    const signup = JSON.stringify(doc.paths['/api/v1/auth/signup']);
    expect(signup).toContain('"minLength":10');
  });

  it('documents every mounted route, and nothing that is not mounted', () => {
    const mounted = mountedRoutes();
    const documented = Object.keys(ROUTE_DOCS);
    expect(mounted.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !mounted.includes(r))).toEqual([]);
  });

  it('leaves out the test clock, the only routes a server with UNKNOT_TEST_CLOCK adds', async () => {
    // The test clock is no part of the API a deployment offers, so the reference never lists it.
    const withClock = await createTestApp({
      modules: [bookingModule({ smtpUrl: undefined })],
      config: { testClock: true },
    });
    try {
      const mounted = [
        ...new Set(
          withClock.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
        ),
      ];
      expect(mounted.filter((r) => !(r in ROUTE_DOCS))).toEqual([...TEST_CLOCK_ROUTES]);
      const doc = (await withClock.get<Doc>('/api/v1/openapi.json')).body;
      expect(Object.keys(doc.paths).filter((p) => p.includes('/test/'))).toEqual([]);
    } finally {
      await withClock.close();
    }
  });

  it('turns Hono paths into OpenAPI templates', () => {
    expect(openApiPath('/api/v1/events/:id')).toBe('/api/v1/events/{id}');
    expect(openApiPath('/api/v1/calendar/:file{[A-Za-z0-9_-]{20,100}\\.ics}')).toBe(
      '/api/v1/calendar/{file}',
    );
  });
});
