/**
 * Account actions for the UI: sign up, log in, log out, export, delete. The session is an HttpOnly cookie
 * the server sets; the app only learns who is signed in from GET /api/v1/auth/session. The data on the
 * device follows the signed-in person (device-owner.ts): it is cleared on log-out, and another account
 * never sees it.
 */
import { ApiError, api } from './api.ts';
import { clearOnLogOut, watchOwner } from './device-owner.ts';
import { flushOutbox, pendingCount } from './outbox.ts';
import { drop, load, save } from './storage.ts';
import { type Me, user } from './store.ts';

/** A log-out the server has not confirmed yet (offline): retried before the app trusts its session. */
const LOGOUT_PENDING = 'logout-pending';

function toMe(data: unknown): Me | null {
  if (typeof data !== 'object' || data === null) return null;
  const inner = 'user' in data && typeof data.user === 'object' ? data.user : data;
  if (typeof inner !== 'object' || inner === null || !('email' in inner)) return null;
  const o = inner as Record<string, unknown>;
  return {
    id: String(o.id ?? ''),
    email: String(o.email),
    name: typeof o.name === 'string' ? o.name : '',
    role: o.role === 'therapist' ? 'therapist' : 'client',
  };
}

/** Asks the server who is signed in. Offline: keeps what the device last knew. */
export async function refreshMe(): Promise<void> {
  watchOwner();
  if (load(LOGOUT_PENDING, false)) await endServerSession();
  try {
    // 200 with `{ user: null }` when signed out.
    user.value = toMe(await api<unknown>('/auth/session'));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) user.value = null;
    else if (user.value === undefined) user.value = null;
  }
  if (user.value) void flushOutbox();
}

/**
 * Creates a client account and signs in. What this device logged before is not uploaded silently: the
 * account is offered to add it (device-owner.ts `guestOffer`).
 */
export async function signUp(input: { name: string; email: string; password: string }): Promise<void> {
  await api('/auth/signup', { method: 'POST', body: { ...input, role: 'client' } });
  await refreshMe();
}

/** Signs in with e-mail and password. */
export async function logIn(input: { email: string; password: string }): Promise<void> {
  await api('/auth/login', { method: 'POST', body: input });
  await refreshMe();
}

async function endServerSession(): Promise<void> {
  try {
    await api('/auth/logout', { method: 'POST' });
    drop(LOGOUT_PENDING);
  } catch (error) {
    // Offline: the cookie may still be valid on the server, so try again at the next start.
    if (error instanceof ApiError && error.offline) save(LOGOUT_PENDING, true);
    else drop(LOGOUT_PENDING);
  }
}

/**
 * Signs out and clears this device of the person's data. Entries not yet uploaded are sent first; when some
 * still wait (offline), nothing happens and their number is returned, so the page can ask before they are
 * lost. `discardUnsent` logs out anyway.
 */
export async function logOut(options: { discardUnsent?: boolean } = {}): Promise<{ unsent: number }> {
  await flushOutbox();
  const unsent = pendingCount();
  if (unsent > 0 && !options.discardUnsent) return { unsent };
  await endServerSession();
  clearOnLogOut();
  user.value = null;
  return { unsent: 0 };
}

/** Downloads everything the account holds (GET /api/v1/me/export) as a JSON file. */
export async function exportData(): Promise<void> {
  const data = await api<unknown>('/me/export');
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `unknot-export-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Deletes the account for good (DELETE /api/v1/me with the password) and clears this device. */
export async function deleteAccount(password: string): Promise<void> {
  await api('/me', { method: 'DELETE', body: { password } });
  clearOnLogOut();
  user.value = null;
}
