/** Sleep: bed and wake times, the hours they make, and position tips (SL-HOURS, SL-POSITION). */
import { useState } from 'preact/hooks';
import { SLEEP_GOAL_HOURS } from '../../domain/plan/limits.ts';
import { logSession } from './session-data.ts';
import { sleepEvent, sleepSpan } from './session-events.ts';
import { Why } from './why.tsx';

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
            logSession(sleepEvent(span));
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
