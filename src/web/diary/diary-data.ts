/**
 * The diary's data: this device's events (the shell's store) plus, when signed in, the account's events
 * from the server (GET /api/v1/events), merged into the same store so editing and deleting go through the
 * one outbox (PATCH / DELETE with idempotency keys, offline-safe).
 */
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import type { Level } from '../../domain/contract/ids.ts';
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

/** A check-in as the diary lists it: check-ins are entries too, so the diary shows everything the person did. */
export interface DiaryCheckIn {
  /** The server's id, or `today` for the device's check-in not stored on the account (yet). */
  id: string;
  at: string;
  painScore: number;
  level: Level;
}

function isStoredCheckIn(
  v: unknown,
): v is { id: string; at: string; checkIn: CheckIn; assessment: Assessment } {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const inner = c.checkIn as Record<string, unknown> | undefined;
  const assessment = c.assessment as Record<string, unknown> | undefined;
  return (
    typeof c.id === 'string' &&
    typeof c.at === 'string' &&
    typeof inner?.painScore === 'number' &&
    typeof (assessment?.triage as Record<string, unknown> | undefined)?.level === 'string'
  );
}

/** The account's check-ins in `[from, to)`; an empty list when signed out or offline. */
export async function loadCheckIns(from: Date, to: Date): Promise<DiaryCheckIn[]> {
  if (!user.value) return [];
  try {
    const q = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    const res: { items?: unknown[] } = await api(`/checkins?${q}`);
    return (res.items ?? []).filter(isStoredCheckIn).map((c) => ({
      id: c.id,
      at: c.at,
      painScore: c.checkIn.painScore,
      level: c.assessment.triage.level,
    }));
  } catch {
    return [];
  }
}

/** The account's check-ins plus today's on this device when the account does not have it yet. */
export function withToday(stored: readonly DiaryCheckIn[]): DiaryCheckIn[] {
  const t = today.value;
  if (!t) return [...stored];
  const at = Date.parse(t.checkIn.at);
  if (stored.some((c) => c.id === t.serverId || Math.abs(Date.parse(c.at) - at) < 1000)) return [...stored];
  return [
    ...stored,
    { id: 'today', at: t.checkIn.at, painScore: t.checkIn.painScore, level: t.assessment.triage.level },
  ];
}

/** Every pain score: logged pain events and check-ins (a check-in once, if no pain event shares its minute). */
export function painPoints(list: readonly LocalEvent[], checkIns: readonly DiaryCheckIn[] = []): PainPoint[] {
  const points: PainPoint[] = [];
  for (const e of list) if (e.kind === 'pain') points.push({ t: Date.parse(e.at), score: e.score });
  for (const c of checkIns) {
    const at = Date.parse(c.at);
    if (!points.some((p) => Math.abs(p.t - at) < 60_000)) points.push({ t: at, score: c.painScore });
  }
  return points.filter((p) => Number.isFinite(p.t));
}

/** The latest pain score (the picker's default), or null when none was ever logged. */
export function lastScore(points: readonly PainPoint[]): number | null {
  let best: PainPoint | null = null;
  for (const p of points) if (!best || p.t >= best.t) best = p;
  return best ? best.score : null;
}
