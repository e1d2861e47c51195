import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type ServerProcess, startServers, stopServers } from '../../test/servers.ts';

/**
 * Two real server processes on one PostgreSQL database, as deployed behind a proxy: the log-in limit
 * is counted in the database, so guesses split across both are counted together (each process counted
 * its own before, allowing twice the guesses). Needs DATABASE_URL; skipped without it.
 */
const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('two server processes on one PostgreSQL (skipped without DATABASE_URL)', () => {
  let servers: ServerProcess[] = [];
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;

  beforeAll(async () => {
    database = await freshPostgresDatabase(adminUrl ?? '');
    servers = await startServers(2, { DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await stopServers(servers);
    await database?.drop();
  });

  const post = (server: ServerProcess | undefined, path: string, body: unknown) =>
    fetch(`${server?.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('limits 11 wrong passwords for one account split across both processes', async () => {
    const email = 'split-guesses@example.test';
    const signup = await post(servers[0], '/api/v1/auth/signup', {
      email,
      password: 'sturdy walnut cabinet',
      name: 'Sam',
      role: 'client',
    });
    expect(signup.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await post(servers[i % 2], '/api/v1/auth/login', { email, password: `wrong guess ${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Both processes refuse now, even the right password, until the short delay has passed.
    const right = await post(servers[1], '/api/v1/auth/login', { email, password: 'sturdy walnut cabinet' });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('answers /readyz 200 on both', async () => {
    for (const s of servers) expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });
});
