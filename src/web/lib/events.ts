/**
 * Care events as the contract names them (POST /api/v1/events), and the recent-care log the domain's
 * interlocks read, built from them.
 */
import type { CareLog } from '../../domain/contract/checkin.schema.ts';
import type { EventKind as ContractEventKind, EventInput } from '../../domain/contract/event.schema.ts';

/**
 * An event before it is stored: `{ kind, at, …fields }` (contract: POST /api/v1/events). Derived from the
 * one zod schema the server validates with, so the web app cannot build a body the API refuses.
 */
export type NewEvent = EventInput;

/** Every event kind. */
export type EventKind = ContractEventKind;

/** An event as the device keeps it: the event plus a local id and, once synced, the server's id. */
export type LocalEvent = NewEvent & {
  /** Made on this device (crypto.randomUUID); also the Idempotency-Key of its upload. */
  localId: string;
  /** The server's id once the upload was committed (201). */
  serverId?: string;
};

/** How far back the interlocks look (RF-LONG-MEDS needs 10 days; 30 leaves room). */
const LOG_WINDOW_MS = 30 * 24 * 3600_000;

/**
 * The CheckIn `log` (ibuprofen, creams, cold, heat) from the local events up to `at`, within 30 days.
 * The server fills the same log from stored events, so both sides assess the same input.
 */
export function careLogFrom(events: readonly NewEvent[], at: string): CareLog {
  const end = Date.parse(at);
  const log: CareLog = { ibuprofen: [], creams: [], cold: [], heat: [] };
  for (const e of events) {
    const t = Date.parse(e.at);
    if (!(t <= end && t > end - LOG_WINDOW_MS)) continue;
    if (e.kind === 'ibuprofen') log.ibuprofen.push({ at: e.at, mg: e.mg });
    else if (e.kind === 'cream') log.creams.push({ at: e.at, ingredient: e.ingredient });
    else if (e.kind === 'cold') log.cold.push({ at: e.at, minutes: e.minutes });
    else if (e.kind === 'heat') log.heat.push({ at: e.at, minutes: e.minutes });
  }
  return log;
}

/** Strips device-only fields, giving the body the API takes. */
export function toApiEvent(e: LocalEvent): NewEvent {
  const { localId: _l, serverId: _s, ...rest } = e;
  return rest;
}
