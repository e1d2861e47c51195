const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The host part of a database URL; undefined for a Unix socket (no host, or a `host=/path` parameter). */
function databaseHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get('host');
    if (socket?.startsWith('/')) return undefined;
    return parsed.hostname === '' ? undefined : parsed.hostname;
  } catch {
    return url;
  }
}

/**
 * Why UNKNOT_TEST_CLOCK may not be on with these settings, or undefined when it may. The clock route takes no
 * sign-in and moving time is not undoable, so the test clock is for a developer's machine and test runs only:
 * - NODE_ENV=production: said outright.
 * - HOST other than loopback: anyone who reaches the port could move time for everyone: sessions would end,
 *   every reminder would fire at once, follow-ups would open early.
 * - UNKNOT_PUBLIC_URL with https:, or a trusted reverse proxy: the server is published, even if it listens on
 *   loopback behind the proxy.
 * - SMTP_URL: a moved clock sends due reminders and visit e-mails at once, to real addresses.
 * - DATABASE_URL on another host: the rows written at the moved time (check-ins, notes, sessions) stay dated in
 *   the future in a database other processes share, and no restart takes them back.
 */
export function testClockRefusal(env: NodeJS.ProcessEnv): string | undefined {
  const why = (reason: string) => `UNKNOT_TEST_CLOCK=1 is for tests only and refused ${reason}.`;
  if (env.NODE_ENV === 'production') return why('with NODE_ENV=production');
  const host = env.HOST || '127.0.0.1';
  if (!isLoopback(host)) return why(`on HOST=${host}: the clock route takes no sign-in`);
  if (env.UNKNOT_PUBLIC_URL?.trim().toLowerCase().startsWith('https:'))
    return why('with an https UNKNOT_PUBLIC_URL (a published server)');
  // Read as configFromEnv reads it: `true` or a number of proxies above 0.
  const trust = env.UNKNOT_TRUST_PROXY ?? '';
  if (trust === 'true' || (Number.parseInt(trust, 10) || 0) > 0)
    return why('behind a trusted proxy (UNKNOT_TRUST_PROXY)');
  if ((env.UNKNOT_TRUSTED_PROXIES ?? '').trim() !== '')
    return why('behind trusted proxies (UNKNOT_TRUSTED_PROXIES)');
  if (env.SMTP_URL) return why('with SMTP_URL: moving the clock would send e-mails to real people');
  if (env.DATABASE_URL) {
    const dbHost = databaseHost(env.DATABASE_URL);
    if (dbHost !== undefined && !isLoopback(dbHost))
      return why(
        `with a database on ${dbHost}: rows dated at the moved time would stay in a shared database`,
      );
  }
  return undefined;
}
