import { useState } from 'preact/hooks';
import type { CreamIngredient } from '../../domain/contract/ids.ts';
import { nowMs } from '../lib/clock.ts';
import type { LocalEvent, NewEvent } from '../lib/events.ts';
import { logEvent } from '../lib/outbox.ts';
import { events } from '../lib/store.ts';

type Kind = 'ibuprofen' | 'cream' | 'cold' | 'heat';

const KIND_LABEL: Record<Kind, string> = {
  ibuprofen: 'Ibuprofen',
  cream: 'A pain-relief cream or gel',
  cold: 'A cold pack',
  heat: 'Heat (hot water bottle, heat pad)',
};

const INGREDIENTS: readonly { value: CreamIngredient; label: string }[] = [
  { value: 'menthol', label: 'Menthol (a cooling gel)' },
  { value: 'capsaicin', label: 'Capsaicin (a chilli cream)' },
  { value: 'methyl_salicylate', label: 'Methyl salicylate (a "deep heat" rub)' },
];

const WHEN: readonly { hours: number; label: string }[] = [
  { hours: 0, label: 'Just now' },
  { hours: 1, label: 'About 1 hour ago' },
  { hours: 2, label: 'About 2 hours ago' },
  { hours: 4, label: 'About 4 hours ago' },
  { hours: 7, label: 'Earlier today' },
];

/** A one-line description of a logged event, for the "already done today" list. */
export function describeEvent(e: LocalEvent): string {
  const time = new Date(e.at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  switch (e.kind) {
    case 'ibuprofen':
      return `${time}: ibuprofen ${e.mg} mg`;
    case 'cream':
      return `${time}: ${e.ingredient.replace('_', ' ')} cream`;
    case 'cold':
      return `${time}: cold pack, ${e.minutes} min`;
    case 'heat':
      return `${time}: heat, ${e.minutes} min`;
    case 'stretch':
      return `${time}: stretches`;
    case 'exercise':
      return `${time}: ${e.activity}, ${e.minutes} min`;
    case 'water':
      return `${time}: water, ${e.ml} ml`;
    default:
      return `${time}: ${e.kind}`;
  }
}

function isToday(iso: string): boolean {
  return new Date(iso).toDateString() === new Date(nowMs()).toDateString();
}

/**
 * "What have you already done today?": the day's log from this device, and a quick way to add what is
 * missing, so the plan's interlocks (IB-DOSE, CR-BURN, CO-20) count it.
 */
export function TodayLog() {
  const [kind, setKind] = useState<Kind | null>(null);
  const [mg, setMg] = useState(200);
  const [ingredient, setIngredient] = useState<CreamIngredient>('menthol');
  const [minutes, setMinutes] = useState(15);
  const [hours, setHours] = useState(0);
  const done = events.value.filter((e) => isToday(e.at));

  function add() {
    if (!kind) return;
    const at = new Date(nowMs() - hours * 3600_000).toISOString();
    const event: NewEvent =
      kind === 'ibuprofen'
        ? { kind, at, mg }
        : kind === 'cream'
          ? { kind, at, ingredient }
          : { kind, at, minutes };
    logEvent(event);
    setKind(null);
  }

  return (
    <div>
      <h2>Logged today</h2>
      {done.length === 0 ? (
        <p class="muted">Nothing yet.</p>
      ) : (
        <ul>
          {done.map((e) => (
            <li key={e.localId}>{describeEvent(e)}</li>
          ))}
        </ul>
      )}
      {kind === null ? (
        <>
          <h2>Add something you did</h2>
          <ul class="choices">
            {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
              <li key={k}>
                <button type="button" class="choice" onClick={() => setKind(k)}>
                  + {KIND_LABEL[k]}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div class="card">
          <h2>{KIND_LABEL[kind]}</h2>
          {kind === 'ibuprofen' ? (
            <label class="field">
              <span>How much?</span>
              <select value={mg} onChange={(e) => setMg(Number(e.currentTarget.value))}>
                <option value={200}>200 mg (one tablet)</option>
                <option value={400}>400 mg (two tablets)</option>
              </select>
            </label>
          ) : null}
          {kind === 'cream' ? (
            <label class="field">
              <span>Which one?</span>
              <select
                value={ingredient}
                onChange={(e) => setIngredient(e.currentTarget.value as CreamIngredient)}
              >
                {INGREDIENTS.map((i) => (
                  <option key={i.value} value={i.value}>
                    {i.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {kind === 'cold' || kind === 'heat' ? (
            <label class="field">
              <span>For how long?</span>
              <select value={minutes} onChange={(e) => setMinutes(Number(e.currentTarget.value))}>
                {[5, 10, 15, 20].map((m) => (
                  <option key={m} value={m}>
                    {m} minutes
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label class="field">
            <span>When?</span>
            <select value={hours} onChange={(e) => setHours(Number(e.currentTarget.value))}>
              {WHEN.map((w) => (
                <option key={w.hours} value={w.hours}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
          <div class="row">
            <button type="button" class="btn" onClick={add}>
              Add
            </button>
            <button type="button" class="btn-secondary" onClick={() => setKind(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
