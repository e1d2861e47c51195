import { useState } from 'preact/hooks';
import { PRESSURE_IDS, PRESSURE_LABELS } from '../lib/visit-labels.ts';
import { StepHeading } from './bits.tsx';
import { country, type IntakeDraft, intake, step, therapist } from './flow-state.ts';
import { intakeProblems } from './intake-body.ts';
import { addressCountry, pickerFormat } from './postcode-format.ts';

type Key = keyof IntakeDraft;

function set<K extends Key>(key: K, value: IntakeDraft[K]): void {
  intake.value = { ...intake.value, [key]: value };
}

function Text(props: {
  name: Key;
  label: string;
  hint?: string;
  error?: string | undefined;
  multiline?: boolean;
  autoComplete?: string;
  type?: 'text' | 'tel';
}) {
  const value = String(intake.value[props.name]);
  const ids = [props.hint ? `${props.name}-hint` : '', props.error ? `${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: `in-${props.name}`,
    name: props.name,
    value,
    autoComplete: props.autoComplete ?? 'off',
    ...(props.type === 'tel' ? { type: 'tel', inputMode: 'tel' as const } : {}),
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': ids || undefined,
    onInput: (e: Event) => set(props.name, (e.currentTarget as HTMLInputElement).value as never),
  };
  return (
    <div class="field">
      <label for={`in-${props.name}`}>
        <span>{props.label}</span>
      </label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
      {props.hint ? (
        <small id={`${props.name}-hint`} class="muted">
          {props.hint}
        </small>
      ) : null}
      {props.error ? (
        <p class="error" id={`${props.name}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function Choice<K extends 'pressure' | 'spasmBefore' | 'table'>(props: {
  name: K;
  legend: string;
  options: readonly (readonly [IntakeDraft[K], string])[];
}) {
  return (
    <fieldset class="bare bk-choice">
      <legend class="bk-legend">{props.legend}</legend>
      <div class="bk-pills">
        {props.options.map(([v, label]) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name={props.name}
              value={v}
              checked={intake.value[props.name] === v}
              onChange={() => set(props.name, v)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Step 3: what the therapist should know, and where to come. */
export function DetailsStep() {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const d = intake.value;
  const where = addressCountry(therapist.value?.country, country.value);

  function next(e: Event) {
    e.preventDefault();
    const found = intakeProblems(d, where);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`in-${first}`)?.focus();
      return;
    }
    step.value = 'review';
  }

  return (
    <form aria-labelledby="details-title" data-step-book="details" onSubmit={next} noValidate>
      <StepHeading id="details-title">About you and your home</StepHeading>
      <p class="muted">Your therapist reads this before the visit. Only the address is needed.</p>

      <div class="card">
        <h3>Your back</h3>
        <Choice
          name="pressure"
          legend="What pressure do you like?"
          options={PRESSURE_IDS.map((p) => [p, PRESSURE_LABELS[p]] as const)}
        />
        <Choice
          name="spasmBefore"
          legend="Has your back gone into spasm after a massage before?"
          options={[
            ['yes', 'Yes'],
            ['no', 'No'],
          ]}
        />
        <Text
          name="avoidAreas"
          label="Areas to avoid (optional)"
          hint="For example: lower back, left hip. Separate them with commas."
        />
        <label class="choice bk-consent">
          <input
            type="checkbox"
            name="historyConsent"
            checked={d.historyConsent}
            onChange={(e) => set('historyConsent', e.currentTarget.checked)}
            data-consent
          />
          I agree to share relevant health history with my therapist
        </label>
        {d.historyConsent || d.history ? (
          <Text
            name="history"
            label="Relevant health history"
            hint="For example: an operation on your back, a condition, or medicines that affect bleeding."
            error={problems.history}
            multiline
          />
        ) : null}
      </div>

      <div class="card">
        <h3>Your home</h3>
        <Text
          name="address"
          label="Address"
          autoComplete="street-address"
          error={problems.address}
          multiline
        />
        <Text
          name="postcode"
          label={where === 'OTHER' ? 'Postcode' : `Postcode (${pickerFormat(where).name})`}
          hint={`For example ${pickerFormat(where).example}.`}
          autoComplete="postal-code"
          error={problems.postcode}
        />
        <Text
          name="phone"
          label="Phone number for the visit (optional)"
          hint="Only your therapist sees it, to reach you on the day (for example if they cannot find the door)."
          autoComplete="tel"
          type="tel"
          error={problems.phone}
        />
        <Text
          name="parking"
          label="Parking (optional)"
          hint="For example: free on the street, or a permit bay."
        />
        <Text name="stairs" label="Stairs or a lift (optional)" hint="For example: third floor, no lift." />
        <Text name="pets" label="Pets (optional)" />
        <Choice
          name="table"
          legend="Is there room for a massage table (about 2 m by 1 m)?"
          options={[
            ['yes', 'Yes'],
            ['no', 'No'],
            ['unsure', 'Not sure'],
          ]}
        />
        <Text name="notes" label="Anything else for your therapist (optional)" multiline />
      </div>

      <div class="step-nav">
        <button type="button" class="btn-secondary" onClick={() => (step.value = 'slot')}>
          Back
        </button>
        <button type="submit" class="btn" data-continue>
          Continue
        </button>
      </div>
    </form>
  );
}
