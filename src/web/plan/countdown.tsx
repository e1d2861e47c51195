import { useEffect, useState } from 'preact/hooks';
import type { Remedy } from '../../domain/contract/ids.ts';
import { nowMs } from '../lib/clock.ts';
import { waitLine } from './wait.ts';

/** The current time, refreshed at each minute boundary (enough for "in 25 min"). */
export function useMinuteNow(): number {
  const [t, setT] = useState(nowMs);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setT(nowMs());
      timer = setTimeout(tick, 60_000 - (nowMs() % 60_000) + 50);
    };
    timer = setTimeout(tick, 60_000 - (nowMs() % 60_000) + 50);
    // A phone that slept: catch up as soon as the page is visible again.
    const onVisible = () => document.visibilityState === 'visible' && setT(nowMs());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return t;
}

/** One line for something not allowed yet: "Next dose from 14:05 (in 3 h 59 min)", announced politely. */
export function WaitLine({ remedy, until, now }: { remedy: Remedy; until: string; now: number }) {
  return (
    <p class="wait" aria-live="polite" aria-atomic="true" data-countdown data-wait={remedy}>
      {waitLine(remedy, until, now)}
    </p>
  );
}
