import type { ReminderSettings } from './settings.ts';
import { inWindow, localParts, windowEndAfter } from './wall-clock.ts';

/** What a worker does with a reminder it claimed. */
export type Decision =
  | { action: 'send' }
  | { action: 'collapse'; reason: 'stale' | 'quiet_hours' | 'not_useful' }
  | { action: 'wait'; untilMs: number };

/**
 * Catch-up that is safe: a reminder claimed late (the server was down, the worker busy) is sent only while it is
 * still useful, else collapsed; one due in the person's quiet hours waits for their end, or is dropped when it
 * would be stale by then. `stillUseful` is the kind's own check at this moment (nextDose: the dose is allowed).
 */
export function decide(
  reminder: { expiresMs: number | null },
  nowMs: number,
  settings: ReminderSettings,
  stillUseful = true,
): Decision {
  if (!stillUseful) return { action: 'collapse', reason: 'not_useful' };
  if (reminder.expiresMs !== null && nowMs > reminder.expiresMs)
    return { action: 'collapse', reason: 'stale' };
  const quiet = settings.quietHours;
  if (quiet !== null && inWindow(localParts(nowMs, settings.timeZone).minute, quiet)) {
    const untilMs = windowEndAfter(nowMs, quiet, settings.timeZone);
    if (reminder.expiresMs !== null && untilMs > reminder.expiresMs)
      return { action: 'collapse', reason: 'quiet_hours' };
    return { action: 'wait', untilMs };
  }
  return { action: 'send' };
}
