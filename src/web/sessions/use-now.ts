import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed about every `everyMs` while `active`. The value is only used to read absolute
 * deadlines, so a throttled or skipped tick never makes a timer wrong: a hidden tab may run timers once a
 * minute or not at all, and the first tick after it returns (or the visibilitychange event) shows the true time.
 */
export function useNow(active: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = (): void => setNow(Date.now());
    tick();
    const id = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active, everyMs]);
  return now;
}

/** `m:ss` for a number of milliseconds (rounded up, so 0:00 shows only when the time is really up). */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A spoken-style length: "1 hour 5 minutes", "12 minutes", "40 seconds". */
export function spokenDuration(ms: number): string {
  const totalMin = Math.ceil(ms / 60_000);
  if (ms < 60_000) return `${Math.max(0, Math.ceil(ms / 1000))} seconds`;
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(h === 1 ? '1 hour' : `${h} hours`);
  if (m > 0) parts.push(m === 1 ? '1 minute' : `${m} minutes`);
  return parts.join(' ');
}
