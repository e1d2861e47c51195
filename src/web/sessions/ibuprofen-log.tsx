/**
 * Ibuprofen: log a dose only when the label allows it (IB-DOSE: 4 h apart, at most 1,200 mg in 24 h), the
 * lowest dose first (IB-NICE), with food. While waiting, a live countdown shows when the next dose is allowed.
 * A dose a prescriber set above the label (IB-RX: 600 or 800 mg) can be logged honestly after the person
 * confirms it; it counts toward the same totals and the app never suggests it.
 */
import { useState } from 'preact/hooks';
import { IBU_MAX_DAYS } from '../../domain/plan/limits.ts';
import { PRESCRIBED_DOSE_CHOICES_MG } from '../../domain/session/dose.ts';
import { Gate } from './gate.tsx';
import { interlocksAt, logSession, planGate } from './session-data.ts';
import { ibuprofenEvent } from './session-events.ts';
import { clock, useNow } from './use-now.ts';
import { Why } from './why.tsx';

/** The ibuprofen page. */
export function IbuprofenLog() {
  // A dose logged since the last tick is dated after `now`; never read the log before it (the total would
  // leave out the dose just logged until the next tick).
  const now = Math.max(useNow(true, 1000), Date.now());
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
          <DoseRadios name="dose" choices={choices} chosen={chosen} onChoose={setMg} startHere />
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
              logSession(ibuprofenEvent(chosen, Date.now()));
              setLogged(`Logged: ${chosen} mg.`);
              setMg(null);
              setFood(false);
            }}
          >
            Log this dose
          </button>
        </fieldset>
      )}
      {!(closed && closed.state !== 'open') && <PrescribedDose onLogged={setLogged} />}
      <div class="hint">
        Last 24 hours: {s.takenMgLast24h} mg of at most {s.maxDailyMg.toLocaleString()} mg, at least{' '}
        {s.minIntervalHours} hours apart. See a doctor if you still need it after {IBU_MAX_DAYS} days.{' '}
        <Why facts={['IB-DOSE', 'RF-LONG-MEDS']} />
      </div>
    </section>
  );
}

/**
 * IB-RX: a dose above the over-the-counter label, logged only once the person says a prescriber set it.
 * Kept behind a disclosure so it never reads as a suggestion.
 */
/** One radio row per dose in mg; both dose lists (over the counter and prescribed) use it. */
function DoseRadios(p: {
  name: string;
  choices: readonly number[];
  chosen: number | null;
  onChoose: (mg: number) => void;
  /** Mark the first (lowest) dose as the one to start with (IB-DOSE). */
  startHere?: boolean;
}) {
  return (
    <>
      {p.choices.map((d) => (
        <div class="check" key={d}>
          <label class="choice">
            <input
              type="radio"
              name={p.name}
              value={d}
              data-mg={d}
              checked={p.chosen === d}
              onChange={() => p.onChoose(d)}
            />
            <span>
              {d} mg{p.startHere && d === p.choices[0] ? ' (start here)' : ''}
            </span>
          </label>
        </div>
      ))}
    </>
  );
}

function PrescribedDose({ onLogged }: { onLogged: (text: string) => void }) {
  const [mg, setMg] = useState<number | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <details class="card" data-prescribed>
      <summary>I take a dose a prescriber set (600 or 800 mg)</summary>
      <fieldset class="checklist">
        <legend>Prescribed dose</legend>
        <DoseRadios
          name="prescribed-dose"
          choices={PRESCRIBED_DOSE_CHOICES_MG}
          chosen={mg}
          onChoose={setMg}
        />
        <div class="check">
          <label class="choice">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              data-prescriber
            />
            <span>A doctor or other prescriber told me to take this dose.</span>
          </label>
        </div>
        <div class="hint">
          More than 400 mg at a time is a prescription dose. It still counts toward your 24-hour total, and
          the self-care limits above stay the same. <Why facts={['IB-DOSE']} />
        </div>
        <button
          type="button"
          class="btn-secondary btn-block"
          disabled={mg === null || !confirmed}
          onClick={() => {
            if (mg === null) return;
            logSession(ibuprofenEvent(mg, Date.now()));
            onLogged(`Logged: ${mg} mg, as prescribed.`);
            setMg(null);
            setConfirmed(false);
          }}
        >
          Log the prescribed dose
        </button>
      </fieldset>
    </details>
  );
}
