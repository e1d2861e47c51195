import type { ComponentChildren } from 'preact';
import type { ScheduleException } from './booking-api.ts';

/** One weekly range being edited. */
export interface RangeDraft {
  weekday: number;
  start: string;
  end: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A labelled time input. */
function Time(props: {
  id: string;
  label: string;
  /** Read before the visible label by screen readers, e.g. "Monday, range 1,". */
  context?: string | undefined;
  value: string;
  error?: string | undefined;
  onInput: (v: string) => void;
}) {
  return (
    <div class="bk-time">
      <label for={props.id}>
        {props.context ? <span class="sr-only">{props.context} </span> : null}
        {props.label}
      </label>
      <input
        id={props.id}
        type="time"
        step={300}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** The "From" and "To" inputs of one range, sharing its error state; ids are `<idPrefix>-start` and `-end`. */
function FromTo(props: {
  idPrefix: string;
  context?: string | undefined;
  start: string;
  end: string;
  error: string | undefined;
  onStart: (v: string) => void;
  onEnd: (v: string) => void;
}) {
  const { idPrefix, context, error } = props;
  return (
    <>
      <Time
        id={`${idPrefix}-start`}
        context={context}
        label="From"
        value={props.start}
        error={error}
        onInput={props.onStart}
      />
      <Time
        id={`${idPrefix}-end`}
        context={context}
        label="To"
        value={props.end}
        error={error}
        onInput={props.onEnd}
      />
    </>
  );
}

/** A range's problem, shown under its row. */
function RangeProblem({ error }: { error: string | undefined }) {
  return error ? <p class="error bk-range-error">{error}</p> : null;
}

/** `list` with item `i` changed by `patch`. */
function patchAt<T>(list: T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

/** The frame of one part of the hours editor: a fieldset (marked `data-<kind>`) with its legend and a hint. */
function HoursGroup(props: {
  kind: 'weekly' | 'exceptions';
  legend: string;
  intro: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <fieldset class="bare bk-hours" {...{ [`data-${props.kind}`]: true }}>
      <legend class="bk-legend">{props.legend}</legend>
      <p class="small muted">{props.intro}</p>
      {props.children}
    </fieldset>
  );
}

/**
 * Weekly hours: each day may have several ranges (e.g. 08:00-12:30 and 13:30-20:00), in the therapist's own
 * time zone, so 09:00 stays 09:00 across daylight-saving changes.
 */
export function WeeklyHours(props: {
  ranges: RangeDraft[];
  onChange: (r: RangeDraft[]) => void;
  errorAt: (index: number) => string | undefined;
}) {
  const { ranges, onChange } = props;
  const update = (i: number, patch: Partial<RangeDraft>) => onChange(patchAt(ranges, i, patch));
  return (
    <HoursGroup
      kind="weekly"
      legend="Weekly hours"
      intro="Add one or more ranges for each day you work. Leave a day empty for a day off."
    >
      {WEEKDAYS.map((name, d) => {
        const weekday = d + 1;
        const mine = ranges.map((r, i) => [r, i] as const).filter(([r]) => r.weekday === weekday);
        return (
          <div class="bk-weekday" key={name} data-weekday={weekday}>
            <h4>{name}</h4>
            {mine.length === 0 ? <p class="small muted">Not working</p> : null}
            {mine.map(([r, i], n) => {
              const error = props.errorAt(i);
              return (
                <div class="bk-range" key={i}>
                  <FromTo
                    idPrefix={`h-${i}`}
                    context={`${name}, hours ${n + 1},`}
                    start={r.start}
                    end={r.end}
                    error={error}
                    onStart={(v) => update(i, { start: v })}
                    onEnd={(v) => update(i, { end: v })}
                  />
                  <button
                    type="button"
                    class="btn-secondary bk-remove"
                    onClick={() => onChange(ranges.filter((_, j) => j !== i))}
                    aria-label={`Remove ${name} ${r.start} to ${r.end}`}
                    title="Remove"
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                  <RangeProblem error={error} />
                </div>
              );
            })}
            <button
              type="button"
              class="btn-text"
              onClick={() => {
                const last = mine[mine.length - 1]?.[0];
                const start = last ? last.end : '09:00';
                onChange([...ranges, { weekday, start, end: last ? '20:00' : '17:00' }]);
              }}
              data-add-range={weekday}
            >
              Add hours<span class="sr-only"> on {name}</span>
            </button>
          </div>
        );
      })}
    </HoursGroup>
  );
}

/** Dated exceptions: days (or hours) off, and extra hours on a date. */
export function Exceptions(props: {
  items: ScheduleException[];
  onChange: (x: ScheduleException[]) => void;
  errorAt: (index: number) => string | undefined;
}) {
  const { items, onChange } = props;
  const update = (i: number, patch: Partial<ScheduleException>) => onChange(patchAt(items, i, patch));
  return (
    <HoursGroup
      kind="exceptions"
      legend="Days off and extra hours"
      intro="For a holiday leave the times empty: the whole day is off."
    >
      {items.map((x, i) => {
        const error = props.errorAt(i);
        return (
          <div class="bk-exception" key={i}>
            <div class="bk-time">
              <label for={`x-${i}-date`}>Date</label>
              <input
                id={`x-${i}-date`}
                type="date"
                value={x.date}
                onInput={(e) => update(i, { date: e.currentTarget.value })}
              />
            </div>
            <div class="bk-time">
              <label for={`x-${i}-kind`}>What</label>
              <select
                id={`x-${i}-kind`}
                value={x.kind}
                onChange={(e) => update(i, { kind: e.currentTarget.value === 'extra' ? 'extra' : 'off' })}
              >
                <option value="off">Off</option>
                <option value="extra">Extra hours</option>
              </select>
            </div>
            <FromTo
              idPrefix={`x-${i}`}
              start={x.start ?? ''}
              end={x.end ?? ''}
              error={error}
              onStart={(v) => update(i, { start: v || null })}
              onEnd={(v) => update(i, { end: v || null })}
            />
            <button type="button" class="btn-text" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              Remove<span class="sr-only"> {x.date}</span>
            </button>
            <RangeProblem error={error} />
          </div>
        );
      })}
      <button
        type="button"
        class="btn-text"
        onClick={() =>
          onChange([
            ...items,
            { date: new Date().toISOString().slice(0, 10), kind: 'off', start: null, end: null },
          ])
        }
      >
        Add a day off or extra hours
      </button>
    </HoursGroup>
  );
}
