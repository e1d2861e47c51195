/** Sleep: bed and wake times, the hours they make, and position tips (SL-HOURS, SL-POSITION). */
import { useState } from 'preact/hooks';
import { SLEEP_GOAL_HOURS } from '../../domain/plan/limits.ts';
import { logSession } from './session-data.ts';
import { Why } from './why.tsx';

/** Bed and wake instants from two clock times: bed is the evening before waking when it is later. */
export function sleepSpan(bed: string, wake: string, wakeDay: Date): { bedAt: Date; wakeAt: Date } | null {
  const [bh, bm] = bed.split(':').map(Number);
  const [wh, wm] = wake.split(':').map(Number);
  if ([bh, bm, wh, wm].some((n) => n === undefined || !Number.isFinite(n))) return null;
  const wakeAt = new Date(wakeDay);
  wakeAt.setHours(wh ?? 0, wm ?? 0, 0, 0);
  const bedAt = new Date(wakeDay);
  bedAt.setHours(bh ?? 0, bm ?? 0, 0, 0);
  if (bedAt >= wakeAt) bedAt.setDate(bedAt.getDate() - 1);
  return { bedAt, wakeAt };
}

/** The sleep page. */
export function SleepLog() {
  const [bed, setBed] = useState('23:00');
  const [wake, setWake] = useState('07:00');
  const [logged, setLogged] = useState<string | null>(null);
  const span = sleepSpan(bed, wake, new Date());
  const hours = span ? (span.wakeAt.getTime() - span.bedAt.getTime()) / 3600_000 : 0;
  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">Sleep</h1>
      <div class="lead">
        Most adults need {SLEEP_GOAL_HOURS} hours or more. <Why facts={['SL-HOURS']} />
      </div>
      <div class="card">
        <div class="row">
          <label for="bed-time">Went to bed</label>
          <input id="bed-time" type="time" value={bed} onInput={(e) => setBed(e.currentTarget.value)} />
        </div>
        <div class="row">
          <label for="wake-time">Woke up</label>
          <input id="wake-time" type="time" value={wake} onInput={(e) => setWake(e.currentTarget.value)} />
        </div>
        <p class="big-text">{span ? `${Math.round(hours * 10) / 10} hours` : 'Enter both times'}</p>
        <button
          type="button"
          class="btn btn-block"
          disabled={!span}
          onClick={() => {
            if (!span) return;
            logSession({
              kind: 'sleep',
              at: span.wakeAt.toISOString(),
              bedAt: span.bedAt.toISOString(),
              wakeAt: span.wakeAt.toISOString(),
            });
            setLogged(`Logged: ${Math.round(hours * 10) / 10} hours of sleep.`);
          }}
        >
          Log last night
        </button>
        {logged && (
          <p class="note done" role="status">
            {logged}
          </p>
        )}
      </div>
      <div class="card">
        <h2>Easier nights</h2>
        <ul class="steps">
          <li>On your side: a firm pillow between your knees.</li>
          <li>On your back: a pillow under your knees.</li>
        </ul>
        <Why facts={['SL-POSITION', 'SL-MATTRESS']} />
      </div>
    </section>
  );
}
