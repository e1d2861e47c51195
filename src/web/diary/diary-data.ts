/**
 * The diary's data: this device's events (the shell's store) plus, when signed in, the account's events
 * from the server (GET /api/v1/events), merged into the same store so editing and deleting go through the
 * one outbox (PATCH / DELETE with idempotency keys, offline-safe).
 */
import { api } from '../lib/api.ts';
import type { LocalEvent, NewEvent } from '../lib/events.ts';
import { events, today, user } from '../lib/store.ts';
import type { PainPoint } from './pain-summary.ts';

/** A stored event as the API returns it. */
type ServerEvent = NewEvent & { id: string };

/** Server ids deleted on this device during this visit: never merged back while their DELETE is queued. */
const deleted = new Set<string>();

/** Remembers a deletion so a refresh that races the DELETE does not bring the entry back. */
export function forgetServerId(id: string | undefined): void {
  if (id) deleted.add(id);
}

function isServerEvent(v: unknown): v is ServerEvent {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.kind === 'string' && typeof e.at === 'string';
}

/**
 * Loads the account's events in `[from, to)` (following `next` cursors, at most 20 pages) and adds the ones
 * this device does not have. Resolves false when signed out or offline (the local diary still shows).
 */
export async function syncFromServer(from: Date, to: Date): Promise<boolean> {
  if (!user.value) return false;
  const got: ServerEvent[] = [];
  let cursor: string | null = null;
  try {
    for (let page = 0; page < 20; page++) {
      const q = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
      if (cursor) q.set('cursor', cursor);
      const res: { items?: unknown[]; next?: string | null } = await api(`/events?${q}`);
      got.push(...(res.items ?? []).filter(isServerEvent));
      cursor = res.next ?? null;
      if (!cursor) break;
    }
  } catch {
    return false;
  }
  const known = new Set(events.value.flatMap((e) => (e.serverId ? [e.serverId] : [])));
  const fresh: LocalEvent[] = got
    .filter((e) => !known.has(e.id) && !deleted.has(e.id))
    .map(({ id, ...rest }) => ({ ...(rest as NewEvent), localId: `server:${id}`, serverId: id }));
  if (fresh.length > 0) events.value = [...events.value, ...fresh].sort((a, b) => a.at.localeCompare(b.at));
  return true;
}

/** Every pain score: logged pain events and today's check-in (once, if it has no pain event at that instant). */
export function painPoints(list: readonly LocalEvent[]): PainPoint[] {
  const points: PainPoint[] = [];
  for (const e of list) if (e.kind === 'pain') points.push({ t: Date.parse(e.at), score: e.score });
  const t = today.value;
  if (t) {
    const at = Date.parse(t.checkIn.at);
    if (!points.some((p) => Math.abs(p.t - at) < 60_000)) points.push({ t: at, score: t.checkIn.painScore });
  }
  return points.filter((p) => Number.isFinite(p.t));
}
