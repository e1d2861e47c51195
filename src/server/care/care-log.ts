import type { Kysely } from 'kysely';
import type { CareLog } from '../../domain/contract/checkin.schema.ts';
import { CREAM_INGREDIENTS, type CreamIngredient } from '../../domain/contract/ids.ts';
import type { DB } from '../db/schema.ts';
import { eventsRepository } from './events.repository.ts';

/**
 * How far back the log reaches: RF-LONG-MEDS looks for ibuprofen on a day 10 or more days before the
 * check-in, so 11 days covers every interlock and the long-use rule.
 */
export const LOG_LOOKBACK_MS = 11 * 24 * 3600 * 1000;
/** CheckIn.log lists hold at most 500 entries each (CareLogSchema). */
const MAX_PER_LIST = 500;

const isIngredient = (v: unknown): v is CreamIngredient =>
  typeof v === 'string' && (CREAM_INGREDIENTS as readonly string[]).includes(v);

/**
 * Build a CheckIn's `log` from what the person logged in the 11 days up to `at`: ibuprofen doses,
 * creams, cold and heat applications (issue 3: interlocks follow what they really did).
 */
export async function careLogFromEvents(db: Kysely<DB>, userId: string, at: string): Promise<CareLog> {
  const to = new Date(at);
  const rows = await eventsRepository.list(db, userId, {
    from: new Date(to.getTime() - LOG_LOOKBACK_MS).toISOString(),
    to: to.toISOString(),
    kinds: ['ibuprofen', 'cream', 'cold', 'heat'],
    limit: 4 * MAX_PER_LIST,
  });
  const log: CareLog = { ibuprofen: [], creams: [], cold: [], heat: [] };
  for (const row of rows) {
    const when = row.at.toISOString();
    const d = row.data;
    if (row.kind === 'ibuprofen' && typeof d.mg === 'number') log.ibuprofen.push({ at: when, mg: d.mg });
    else if (row.kind === 'cream' && isIngredient(d.ingredient))
      log.creams.push({ at: when, ingredient: d.ingredient });
    else if (row.kind === 'cold' && typeof d.minutes === 'number')
      log.cold.push({ at: when, minutes: d.minutes });
    else if (row.kind === 'heat' && typeof d.minutes === 'number')
      log.heat.push({ at: when, minutes: d.minutes });
  }
  // Rows come newest first; keep the most recent entries within the schema's list size.
  return {
    ibuprofen: log.ibuprofen.slice(0, MAX_PER_LIST),
    creams: log.creams.slice(0, MAX_PER_LIST),
    cold: log.cold.slice(0, MAX_PER_LIST),
    heat: log.heat.slice(0, MAX_PER_LIST),
  };
}
