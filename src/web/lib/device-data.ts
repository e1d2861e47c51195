/**
 * Whose data this device holds (a shared phone once leaked the last person's diary, and the next account
 * counted their ibuprofen). The person's data — events, today's check-in, the outbox, saved
 * sessions, anything else under `unknot.` but the device's own preferences — belongs to one owner: an
 * account id, or `guest` while nobody is signed in. When the signed-in person changes, the old owner's data
 * is set aside (`unknot.stash.<owner>`) and the new owner's is put back, so no account ever sees another's.
 * A guest's set-aside data is only ever offered to the account that signs in next, never merged silently.
 *
 * These functions work on a `Storage` (localStorage in the app, an in-memory one in tests).
 */

/** The storage prefix of every Unknot key. */
export const PREFIX = 'unknot.';
/** The owner of the data in the live keys. */
export const OWNER_KEY = 'owner';
/** The owner id of data made while nobody is signed in. */
export const GUEST = 'guest';
const STASH = 'stash.';

/**
 * Keys that are the device's, not a person's: preferences (units, emergency number, country), who is signed
 * in, and the owner bookkeeping itself. Everything else under `unknot.` is the person's data.
 */
const DEVICE_KEYS = new Set(['settings', 'country', 'user', 'logout-pending', OWNER_KEY]);

/** The raw values of one owner's keys (key without prefix → stored JSON text). */
export type Snapshot = Record<string, string>;

function allKeys(store: Storage): string[] {
  const out: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX)) out.push(k.slice(PREFIX.length));
  }
  return out;
}

/** The person's live keys (without prefix). */
export function personalKeys(store: Storage): string[] {
  return allKeys(store).filter((k) => !DEVICE_KEYS.has(k) && !k.startsWith(STASH));
}

/** The owner of the live data: stored, or for a device from before owners existed, its cached user. */
export function ownerOf(store: Storage): string {
  try {
    const raw = store.getItem(PREFIX + OWNER_KEY);
    if (raw) return String(JSON.parse(raw));
    const user = JSON.parse(store.getItem(`${PREFIX}user`) ?? 'null') as { id?: unknown } | null;
    return typeof user?.id === 'string' && user.id !== '' ? user.id : GUEST;
  } catch {
    return GUEST;
  }
}

/** The live data as a snapshot. */
export function snapshot(store: Storage): Snapshot {
  const snap: Snapshot = {};
  for (const k of personalKeys(store)) {
    const v = store.getItem(PREFIX + k);
    if (v !== null) snap[k] = v;
  }
  return snap;
}

/** How much a snapshot holds that a person would miss: logged events and a check-in. */
export function summarize(snap: Snapshot): { events: number; checkIn: boolean } {
  const events = parseArray(snap.events).length;
  const today = parse(snap.today);
  return { events, checkIn: typeof today === 'object' && today !== null };
}

/** True when the snapshot holds anything worth keeping. */
export function hasData(snap: Snapshot): boolean {
  const s = summarize(snap);
  return s.events > 0 || s.checkIn || parseArray(snap.outbox).length > 0;
}

function parse(raw: string | undefined): unknown {
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function parseArray(raw: string | undefined): unknown[] {
  const v = parse(raw);
  return Array.isArray(v) ? v : [];
}

/** Removes every live personal key. */
export function wipe(store: Storage): void {
  for (const k of personalKeys(store)) store.removeItem(PREFIX + k);
}

/** The data set aside for `owner`, if any. */
export function stashOf(store: Storage, owner: string): Snapshot | null {
  const v = parse(store.getItem(PREFIX + STASH + owner) ?? undefined);
  return typeof v === 'object' && v !== null ? (v as Snapshot) : null;
}

/** Forgets the data set aside for `owner`. */
export function dropStash(store: Storage, owner: string): void {
  store.removeItem(PREFIX + STASH + owner);
}

/**
 * Makes `next` the owner of the live data: the current owner's data is set aside (only when there is any)
 * and `next`'s own set-aside data comes back. Returns true when the owner changed.
 */
export function switchOwner(store: Storage, next: string): boolean {
  const current = ownerOf(store);
  if (current === next) {
    store.setItem(PREFIX + OWNER_KEY, JSON.stringify(next));
    return false;
  }
  const live = snapshot(store);
  if (hasData(live)) {
    // A guest's earlier set-aside data (never claimed) merges with the new guest data rather than being lost.
    const earlier = current === GUEST ? stashOf(store, GUEST) : null;
    const merged = earlier ? mergeSnapshots(earlier, live) : live;
    store.setItem(PREFIX + STASH + current, JSON.stringify(merged));
  }
  wipe(store);
  const back = stashOf(store, next);
  if (back && next !== GUEST) {
    for (const [k, v] of Object.entries(back)) store.setItem(PREFIX + k, v);
    dropStash(store, next);
  }
  store.setItem(PREFIX + OWNER_KEY, JSON.stringify(next));
  return true;
}

/**
 * The live data after log-out: cleared, and the device belongs to nobody (guest). A guest's data set aside
 * earlier stays set aside, to be offered to whoever signs in next.
 */
export function clearForLogOut(store: Storage): void {
  wipe(store);
  store.setItem(PREFIX + OWNER_KEY, JSON.stringify(GUEST));
}

/** Keyed list items (events by localId, outbox entries by key) from `b` added to `a`'s. */
function mergeList(a: string | undefined, b: string | undefined, id: (x: unknown) => unknown): string {
  const left = parseArray(a);
  const seen = new Set(left.map(id));
  return JSON.stringify([...left, ...parseArray(b).filter((x) => !seen.has(id(x)))]);
}

function field(name: string): (x: unknown) => unknown {
  return (x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[name] : undefined);
}

/**
 * `extra` added to `base`: events and outbox entries joined (events sorted by time), the later of the two
 * check-ins for today, and any other key `base` lacks.
 */
export function mergeSnapshots(base: Snapshot, extra: Snapshot): Snapshot {
  const out: Snapshot = { ...extra, ...base };
  out.events = mergeList(base.events, extra.events, field('localId'));
  const events = parseArray(out.events) as { at?: unknown }[];
  events.sort((x, y) => String(x.at).localeCompare(String(y.at)));
  out.events = JSON.stringify(events);
  out.outbox = mergeList(base.outbox, extra.outbox, field('key'));
  const a = parse(base.today) as { checkIn?: { at?: string } } | null;
  const b = parse(extra.today) as { checkIn?: { at?: string } } | null;
  if (b?.checkIn?.at && !(a?.checkIn?.at && a.checkIn.at >= b.checkIn.at)) out.today = extra.today ?? 'null';
  return out;
}
