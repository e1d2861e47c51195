/**
 * Where the remembered answers live (so a returning person confirms them in one tap): on this device, under the
 * signed-in account's id (or "guest"), so another account on a shared phone never reads them; and on the account
 * itself when signed in (GET/PUT /api/v1/me/health-profile), so they follow the person to another phone. The newer
 * copy wins.
 */
import { signal } from '@preact/signals';
import type { HealthProfile } from '../../domain/checkin-flow/health-profile.schema.ts';
import { api } from '../lib/api.ts';
import { load, save } from '../lib/storage.ts';
import { user } from '../lib/store.ts';

function keyFor(userId: string | undefined): string {
  return `healthProfile.${userId ?? 'guest'}`;
}

function isProfile(v: unknown): v is HealthProfile {
  // Our own writes (or the server's validated copy): a shape check is enough, and keeps zod out of the bundle.
  return (
    typeof v === 'object' &&
    v !== null &&
    'confirmedAt' in v &&
    typeof v.confirmedAt === 'string' &&
    'history' in v &&
    typeof v.history === 'object'
  );
}

function newer(a: HealthProfile | null, b: HealthProfile | null): HealthProfile | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b.confirmedAt) > Date.parse(a.confirmedAt) ? b : a;
}

/** The remembered answers for whoever uses the app now; null for a first check-in. */
export const profile = signal<HealthProfile | null>(null);

/** Reads the device copy, then (signed in) the account's, keeping the newer. */
export function loadProfile(): void {
  const me = user.peek();
  const local = load<unknown>(keyFor(me?.id), null);
  profile.value = isProfile(local) ? local : null;
  if (!me) return;
  api<{ profile: unknown }>('/me/health-profile')
    .then((res) => {
      if (user.peek()?.id !== me.id) return;
      const remote = isProfile(res.profile) ? res.profile : null;
      const best = newer(profile.peek(), remote);
      profile.value = best;
      save(keyFor(me.id), best);
      // This device has newer answers (given offline, say): the account catches up.
      if (best && best !== remote)
        void api('/me/health-profile', { method: 'PUT', body: best }).catch(() => undefined);
    })
    // Offline or signed out meanwhile: the device copy stands.
    .catch(() => undefined);
}

/** Keeps the answers after a check-in: on the device at once, on the account when signed in. */
export function saveProfile(next: HealthProfile): void {
  const me = user.peek();
  profile.value = next;
  save(keyFor(me?.id), next);
  if (me) void api('/me/health-profile', { method: 'PUT', body: next }).catch(() => undefined);
}
