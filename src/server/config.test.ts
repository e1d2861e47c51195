import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';

describe('configFromEnv: the database settings', () => {
  it('reads the pool size and timeouts, and keeps the defaults for missing or bad values', () => {
    const set = configFromEnv({ UNKNOT_DB_POOL_MAX: '8', UNKNOT_DB_STATEMENT_TIMEOUT_MS: '1500' });
    expect(set.dbPoolMax).toBe(8);
    expect(set.dbTimeouts.statementMs).toBe(1500);
    expect(configFromEnv({}).dbPoolMax).toBe(20);
    for (const bad of ['0', '-3', 'many', ''])
      expect(configFromEnv({ UNKNOT_DB_POOL_MAX: bad }).dbPoolMax).toBe(20);
  });

  it('uses prepared statements unless told 0, false or off', () => {
    expect(configFromEnv({}).dbPreparedStatements).toBe(true);
    expect(configFromEnv({ UNKNOT_DB_PREPARED_STATEMENTS: '1' }).dbPreparedStatements).toBe(true);
    for (const off of ['0', 'false', 'off'])
      expect(configFromEnv({ UNKNOT_DB_PREPARED_STATEMENTS: off }).dbPreparedStatements).toBe(false);
  });
});
