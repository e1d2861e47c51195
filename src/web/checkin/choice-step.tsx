import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * One screen of the check-in: the question is the page's h1; `data-step` lets tests find it. Each new step
 * moves keyboard focus to its heading and scrolls to the top, so a screen reader announces the new question.
 */
export function Screen(props: {
  id: string;
  title: string;
  hint?: string;
  /** How far along, 0-1 (the flow is adaptive, so this is an estimate). */
  progress: number;
  children: ComponentChildren;
  onBack?: (() => void) | undefined;
  next?: { label: string; onClick: () => void; disabled?: boolean };
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [props.id]);
  const pct = Math.round(props.progress * 100);
  return (
    <section class="screen-in" data-step={props.id} aria-labelledby={`q-${props.id}`}>
      <div
        class="progress"
        role="progressbar"
        aria-label="Check-in progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`About ${pct}% done`}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <h1 id={`q-${props.id}`} ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.hint ? <p class="muted">{props.hint}</p> : null}
      {props.children}
      <div class="step-nav">
        {props.onBack ? (
          <button type="button" class="btn-secondary" onClick={props.onBack}>
            Back
          </button>
        ) : (
          <span />
        )}
        {props.next ? (
          <button
            type="button"
            class="btn"
            data-next
            onClick={props.next.onClick}
            disabled={props.next.disabled}
          >
            {props.next.label}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** A list of large answer buttons; one tap answers and moves on. */
export function Choices<T extends string>(props: {
  options: readonly { value: T; label: string; detail?: string }[];
  selected: T | undefined;
  onPick: (value: T) => void;
  label: string;
}) {
  return (
    <ul class="choices" aria-label={props.label}>
      {props.options.map((o) => (
        <li key={o.value}>
          <button
            type="button"
            class="choice"
            data-value={o.value}
            aria-pressed={props.selected === o.value}
            onClick={() => props.onPick(o.value)}
          >
            <span>
              {o.label}
              {o.detail ? (
                <>
                  <br />
                  <span class="small muted">{o.detail}</span>
                </>
              ) : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Pain 0-10 as eleven large buttons (numeric rating scale). A screen with more than one question names it
 * with a visible `legend` (the follow-up's "Pain now", "Soreness") and says what its ends mean.
 */
export function PainScale(props: {
  selected: number | undefined;
  onPick: (n: number) => void;
  legend?: string;
  ends?: readonly [string, string];
}) {
  return (
    <>
      <fieldset class="bare">
        <legend class={props.legend ? 'scale-legend' : 'sr-only'}>
          {props.legend ?? 'Pain from 0 to 10'}
        </legend>
        <div class="pain-grid">
          {Array.from({ length: 11 }, (_, n) => (
            <button
              type="button"
              key={n}
              data-value={String(n)}
              aria-pressed={props.selected === n}
              aria-label={`${n} out of 10`}
              onClick={() => props.onPick(n)}
            >
              {n}
            </button>
          ))}
        </div>
      </fieldset>
      <p class="scale-ends muted" aria-hidden="true">
        <span>{props.ends?.[0] ?? '0: no pain'}</span>
        <span>{props.ends?.[1] ?? '10: worst imaginable'}</span>
      </p>
    </>
  );
}

/**
 * Yes/no rows as large checkboxes with one big button under them: "None of these" while nothing is ticked,
 * "Next" once something is. `data-none` / `data-next` let tests find it.
 */
export function TickRows<T extends string>(props: {
  label: string;
  rows: readonly { value: T; label: string; hint?: string | undefined }[];
  ticked: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  onDone: () => void;
}) {
  const any = props.ticked.length > 0;
  return (
    <>
      <ul class="choices" aria-label={props.label}>
        {props.rows.map((r) => (
          <li key={r.value}>
            <label class="choice">
              <input
                type="checkbox"
                data-value={r.value}
                checked={props.ticked.includes(r.value)}
                onChange={(e) => props.onToggle(r.value, e.currentTarget.checked)}
              />
              <span>
                {r.label}
                {r.hint ? (
                  <>
                    <br />
                    <span class="small muted">{r.hint}</span>
                  </>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="btn btn-block"
        data-none={any ? undefined : ''}
        data-next={any ? '' : undefined}
        onClick={props.onDone}
      >
        {any ? 'Next' : 'None of these'}
      </button>
    </>
  );
}
