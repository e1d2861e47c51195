/**
 * A cold or heat session as saved on the device: the timer (an absolute deadline) plus what has already been
 * said, notified and logged, so a reload neither repeats nor forgets any of it.
 */
import { parseTimer, type Timer } from '../../domain/session/timer.ts';
import { loadSaved, save } from './saved.ts';

/** One running or finished pack session. */
export interface PackSession {
  timer: Timer;
  lastAnnounced: number | null;
  notified: boolean;
  /** Set once the event is logged; the session screen then shows the summary. */
  loggedMinutes: number | null;
}

function parsePack(value: unknown): PackSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const timer = parseTimer(v.timer);
  if (!timer) return null;
  return {
    timer,
    lastAnnounced: typeof v.lastAnnounced === 'number' ? v.lastAnnounced : null,
    notified: v.notified === true,
    loggedMinutes: typeof v.loggedMinutes === 'number' ? v.loggedMinutes : null,
  };
}

/** The saved session of this kind, if any. */
export function loadPack(kind: 'cold' | 'heat'): PackSession | null {
  const pack = loadSaved(kind, parsePack);
  return pack && pack.timer.kind === kind ? pack : null;
}

/** Saves (or with null, forgets) the session of this kind. */
export function savePack(kind: 'cold' | 'heat', pack: PackSession | null): void {
  save(kind, pack);
}
