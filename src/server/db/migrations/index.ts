import type { Migration } from 'kysely';
import * as core from './20260101T000000-core.ts';
import * as booking from './20260101T000100-booking.ts';
import * as insight from './20261203T050000-insight.ts';

/**
 * Every migration, in order. Add a new timestamped file beside this one and one line here;
 * never edit a migration that has landed (house rule 6).
 */
export const migrations: Record<string, Migration> = {
  '20260101T000000-core': core,
  '20260101T000100-booking': booking,
  '20261203T050000-insight': insight,
};
