import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, ValidationError } from './errors.ts';
import { onError } from './on-error.ts';

function appThrowing(err: unknown): Hono {
  const app = new Hono();
  app.onError(onError);
  app.get('/', () => {
    throw err;
  });
  return app;
}

async function answer(err: unknown) {
  const res = await appThrowing(err).request('/');
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

describe('onError', () => {
  it('answers an AppError with its status, stable code, issues and extra fields', async () => {
    const err = new AppError(409, 'Taken.', { code: 'slot_taken', extra: { visits: [1] } });
    expect(await answer(err)).toEqual({
      status: 409,
      retryAfter: null,
      body: { error: { message: 'Taken.', code: 'slot_taken', issues: [], visits: [1] } },
    });
  });

  it('keeps the older (status, message, issues, headers) form and the subclasses working', async () => {
    const old = new AppError(400, 'Bad.', [{ path: 'a', message: 'no' }], { 'Retry-After': '3' });
    expect(await answer(old)).toMatchObject({
      status: 400,
      retryAfter: '3',
      body: { error: { issues: [{ path: 'a' }] } },
    });
    expect((await answer(new ValidationError('x'))).body.error).not.toHaveProperty('code');
    expect((await answer(new ConflictError('y', 'dup'))).body.error.code).toBe('dup');
  });

  it('maps a database that is down, hung or out of disk to 503 with Retry-After', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5'), { code: 'ECONNREFUSED' });
    const timeout = new Error('timeout exceeded when trying to connect');
    const canceled = Object.assign(new Error('canceling statement due to statement timeout'), {
      code: '57014',
    });
    const disk = Object.assign(new Error('could not extend file'), { code: '53100' });
    const enospc = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    for (const err of [refused, timeout, canceled]) {
      const a = await answer(err);
      expect(a.status).toBe(503);
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
    }
    for (const err of [disk, enospc]) {
      const a = await answer(err);
      expect(a).toMatchObject({ status: 503, body: { error: { code: 'disk_full' } } });
      expect(a.body.error.message).toMatch(/disk/);
    }
  });

  it('maps an unhandled unique violation to 409 and anything else to a generic 500', async () => {
    expect((await answer(Object.assign(new Error('dup key'), { code: '23505' }))).status).toBe(409);
    const other = await answer(new TypeError('secret value in message'));
    expect(other.status).toBe(500);
    expect(JSON.stringify(other.body)).not.toMatch(/secret/);
  });
});
