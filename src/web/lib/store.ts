/**
 * The app's state as Preact signals, persisted on the device so everything works signed out and offline:
 * the signed-in user, settings, today's check-in with its assessment, and the local event log.
 */
import { effect, signal } from '@preact/signals';
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import { GUEST, ownerOf } from './device-data.ts';
import type { LocalEvent } from './events.ts';
import { defaultSettings, type Settings } from './settings.ts';
import { load, save } from './storage.ts';

/** The signed-in person (GET /api/v1/me). */
export interface Me {
  id: string;
  email: string;
  name: string;
  role: 'client' | 'therapist';
}

/** A check-in made today and what the domain said about it. */
export interface TodayCheckIn {
  checkIn: CheckIn;
  assessment: Assessment;
  /** The stored check-in's id once the server has it. */
  serverId?: string;
}

/** undefined: not known yet (first /me in flight); null: signed out. */
export const user = signal<Me | null | undefined>(load<Me | null | undefined>('user', undefined));

export const settings = signal<Settings>({
  ...defaultSettings(typeof navigator === 'undefined' ? 'en' : navigator.language),
  ...load<Partial<Settings>>('settings', {}),
});

/** The latest check-in, kept while it is from today (local day). */
export const today = signal<TodayCheckIn | null>(freshToday(load<TodayCheckIn | null>('today', null)));

/** Every care event on this device, oldest first. */
export const events = signal<LocalEvent[]>(load<LocalEvent[]>('events', []));

/**
 * Whose data the live state is: an account id, or `guest` (device-data.ts). The outbox uploads only while
 * the signed-in person is the owner, so nothing logged by one person can reach another's account.
 */
export const deviceOwner = signal<string>(
  typeof localStorage === 'undefined' ? GUEST : safeOwner(() => ownerOf(localStorage)),
);

function safeOwner(read: () => string): string {
  try {
    return read();
  } catch {
    return GUEST;
  }
}

/** Re-reads the person's state from storage after the device changed hands (device-owner.ts). */
export function reloadStore(): void {
  today.value = freshToday(load<TodayCheckIn | null>('today', null));
  events.value = load<LocalEvent[]>('events', []);
}

/** True while a red-flag card covers the screen: the rest of the app is made inert behind it. */
export const alertOpen = signal(false);

/** Short notes for the person (e.g. a write the server refused); shown in a polite live region. */
export const notices = signal<string[]>([]);

function freshToday(t: TodayCheckIn | null): TodayCheckIn | null {
  if (t === null) return null;
  const d = new Date(t.checkIn.at);
  return d.toDateString() === new Date().toDateString() ? t : null;
}

/** Shows a short note to the person. */
export function notify(message: string): void {
  notices.value = [...notices.value.slice(-2), message];
}

/** Dismisses a note. */
export function dismissNotice(message: string): void {
  notices.value = notices.value.filter((n) => n !== message);
}

effect(() => save('settings', settings.value));
effect(() => save('today', today.value));
effect(() => save('events', events.value));
effect(() => save('user', user.value ?? null));
