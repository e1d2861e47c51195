import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { accessLog, redactPath } from './access-log.ts';

describe('access log', () => {
  it('writes method, path, status and duration, never the query string', async () => {
    const lines: string[] = [];
    const app = new Hono().use(accessLog((l) => lines.push(l))).get('/api/v1/events', (c) => c.json({}));
    await app.request('/api/v1/events?kind=ibuprofen&from=2026-11-01T00:00:00Z');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/events 200 \d+\.\dms$/);
  });

  it('hides a calendar feed token, the feed URL being its only credential', () => {
    expect(redactPath('/api/v1/calendar/3f9a0c1d2e.ics')).toBe('/api/v1/calendar/:token');
    expect(redactPath('/api/v1/bookings/3f9a.ics')).toBe('/api/v1/bookings/3f9a.ics');
  });
});
