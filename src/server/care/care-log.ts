import type { Kysely } from 'kysely';
import type { CareLog } from '../../domain/contract/checkin.schema.ts';
import { CREAM_INGREDIENTS, type CreamIngredient } from '../../domain/contract/ids.ts';
import { MENTHOL_MAX_DAYS } from '../../domain/triage/derived-rules.ts';
import type { DB } from '../db/schema.ts';
import { type EventRow, eventsRepository } from './events.repository.ts';

const DAY_MS = 24 * 3600 * 1000;
/**
 * How far back the full log reaches: 11 days covers every interlock (IB-DOSE's 24 h, the cold/heat rest
 * windows). RF-LONG-MEDS needs use that began longer ago still; the oldest dose/menthol entry is added apart.
 */
export const LOG_LOOKBACK_MS = 11 * DAY_MS;
/** CheckIn.log lists hold at most 500 entries each (CareLogSchema). */
const MAX_PER_LIST = 500;

const isIngredient = (v: unknown): v is CreamIngredient =>
  typeof v === 'string' && (CREAM_INGREDIENTS as readonly string[]).includes(v);

/** Keep the newest entries within the list size, then make sure `oldest` (if any) is in the list. */
function withOldest<T extends { at: string }>(list: T[], oldest: T | undefined): T[] {
  if (!oldest || list.some((e) => JSON.stringify(e) === JSON.stringify(oldest)))
    return list.slice(0, MAX_PER_LIST);
  return [...list.slice(0, MAX_PER_LIST - 1), oldest];
}

/**
 * Build a CheckIn's `log` from what the person logged: ibuprofen doses, creams, cold and heat in the 11 days up to
 * `at` (so the interlocks follow what the person really did), plus the OLDEST ibuprofen dose and menthol cream at
 * or before `at` − 7 days however old, so RF-LONG-MEDS (IB-DOSE: 10 days, CR-MENTHOL: 7 days) sees when use began.
 */
export async function careLogFromEvents(db: Kysely<DB>, userId: string, at: string): Promise<CareLog> {
  const to = new Date(at);
  const rows = await eventsRepository.list(db, userId, {
    from: new Date(to.getTime() - LOG_LOOKBACK_MS).toISOString(),
    to: to.toISOString(),
    kinds: ['ibuprofen', 'cream', 'cold', 'heat'],
    limit: 4 * MAX_PER_LIST,
  });
  // The shorter of the two RF-LONG-MEDS spans, so one cut-off serves both lookups.
  const longAgo = new Date(to.getTime() - MENTHOL_MAX_DAYS * DAY_MS).toISOString();
  // One after the other: inside a transaction both run on the same connection anyway.
  const oldestDose = await eventsRepository.oldestAtOrBefore(db, userId, {
    kind: 'ibuprofen',
    atOrBefore: longAgo,
  });
  const oldestMenthol = await eventsRepository.oldestAtOrBefore(db, userId, {
    kind: 'cream',
    atOrBefore: longAgo,
    ingredient: 'menthol',
  });
  const log: CareLog = { ibuprofen: [], creams: [], cold: [], heat: [] };
  const add = (row: EventRow, into: CareLog) => {
    const when = row.at.toISOString();
    const d = row.data;
    if (row.kind === 'ibuprofen' && typeof d.mg === 'number') into.ibuprofen.push({ at: when, mg: d.mg });
    else if (row.kind === 'cream' && isIngredient(d.ingredient))
      into.creams.push({ at: when, ingredient: d.ingredient });
    else if (row.kind === 'cold' && typeof d.minutes === 'number')
      into.cold.push({ at: when, minutes: d.minutes });
    else if (row.kind === 'heat' && typeof d.minutes === 'number')
      into.heat.push({ at: when, minutes: d.minutes });
  };
  for (const row of rows) add(row, log);
  const old: CareLog = { ibuprofen: [], creams: [], cold: [], heat: [] };
  if (oldestDose) add(oldestDose, old);
  if (oldestMenthol) add(oldestMenthol, old);
  // Rows come newest first; keep the most recent entries within the schema's list size, oldest use last.
  return {
    ibuprofen: withOldest(log.ibuprofen, old.ibuprofen[0]),
    creams: withOldest(log.creams, old.creams[0]),
    cold: log.cold.slice(0, MAX_PER_LIST),
    heat: log.heat.slice(0, MAX_PER_LIST),
  };
}
