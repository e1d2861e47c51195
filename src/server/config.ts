import { DEFAULT_TIMEOUTS, type PostgresTimeouts } from './db/database.ts';
import { testClockRefusal } from './test-clock/refusal.ts';

/** Server settings, read once from the environment in main.ts and injected everywhere else. */
export interface AppConfig {
  port: number;
  host: string;
  /** PGlite data directory (ignored when `databaseUrl` is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  /**
   * How many reverse proxies in front of us append to X-Forwarded-For (0: none, trust no forwarded
   * header). The client is the entry that many hops from the right: the one our own proxy appended,
   * never the leftmost, which the client writes itself.
   */
  trustProxy: boolean;
  proxyHops: number;
  /** Addresses of our own proxies; when set, the client is the rightmost X-Forwarded-For hop not among them. */
  trustedProxies: readonly string[];
  /** Where the built web app lives (Vite output). */
  webDir: string;
  /** Request log lines (method, path, status, duration) on stdout. */
  accessLog: boolean;
  /** An empty PGlite cluster as a tarball (made by bin/start.mjs): a fresh data dir starts from it, not initdb. */
  pgliteTemplate: string | undefined;
  /**
   * The address people use (`https://unknot.example`): links in e-mails are built from it (never from the
   * request's Host header, which a client chooses), and `https:` turns on the `__Host-` cookie.
   */
  publicUrl: string | undefined;
  /** PostgreSQL timeouts: an unreachable or hung database answers 503 instead of holding requests. */
  dbTimeouts: PostgresTimeouts;
  /** Connections each process may open to PostgreSQL (N processes need N × this within `max_connections`). */
  dbPoolMax: number;
  /**
   * Statements as named, server-side prepared statements (on unless UNKNOT_DB_PREPARED_STATEMENTS=0): off
   * only behind a pooler that cannot carry them (docs/deploy.md).
   */
  dbPreparedStatements: boolean;
  /** SMTP server for account e-mails (password reset, sign-up notices); without it they are logged as sent. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /**
   * UNKNOT_TEST_CLOCK=1: the app's clock is real time plus an offset that /api/v1/test/clock moves forward, so
   * a journey can let a visit start or a follow-up fall due without waiting. Never in production: configFromEnv
   * refuses it with settings of a real deployment (test-clock/refusal.ts says which and why).
   */
  testClock: boolean;
}

/** Defaults for tests and for anything the environment leaves out. */
export const defaultConfig: AppConfig = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: './data',
  databaseUrl: undefined,
  demo: false,
  trustProxy: false,
  proxyHops: 0,
  trustedProxies: [],
  webDir: 'dist/web',
  accessLog: false,
  pgliteTemplate: undefined,
  publicUrl: undefined,
  dbTimeouts: DEFAULT_TIMEOUTS,
  dbPoolMax: 20,
  dbPreparedStatements: true,
  smtpUrl: undefined,
  mailFrom: undefined,
  testClock: false,
};

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Read the environment (every variable is described in docs/deploy.md): PORT, HOST, UNKNOT_DATA_DIR,
 * DATABASE_URL, UNKNOT_DEMO, UNKNOT_TRUST_PROXY, UNKNOT_TRUSTED_PROXIES, UNKNOT_PUBLIC_URL, the
 * UNKNOT_DB_*_TIMEOUT_MS, UNKNOT_DB_POOL_MAX, UNKNOT_DB_PREPARED_STATEMENTS, SMTP_URL, MAIL_FROM and UNKNOT_TEST_CLOCK. Throws when UNKNOT_TEST_CLOCK is combined
 * with a setting of a real deployment, so such a server never starts.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const testClock = env.UNKNOT_TEST_CLOCK === '1' || env.UNKNOT_TEST_CLOCK === 'true';
  if (testClock) {
    const refusal = testClockRefusal(env);
    if (refusal !== undefined) throw new Error(refusal);
  }
  const port = Number.parseInt(env.PORT ?? '', 10);
  const trusted = (env.UNKNOT_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const trust = env.UNKNOT_TRUST_PROXY ?? '';
  // `1`/`true`: one proxy; a number: that many proxies in a chain; a list of proxies implies trust.
  const hops = trust === 'true' ? 1 : Math.max(0, Number.parseInt(trust, 10) || 0);
  return {
    ...defaultConfig,
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : defaultConfig.port,
    host: env.HOST || defaultConfig.host,
    dataDir: env.UNKNOT_DATA_DIR || defaultConfig.dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.UNKNOT_DEMO === '1' || env.UNKNOT_DEMO === 'true',
    trustProxy: hops > 0 || trusted.length > 0,
    proxyHops: hops > 0 ? hops : trusted.length > 0 ? 1 : 0,
    trustedProxies: trusted,
    webDir: env.UNKNOT_WEB_DIR || defaultConfig.webDir,
    accessLog: env.UNKNOT_ACCESS_LOG !== '0',
    pgliteTemplate: env.UNKNOT_PGLITE_TEMPLATE || undefined,
    publicUrl: env.UNKNOT_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    dbPoolMax: positiveInt(env.UNKNOT_DB_POOL_MAX, defaultConfig.dbPoolMax),
    dbPreparedStatements: !['0', 'false', 'off'].includes(env.UNKNOT_DB_PREPARED_STATEMENTS ?? ''),
    dbTimeouts: {
      connectMs: positiveInt(env.UNKNOT_DB_CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUTS.connectMs),
      statementMs: positiveInt(env.UNKNOT_DB_STATEMENT_TIMEOUT_MS, DEFAULT_TIMEOUTS.statementMs),
      queryMs: positiveInt(env.UNKNOT_DB_QUERY_TIMEOUT_MS, DEFAULT_TIMEOUTS.queryMs),
    },
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    testClock,
  };
}
