import { useEffect, useState } from 'preact/hooks';
import { nowMs } from '../lib/clock.ts';
import { formatWait } from './wait.ts';

/** The current time, refreshed at each minute boundary (enough for "available in 25 min"). */
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

/** The waiting line of a plan item, announced politely once a minute. */
export function Countdown({ until, now }: { until: string; now: number }) {
  const at = Date.parse(until);
  const clock = new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  return (
    <p class="wait" aria-live="polite" aria-atomic="true" data-countdown>
      Not yet. You can start in {formatWait(at - now)}, at {clock}.
    </p>
  );
}
