/**
 * The app's side of device ownership (device-data.ts has the rules): follows who is signed in, swaps the
 * live state (events, today, outbox) when that changes, clears it on log-out, and holds the offer to add a
 * guest's entries to the account that signs in next.
 */
import { effect, signal, untracked } from '@preact/signals';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import {
  clearForLogOut,
  dropStash,
  GUEST,
  hasData,
  mergeSnapshots,
  PREFIX,
  type Snapshot,
  snapshot,
  stashOf,
  summarize,
  switchOwner,
} from './device-data.ts';
import { flushOutbox, queueCheckIn, reloadOutbox } from './outbox.ts';
import { deviceOwner, type Me, reloadStore, user } from './store.ts';

/** What a guest left on this device, offered to the signed-in account; null when there is nothing. */
export const guestOffer = signal<{ events: number; checkIn: boolean } | null>(null);

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();

/**
 * Runs `reload` whenever the person's data on the device was replaced (another owner, log-out, an import):
 * for modules that keep some of it in memory (e.g. remembered check-in answers) beyond the store and outbox.
 * Returns the unsubscribe function.
 */
export function onDeviceDataReplaced(reload: () => void): () => void {
  listeners.add(reload);
  return () => listeners.delete(reload);
}

function reloadState(): void {
  reloadStore();
  reloadOutbox();
  for (const reload of listeners) reload();
}

function refreshOffer(owner: string, store: Storage): void {
  const guest = owner === GUEST ? null : stashOf(store, GUEST);
  guestOffer.value = guest && hasData(guest) ? summarize(guest) : null;
}

/** Makes the device's live data the signed-in person's (or the guest's when `me` is null). */
export function settleOwner(me: Me | null): void {
  const store = storage();
  if (!store) return;
  const next = me?.id ? me.id : GUEST;
  if (switchOwner(store, next)) reloadState();
  deviceOwner.value = next;
  refreshOffer(next, store);
}

/** Log-out: the person's data leaves this device (the caller has tried to upload it first). */
export function clearOnLogOut(): void {
  const store = storage();
  if (store) clearForLogOut(store);
  reloadState();
  deviceOwner.value = GUEST;
  guestOffer.value = null;
}

function checkInOf(snap: Snapshot): CheckIn | null {
  try {
    const t = JSON.parse(snap.today ?? 'null') as { checkIn?: CheckIn } | null;
    return t?.checkIn ?? null;
  } catch {
    return null;
  }
}

/**
 * Adds what was logged on this device before signing in to the signed-in account: the events (their
 * uploads were queued when they were made) and the check-in, which is uploaded now (the README's promise).
 */
export function acceptGuestData(): void {
  const store = storage();
  const guest = store ? stashOf(store, GUEST) : null;
  if (!store || !guest || !user.value) return;
  const merged = mergeSnapshots(snapshot(store), guest);
  for (const [k, v] of Object.entries(merged)) store.setItem(PREFIX + k, v);
  dropStash(store, GUEST);
  reloadState();
  guestOffer.value = null;
  const checkIn = checkInOf(guest);
  if (checkIn) queueCheckIn(checkIn);
  void flushOutbox();
}

/** "Not mine": removes a guest's entries from this device; they never reach the account. */
export function declineGuestData(): void {
  const store = storage();
  if (store) dropStash(store, GUEST);
  guestOffer.value = null;
}

let started = false;

/** Follows the signed-in person from now on (idempotent; the first run settles the stored state). */
export function watchOwner(): void {
  if (started) return;
  started = true;
  effect(() => {
    const me = user.value;
    if (me === undefined) return;
    untracked(() => settleOwner(me));
  });
}
