/**
 * Editing one diary entry: its time and its main value, within the same limits the sessions use (a cold or
 * heat entry cannot say more than 20 minutes: CO-20, and may be a fraction of a minute; a hold 10-60 s:
 * ST-HOLD; a dose up to 800 mg, above 400 mg recorded as prescribed: IB-RX).
 */
import { useState } from 'preact/hooks';
import { CREAM_INGREDIENTS } from '../../domain/contract/ids.ts';
import { MAX_LOGGABLE_DOSE_MG, needsPrescriber } from '../../domain/session/dose.ts';
import { MAX_HOLD_SECONDS, MIN_HOLD_SECONDS } from '../../domain/session/hold-plan.ts';
import { MAX_ACTIVITY_MINUTES, MAX_COLD_HEAT_MINUTES } from '../../domain/session/timer.ts';
import type { LocalEvent } from '../lib/events.ts';

/** `YYYY-MM-DDTHH:MM` in local time for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

interface NumberField {
  key: string;
  label: string;
  min: number;
  max: number;
  step?: number | 'any';
}

function numberField(e: LocalEvent): NumberField | null {
  switch (e.kind) {
    case 'pain':
      return { key: 'score', label: 'Pain (0-10)', min: 0, max: 10 };
    case 'cold':
    case 'heat':
      return { key: 'minutes', label: 'Minutes', min: 0, max: MAX_COLD_HEAT_MINUTES, step: 'any' };
    case 'exercise':
      return { key: 'minutes', label: 'Minutes', min: 1, max: MAX_ACTIVITY_MINUTES };
    case 'stretch':
      return { key: 'holdSeconds', label: 'Hold (seconds)', min: MIN_HOLD_SECONDS, max: MAX_HOLD_SECONDS };
    case 'water':
      return { key: 'ml', label: 'Millilitres', min: 50, max: 1000, step: 50 };
    case 'ibuprofen':
      return { key: 'mg', label: 'Dose (mg)', min: 100, max: MAX_LOGGABLE_DOSE_MG, step: 100 };
    default:
      return null;
  }
}

/** The inline edit form. `onSave` gets only the changed fields. */
export function EntryEditor(props: {
  event: LocalEvent;
  onSave: (patch: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const e = props.event;
  const field = numberField(e);
  const record = e as unknown as Record<string, unknown>;
  const [at, setAt] = useState(toLocalInput(e.at));
  const [value, setValue] = useState(field ? String(record[field.key] ?? '') : '');
  const [text, setText] = useState(e.kind === 'note' ? e.text : e.kind === 'cream' ? e.ingredient : '');
  const id = `edit-${e.localId}`;
  const num = Number(value);
  const valid =
    at !== '' && (!field || (value !== '' && Number.isFinite(num) && num >= field.min && num <= field.max));

  const save = (ev: Event): void => {
    ev.preventDefault();
    if (!valid) return;
    const patch: Record<string, unknown> = {};
    const newAt = new Date(at).toISOString();
    if (toLocalInput(newAt) !== toLocalInput(e.at)) patch.at = newAt;
    if (field && num !== record[field.key]) patch[field.key] = num;
    // IB-RX: a dose above the label is on record as a prescriber's (the hint under the field says so).
    if (e.kind === 'ibuprofen' && num !== e.mg) patch.prescribed = needsPrescriber(num);
    if (e.kind === 'note' && text !== e.text) patch.text = text;
    if (e.kind === 'cream' && text !== e.ingredient) patch.ingredient = text;
    props.onSave(patch);
  };

  return (
    <form class="editor" onSubmit={save} data-editor>
      <label for={`${id}-at`}>When</label>
      <input
        id={`${id}-at`}
        type="datetime-local"
        value={at}
        onInput={(ev) => setAt(ev.currentTarget.value)}
      />
      {field && (
        <>
          <label for={`${id}-value`}>{field.label}</label>
          <input
            id={`${id}-value`}
            type="number"
            inputMode="numeric"
            min={field.min}
            max={field.max}
            step={field.step ?? 1}
            value={value}
            data-edit-value
            onInput={(ev) => setValue(ev.currentTarget.value)}
          />
          {!valid && value !== '' && (
            <p class="hint">
              Between {field.min} and {field.max}.
            </p>
          )}
          {e.kind === 'ibuprofen' && valid && needsPrescriber(num) && (
            <p class="hint">More than 400 mg at a time is saved as a dose your prescriber set.</p>
          )}
        </>
      )}
      {e.kind === 'note' && (
        <>
          <label for={`${id}-text`}>Note</label>
          <textarea id={`${id}-text`} value={text} onInput={(ev) => setText(ev.currentTarget.value)} />
        </>
      )}
      {e.kind === 'cream' && (
        <>
          <label for={`${id}-cream`}>Cream</label>
          <select id={`${id}-cream`} value={text} onChange={(ev) => setText(ev.currentTarget.value)}>
            {CREAM_INGREDIENTS.map((i) => (
              <option key={i} value={i}>
                {i.replace('_', ' ')}
              </option>
            ))}
          </select>
        </>
      )}
      <div class="row">
        <button type="submit" class="btn" disabled={!valid}>
          Save
        </button>
        <button type="button" class="btn-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
