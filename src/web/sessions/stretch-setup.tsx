/**
 * Setting up a stretch session: which of today's stretches, and the hold of the static ones (ST-HOLD: 30 s
 * default, 10-60 s). Repeated exercises show their repetitions and pause instead (ST-REPEAT); toe touching
 * is left out unless today's plan allows it (ST-TOE-TOUCH).
 */
import { useState } from 'preact/hooks';
import { doseText, type StretchId } from '../../domain/plan/stretches.ts';
import {
  clampHoldSeconds,
  DEFAULT_HOLD_SECONDS,
  MAX_HOLD_SECONDS,
  MIN_HOLD_SECONDS,
} from '../../domain/session/hold-plan.ts';
import { primeAudio } from './device.ts';
import { allowedStretches, planHoldSeconds } from './session-data.ts';
import { newStretchSession, type StretchSession } from './stretch-state.ts';
import { Why } from './why.tsx';

/** The setup screen; `onStart` gets the new session. */
export function StretchSetup({ onStart }: { onStart: (s: StretchSession) => void }) {
  const offered = allowedStretches();
  const [chosen, setChosen] = useState<Set<StretchId>>(() => new Set(offered.map((s) => s.id)));
  const [hold, setHold] = useState(() => clampHoldSeconds(planHoldSeconds() ?? DEFAULT_HOLD_SECONDS));
  const toeTouchHidden = !offered.some((s) => s.id === 'toe_touch');
  const held = offered.filter((s) => chosen.has(s.id) && s.mode === 'hold');
  const anyHeld = held.length > 0;
  const heldNames = held.map((s) => s.name.toLowerCase()).join(' and ');
  const anyRepeated = offered.some((s) => chosen.has(s.id) && s.mode === 'repeat');
  const begin = (): void => {
    primeAudio();
    const stretches = offered.filter((s) => chosen.has(s.id)).map((s) => s.id);
    onStart(newStretchSession(stretches, hold, Date.now()));
  };
  return (
    <section class="session" aria-labelledby="session-title" data-session="stretch-setup">
      <h1 id="session-title">Gentle stretches</h1>
      <p class="lead">Stretch to a mild pull, never to pain. You can stop at any moment.</p>
      <fieldset class="checklist">
        <legend>Today's stretches</legend>
        {offered.map((s) => (
          <div class="check" key={s.id}>
            <label class="choice">
              <input
                type="checkbox"
                data-stretch={s.id}
                checked={chosen.has(s.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.currentTarget.checked) next.add(s.id);
                  else next.delete(s.id);
                  setChosen(next);
                }}
              />
              <span>
                {s.name}
                <span class="sub" data-dose={s.mode}>
                  {' '}
                  · {doseText(s, hold)}
                </span>
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      {toeTouchHidden && (
        <div class="hint">
          Toe touching is left out for now: it can flare a fresh or painful back.{' '}
          <Why facts={['ST-TOE-TOUCH']} />
        </div>
      )}
      {anyHeld && (
        <div class="field">
          <label for="hold-seconds">
            Hold {heldNames} for <strong>{hold} seconds</strong>
          </label>
          <input
            id="hold-seconds"
            type="range"
            min={MIN_HOLD_SECONDS}
            max={MAX_HOLD_SECONDS}
            step={5}
            value={hold}
            aria-valuetext={`${hold} seconds`}
            onInput={(e) => setHold(clampHoldSeconds(Number(e.currentTarget.value)))}
          />
          <div class="hint">
            30 seconds suits most people; up to 60 if you are older or prefer longer.{' '}
            <Why facts={['ST-HOLD']} />
          </div>
        </div>
      )}
      {anyRepeated && (
        <div class="hint" data-repeat-note>
          Knee rolls, pelvic tilts, bottom to heels and back extensions are movements: you repeat them slowly,
          pausing for a breath each time, rather than holding them. <Why facts={['ST-NHS', 'EX-ROUTINE']} />
        </div>
      )}
      <button
        type="button"
        class="btn btn-block"
        disabled={chosen.size === 0}
        onClick={begin}
        data-start-session
      >
        Start stretching
      </button>
      <div class="hint">
        Stop if the pain gets worse, or you feel sharp or shooting pain, tingling or numbness.{' '}
        <Why facts={['ST-STOP']} />
      </div>
    </section>
  );
}
