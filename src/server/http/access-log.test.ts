import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { accessLog, escapeControl, redactPath, stdoutLines } from './access-log.ts';

describe('access log', () => {
  it('writes method, path, status and duration, never the query string', async () => {
    const lines: string[] = [];
    const app = new Hono().use(accessLog((l) => lines.push(l))).get('/api/v1/events', (c) => c.json({}));
    await app.request('/api/v1/events?kind=ibuprofen&from=2026-11-01T00:00:00Z');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/events 200 \d+\.\dms$/);
  });

  it('escapes every control character, so any path is exactly one line, and leaves other text alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (path) => {
        const line = escapeControl(path);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the same set, to strip it.
        const plain = path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
        if (plain === path) expect(line).toBe(path);
      }),
    );
  });

  it('hides a calendar feed token, the feed URL being its only credential', () => {
    expect(redactPath('/api/v1/calendar/3f9a0c1d2e.ics')).toBe('/api/v1/calendar/:token');
    expect(redactPath('/api/v1/bookings/3f9a.ics')).toBe('/api/v1/bookings/3f9a.ics');
  });
});

describe('stdoutLines', () => {
  it('writes the lines of one event-loop turn in one write, in order', async () => {
    const writes: string[] = [];
    const line = stdoutLines({ write: (text: string) => writes.push(text) });
    line('GET /a 200 1.0ms');
    line('GET /b 404 0.4ms');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    line('GET /c 200 0.2ms');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['GET /a 200 1.0ms\nGET /b 404 0.4ms\n', 'GET /c 200 0.2ms\n']);
  });
});
