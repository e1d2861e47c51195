/** Server settings, read once from the environment in main.ts and injected everywhere else. */
export interface AppConfig {
  port: number;
  host: string;
  /** PGlite data directory (ignored when `databaseUrl` is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  /** Trust X-Forwarded-Proto / X-Forwarded-For / X-Forwarded-Host (only behind your own proxy). */
  trustProxy: boolean;
  /** Where the built web app lives (Vite output). */
  webDir: string;
  /** Request log lines (method, path, status, duration) on stdout. */
  accessLog: boolean;
  /** An empty PGlite cluster as a tarball (made by bin/start.mjs): a fresh data dir starts from it, not initdb. */
  pgliteTemplate: string | undefined;
}

/** Defaults for tests and for anything the environment leaves out. */
export const defaultConfig: AppConfig = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: './data',
  databaseUrl: undefined,
  demo: false,
  trustProxy: false,
  webDir: 'dist/web',
  accessLog: false,
  pgliteTemplate: undefined,
};

/** Read the contract's variables: PORT, HOST, UNKNOT_DATA_DIR, DATABASE_URL, UNKNOT_DEMO (+ UNKNOT_TRUST_PROXY). */
export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const port = Number.parseInt(env.PORT ?? '', 10);
  return {
    ...defaultConfig,
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : defaultConfig.port,
    host: env.HOST || defaultConfig.host,
    dataDir: env.UNKNOT_DATA_DIR || defaultConfig.dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.UNKNOT_DEMO === '1' || env.UNKNOT_DEMO === 'true',
    trustProxy: env.UNKNOT_TRUST_PROXY === '1',
    webDir: env.UNKNOT_WEB_DIR || defaultConfig.webDir,
    accessLog: env.UNKNOT_ACCESS_LOG !== '0',
    pgliteTemplate: env.UNKNOT_PGLITE_TEMPLATE || undefined,
  };
}
