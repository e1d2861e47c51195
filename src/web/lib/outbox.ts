/**
 * Offline-first writes.
 *
 *   logEvent(event: NewEvent): LocalEvent
 *     Records a care event on the device at once (it shows in `events` and counts for the interlocks) and
 *     queues its upload. `event` is `{ kind, at, …fields }` exactly as POST /api/v1/events takes it, e.g.
 *     `logEvent({ kind: 'cold', at: new Date().toISOString(), minutes: 20 })`.
 *   editEvent(localId, patch) / removeEvent(localId): change or delete a logged event (diary).
 *   queueCheckIn(checkIn): uploads a stored check-in (POST /api/v1/checkins).
 *   flushOutbox(): sends what waits; called on start, on 'online', after sign-in and after each write.
 *
 * Each queued write gets one Idempotency-Key (crypto.randomUUID) when it is made, so a retry after a lost
 * answer never creates a second copy. Writes wait while signed out or offline and are sent in order. A 4xx
 * other than 401, 409 and 429 means the server will never take it: it is dropped with a visible note.
 */
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import { ApiError, api } from './api.ts';
import { type LocalEvent, type NewEvent, toApiEvent } from './events.ts';
import { load, save } from './storage.ts';
import { deviceOwner, events, notify, today, user } from './store.ts';

type Entry =
  | { key: string; op: 'create'; localId: string }
  | { key: string; op: 'update'; localId: string; patch: Record<string, unknown> }
  | { key: string; op: 'delete'; localId: string; serverId?: string }
  | { key: string; op: 'checkin'; body: Omit<CheckIn, 'log'>; localAt: string };

let queue: Entry[] = load<Entry[]>('outbox', []);

/** Re-reads the queue from storage after the device changed hands (device-owner.ts). */
export function reloadOutbox(): void {
  queue = load<Entry[]>('outbox', []);
}

/** Uploads go only to the account that owns this device's data: on a shared phone, never to the next person's. */
function ownerSignedIn(): boolean {
  return !!user.value && user.value.id === deviceOwner.value;
}

function persist(): void {
  save('outbox', queue);
}

function uuid(): string {
  return crypto.randomUUID();
}

/** How many writes are waiting to reach the server. */
export function pendingCount(): number {
  return queue.length;
}

/** Records a care event locally at once and queues its upload. Returns the stored local event. */
export function logEvent(event: NewEvent): LocalEvent {
  const local: LocalEvent = { ...event, localId: uuid() };
  events.value = [...events.value, local].sort((a, b) => a.at.localeCompare(b.at));
  queue.push({ key: local.localId, op: 'create', localId: local.localId });
  persist();
  void flushOutbox();
  return local;
}

/** Changes fields of a logged event (not its kind) and queues the PATCH. */
export function editEvent(
  localId: string,
  patch: Partial<Omit<NewEvent, 'kind'>> & Record<string, unknown>,
): void {
  events.value = events.value
    .map((e) => (e.localId === localId ? ({ ...e, ...patch } as LocalEvent) : e))
    .sort((a, b) => a.at.localeCompare(b.at));
  // Not uploaded yet: the create will carry the new fields.
  if (queue.some((q) => q.op === 'create' && q.localId === localId)) return;
  queue.push({ key: uuid(), op: 'update', localId, patch });
  persist();
  void flushOutbox();
}

/** Deletes a logged event here and, once it reached the server, there too. */
export function removeEvent(localId: string): void {
  const event = events.value.find((e) => e.localId === localId);
  events.value = events.value.filter((e) => e.localId !== localId);
  const waiting = queue.findIndex((q) => q.op === 'create' && q.localId === localId);
  if (waiting >= 0 && !inFlight.has(queue[waiting]?.key ?? '')) {
    queue = queue.filter((q) => !('localId' in q && q.localId === localId));
  } else {
    queue.push({
      key: uuid(),
      op: 'delete',
      localId,
      ...(event?.serverId ? { serverId: event.serverId } : {}),
    });
  }
  persist();
  void flushOutbox();
}

/** Queues a signed-in check-in upload (the server fills `log` from its stored events). */
export function queueCheckIn(checkIn: CheckIn): void {
  const { log: _log, ...body } = checkIn;
  queue.push({ key: uuid(), op: 'checkin', body, localAt: checkIn.at });
  persist();
  void flushOutbox();
}

const inFlight = new Set<string>();
let running: Promise<void> | null = null;

function serverIdOf(localId: string): string | undefined {
  return events.value.find((e) => e.localId === localId)?.serverId;
}

async function send(entry: Entry): Promise<void> {
  const headers = { 'Idempotency-Key': entry.key };
  if (entry.op === 'create') {
    const event = events.value.find((e) => e.localId === entry.localId);
    if (!event) return; // deleted meanwhile
    const saved = await api<{ id: string }>('/events', { method: 'POST', body: toApiEvent(event), headers });
    events.value = events.value.map((e) => (e.localId === entry.localId ? { ...e, serverId: saved.id } : e));
  } else if (entry.op === 'update') {
    const id = serverIdOf(entry.localId);
    if (id) await api(`/events/${encodeURIComponent(id)}`, { method: 'PATCH', body: entry.patch, headers });
  } else if (entry.op === 'delete') {
    const id = entry.serverId ?? serverIdOf(entry.localId);
    if (id) await api(`/events/${encodeURIComponent(id)}`, { method: 'DELETE', headers });
  } else {
    const saved = await api<{ id: string }>('/checkins', { method: 'POST', body: entry.body, headers });
    const t = today.value;
    if (t && t.checkIn.at === entry.localAt) today.value = { ...t, serverId: saved.id };
  }
}

/** What the queue should do after a failed send. */
function onFailure(error: unknown): 'stop' | 'drop' {
  if (!(error instanceof ApiError)) return 'stop';
  if (error.status === 401) {
    user.value = null;
    return 'stop';
  }
  if (error.status === 404) return 'drop'; // e.g. deleting what is already gone
  if (error.status >= 400 && error.status < 500 && error.status !== 409 && error.status !== 429) {
    notify(`The server did not accept one entry and it was not saved to your account: ${error.message}`);
    return 'drop';
  }
  return 'stop'; // offline, 409, 429 or 5xx: try again later
}

async function drain(): Promise<'done' | 'stopped'> {
  while (queue.length > 0 && ownerSignedIn() && navigator.onLine) {
    const entry = queue[0];
    if (!entry) break;
    inFlight.add(entry.key);
    let outcome: 'sent' | 'stop' | 'drop' = 'sent';
    try {
      await send(entry);
    } catch (error) {
      outcome = onFailure(error);
    } finally {
      inFlight.delete(entry.key);
    }
    if (outcome === 'stop') return 'stopped';
    queue = queue.filter((q) => q.key !== entry.key);
    persist();
  }
  return 'done';
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Sends every waiting write, in order, one at a time. Safe to call often: concurrent calls share one run.
 * Does nothing while signed out or offline; after a server hiccup it tries again in 30 s.
 */
export function flushOutbox(): Promise<void> {
  if (running) return running;
  running = drain()
    .then((result) => {
      if (result === 'stopped' && navigator.onLine && ownerSignedIn() && retryTimer === undefined) {
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          void flushOutbox();
        }, 30_000);
      }
    })
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the outbox: flushes now and whenever the network comes back. */
export function startOutbox(): void {
  window.addEventListener('online', () => void flushOutbox());
  void flushOutbox();
}
