/**
 * Account actions for the UI: sign up, log in, log out, export, delete. The session is an HttpOnly cookie
 * the server sets; the app only learns who is signed in from GET /api/v1/auth/session.
 */
import { ApiError, api } from './api.ts';
import { flushOutbox } from './outbox.ts';
import { events, type Me, today, user } from './store.ts';

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
  try {
    // 200 with `{ user: null }` when signed out.
    user.value = toMe(await api<unknown>('/auth/session'));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) user.value = null;
    else if (user.value === undefined) user.value = null;
  }
  if (user.value) void flushOutbox();
}

/** Creates a client account and signs in; what this device logged so far is then uploaded. */
export async function signUp(input: { name: string; email: string; password: string }): Promise<void> {
  await api('/auth/signup', { method: 'POST', body: { ...input, role: 'client' } });
  await refreshMe();
}

/** Signs in with e-mail and password. */
export async function logIn(input: { email: string; password: string }): Promise<void> {
  await api('/auth/login', { method: 'POST', body: input });
  await refreshMe();
}

/** Signs out. The log on this device stays. */
export async function logOut(): Promise<void> {
  try {
    await api('/auth/logout', { method: 'POST' });
  } finally {
    user.value = null;
  }
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
  user.value = null;
  events.value = [];
  today.value = null;
}
