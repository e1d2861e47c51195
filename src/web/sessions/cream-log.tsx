/**
 * Cream: only the ingredients allowed now (today's plan: allergies, broken skin; the interlocks: at most 4 a
 * day, CR-MENTHOL, CR-CAPSAICIN). Logging one locks heat for 2 hours (CR-BURN), and this page says so.
 */
import { useState } from 'preact/hooks';
import { CREAM_INGREDIENTS, type CreamIngredient } from '../../domain/contract/ids.ts';
import type { FactId } from '../../domain/facts/registry.ts';
import { Gate } from './gate.tsx';
import { interlocksAt, logSession, planGate, planItem } from './session-data.ts';
import { creamEvent } from './session-events.ts';
import { spokenDuration, useNow } from './use-now.ts';
import { Why } from './why.tsx';

const NAMES: Record<CreamIngredient, { name: string; facts: FactId[] }> = {
  menthol: { name: 'Menthol (cooling gel or rub)', facts: ['CR-MENTHOL', 'CR-BURN'] },
  capsaicin: { name: 'Capsaicin (chilli cream)', facts: ['CR-CAPSAICIN', 'CR-BURN'] },
  methyl_salicylate: { name: 'Methyl salicylate (deep-heat type rub)', facts: ['CR-SALICYLATE', 'CR-BURN'] },
};

function planIngredients(): Set<string> | null {
  const v = planItem('cream')?.limits.ingredients;
  return Array.isArray(v) ? new Set(v.filter((x): x is string => typeof x === 'string')) : null;
}

/** The cream page. */
export function CreamLog() {
  const now = useNow(true, 5000);
  const [choice, setChoice] = useState<CreamIngredient | null>(null);
  const [loggedAt, setLoggedAt] = useState<number | null>(null);
  const closed = planGate('cream');
  const locks = interlocksAt(now);
  const fromPlan = planIngredients();
  const why = (i: CreamIngredient): string | null => {
    if (fromPlan && !fromPlan.has(i)) return 'Not for you: see today’s plan.';
    const s = locks.creams[i];
    if (!s.availableAt) return null;
    const until = Date.parse(s.availableAt);
    const when = `from ${new Date(until).toLocaleTimeString([], { timeStyle: 'short' })}`;
    return s.reason === 'heat_on'
      ? `Not while heat is on: ${when}.`
      : `${s.usedLast24h} of ${s.maxPer24h} today: ${when}.`;
  };
  const heatUntil = locks.heat.availableAt ? Date.parse(locks.heat.availableAt) : null;

  return (
    <section class="session" aria-labelledby="session-title">
      <h1 id="session-title">Pain-relief cream</h1>
      <div class="lead">
        Rub a thin layer onto unbroken skin. Never bandage it tightly or put heat on top.{' '}
        <Why facts={['CR-BURN']} />
      </div>
      {closed ? (
        closed.state !== 'open' && <Gate gate={closed} now={now} />
      ) : (
        <fieldset class="checklist">
          <legend>Which cream?</legend>
          {CREAM_INGREDIENTS.map((i) => {
            const blocked = why(i);
            return (
              <div class="check" key={i}>
                <label class="choice">
                  <input
                    type="radio"
                    name="cream"
                    value={i}
                    data-ingredient={i}
                    disabled={blocked !== null}
                    checked={choice === i}
                    onChange={() => setChoice(i)}
                  />
                  <span>
                    {NAMES[i].name}
                    {blocked && <span class="sub"> · {blocked}</span>}
                  </span>
                </label>
                <Why facts={NAMES[i].facts} />
              </div>
            );
          })}
          <button
            type="button"
            class="btn btn-block"
            disabled={choice === null || why(choice) !== null}
            onClick={() => {
              if (!choice) return;
              const at = Date.now();
              logSession(creamEvent(choice, at));
              setLoggedAt(at);
              setChoice(null);
            }}
          >
            Log this cream
          </button>
        </fieldset>
      )}
      {loggedAt !== null && (
        <p class="note done" role="status">
          Logged at {new Date(loggedAt).toLocaleTimeString([], { timeStyle: 'short' })}.
        </p>
      )}
      {heatUntil !== null && (
        <div class="note warn" role="status" data-heat-locked>
          <p class="big-text">
            No heat until {new Date(heatUntil).toLocaleTimeString([], { timeStyle: 'short' })}
          </p>
          <div>
            Heat on top of a cream can burn, so heat is off for {locks.heat.lockoutHours} hours (
            {spokenDuration(heatUntil - now)} left). <Why facts={['CR-BURN', 'CR-CAPSAICIN']} />
          </div>
        </div>
      )}
    </section>
  );
}
