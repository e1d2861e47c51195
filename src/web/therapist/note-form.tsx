/** The visit note: areas worked, pressure, techniques, observations and advice. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AREA_IDS, AREA_LABELS, NOTE_TERMS, PRESSURE_IDS, PRESSURE_LABELS } from '../lib/visit-labels.ts';
import type { VisitNote } from './therapist-api.ts';

const TERMS = NOTE_TERMS.therapist;
/** A short list to tick; the note accepts any short technique name, so earlier ones stay ticked too. */
const TECHNIQUES = ['Swedish', 'Deep tissue', 'Trigger point', 'Stretching', 'Myofascial release'];

/**
 * The completion form. `initial` reopens it with the saved note (a correction); the server keeps the earlier
 * text. Focus goes to the first box when it opens, so a keyboard or screen reader user lands in it.
 */
export function NoteForm(props: {
  id: string;
  initial?: VisitNote | undefined;
  saving: boolean;
  error: string | null;
  onSave: (note: VisitNote) => void;
  onCancel: () => void;
}) {
  const { id, initial } = props;
  const first = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);
  const techniques = [...TECHNIQUES, ...(initial?.techniques ?? []).filter((t) => !TECHNIQUES.includes(t))];

  function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const areas = form.getAll('area').map(String) as VisitNote['areas'];
    if (areas.length === 0) {
      setProblem('Tick at least one area worked.');
      return;
    }
    setProblem(null);
    const observations = String(form.get('observations') ?? '').trim();
    const advice = String(form.get('advice') ?? '').trim();
    props.onSave({
      areas,
      pressure: String(form.get('pressure')) as VisitNote['pressure'],
      techniques: form.getAll('technique').map(String),
      ...(observations ? { observations } : {}),
      ...(advice ? { advice } : {}),
    });
  }

  const error = problem ?? props.error;
  return (
    <form class="tp-note" onSubmit={submit} data-note-form>
      <fieldset class="bare bk-choice">
        <legend class="bk-legend">{TERMS.areas}</legend>
        <div class="bk-pills">
          {AREA_IDS.map((a, i) => (
            <label key={a} class="choice">
              <input
                ref={i === 0 ? first : undefined}
                type="checkbox"
                name="area"
                value={a}
                defaultChecked={initial?.areas.includes(a)}
              />
              {AREA_LABELS[a]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="bare bk-choice">
        <legend class="bk-legend">{TERMS.pressure}</legend>
        <div class="bk-pills">
          {PRESSURE_IDS.map((p) => (
            <label key={p} class="choice">
              <input
                type="radio"
                name="pressure"
                value={p}
                required
                defaultChecked={initial?.pressure === p}
              />
              {PRESSURE_LABELS[p]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="bare bk-choice">
        <legend class="bk-legend">{TERMS.techniques}</legend>
        <div class="bk-pills">
          {techniques.map((t) => (
            <label key={t} class="choice">
              <input
                type="checkbox"
                name="technique"
                value={t}
                defaultChecked={initial?.techniques.includes(t)}
              />
              {t}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-observations`}>
          <span>{TERMS.observations}</span>
        </label>
        <textarea
          id={`${id}-observations`}
          name="observations"
          rows={3}
          maxLength={2000}
          defaultValue={initial?.observations ?? ''}
        />
      </div>
      <div class="field">
        <label for={`${id}-advice`}>
          <span>{TERMS.advice}</span>
        </label>
        <textarea
          id={`${id}-advice`}
          name="advice"
          rows={3}
          maxLength={2000}
          defaultValue={initial?.advice ?? ''}
        />
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="btn" disabled={props.saving}>
          Save visit note
        </button>
        <button type="button" class="btn-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
