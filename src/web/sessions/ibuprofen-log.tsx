/**
 * Ibuprofen: log a dose only when the label allows it (IB-DOSE: 4 h apart, at most 1,200 mg in 24 h), the
 * lowest dose first (IB-NICE), with food. While waiting, a live countdown shows when the next dose is allowed.
 */
import { useState } from 'preact/hooks';
import { IBU_MAX_DAYS } from '../../domain/plan/limits.ts';
import { Gate } from './gate.tsx';
import { interlocksAt, logSession, planGate } from './session-data.ts';
import { clock, useNow } from './use-now.ts';
import { Why } from './why.tsx';

/** The ibuprofen page. */
export function IbuprofenLog() {
  const now = useNow(true, 1000);
  const [mg, setMg] = useState<number | null>(null);
  const [food, setFood] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);
  const closed = planGate('ibuprofen');
  const s = interlocksAt(now).ibuprofen;
  const until = s.availableAt ? Date.parse(s.availableAt) : null;
  const choices = s.doseChoicesMg;
  const chosen = mg !== null && choices.includes(mg) ? mg : null;

  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">Ibuprofen</h1>
      <div class="lead">
        Take the lowest dose that helps, for the shortest time, with food.{' '}
        <Why facts={['IB-NICE', 'IB-DOSE']} />
      </div>
      {logged && (
        <p class="note done" role="status">
          {logged}
        </p>
      )}
      {closed && closed.state !== 'open' ? (
        <Gate gate={closed} now={now} />
      ) : until !== null ? (
        <div class="note wait" data-ibuprofen="wait">
          <p class="big-text">
            Next dose from {new Date(until).toLocaleTimeString([], { timeStyle: 'short' })}
          </p>
          <p class="time small" role="timer" aria-label="Time until the next dose">
            {clock(until - now)}
          </p>
          <div>
            {s.reason === 'daily_cap'
              ? `You have had ${s.takenMgLast24h} mg in the last 24 hours: the most without a doctor is ${s.maxDailyMg.toLocaleString()} mg.`
              : `Leave at least ${s.minIntervalHours} hours between doses.`}{' '}
            <Why facts={['IB-DOSE']} />
          </div>
        </div>
      ) : (
        <fieldset class="checklist">
          <legend>Your dose</legend>
          {choices.map((d) => (
            <div class="check" key={d}>
              <label class="choice">
                <input
                  type="radio"
                  name="dose"
                  value={d}
                  data-mg={d}
                  checked={chosen === d}
                  onChange={() => setMg(d)}
                />
                <span>
                  {d} mg{d === choices[0] ? ' (start here)' : ''}
                </span>
              </label>
            </div>
          ))}
          <div class="check">
            <label class="choice">
              <input
                type="checkbox"
                checked={food}
                onChange={(e) => setFood(e.currentTarget.checked)}
                data-food
              />
              <span>I am taking it with food or milk.</span>
            </label>
          </div>
          <button
            type="button"
            class="btn btn-block"
            disabled={chosen === null || !food}
            onClick={() => {
              if (chosen === null) return;
              logSession({ kind: 'ibuprofen', at: new Date().toISOString(), mg: chosen });
              setLogged(`Logged: ${chosen} mg.`);
              setMg(null);
              setFood(false);
            }}
          >
            Log this dose
          </button>
        </fieldset>
      )}
      <div class="hint">
        Last 24 hours: {s.takenMgLast24h} mg of at most {s.maxDailyMg.toLocaleString()} mg, at least{' '}
        {s.minIntervalHours} hours apart. See a doctor if you still need it after {IBU_MAX_DAYS} days.{' '}
        <Why facts={['IB-DOSE', 'RF-LONG-MEDS']} />
      </div>
    </section>
  );
}
