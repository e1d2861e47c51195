/** Small pieces shared by the booking screens: view switcher, step heading focus, visit time, status. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Booking } from './booking-api.ts';
import { dateTimeLabel, deviceTimeZone, otherZoneNote, timeLabel } from './time-format.ts';

/** A row of view buttons (aria-pressed), like the diary's range switch. */
export function Views<V extends string>(props: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (v: V) => void;
}) {
  return (
    <fieldset class="bk-views">
      <legend class="sr-only">{props.label}</legend>
      {props.options.map(([v, text]) => (
        <button
          key={v}
          type="button"
          aria-pressed={props.value === v}
          data-view={v}
          onClick={() => props.onChange(v)}
        >
          {text}
        </button>
      ))}
    </fieldset>
  );
}

/** A step's heading that takes focus when the step appears, so screen readers announce the new step. */
export function StepHeading({ children, id }: { children: ComponentChildren; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const h = ref.current;
    if (!h) return;
    h.tabIndex = -1;
    h.focus({ preventScroll: true });
    h.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <h2 ref={ref} id={id}>
      {children}
    </h2>
  );
}

/** A visit's date and time in the viewer's zone, with the therapist's wall clock when it differs. */
export function VisitTime({
  booking,
  zone,
}: {
  booking: Pick<Booking, 'start' | 'end' | 'timeZone'>;
  zone?: string;
}) {
  const mine = zone ?? deviceTimeZone();
  const other = otherZoneNote(booking.start, mine, booking.timeZone);
  return (
    <p class="bk-when">
      <strong>{dateTimeLabel(booking.start, mine)}</strong> to {timeLabel(booking.end, mine)}
      {other ? <span class="muted"> ({other})</span> : null}
    </p>
  );
}

/** "Confirmed", "Completed" or "Cancelled by you / by the therapist / by the client". */
export function StatusBadge({ booking, viewer }: { booking: Booking; viewer: 'client' | 'therapist' }) {
  if (booking.status === 'confirmed') return <span class="badge bk-ok">Confirmed</span>;
  if (booking.status === 'completed') return <span class="badge bk-ok">Completed</span>;
  const by =
    booking.cancelledBy === viewer
      ? 'by you'
      : booking.cancelledBy === 'therapist'
        ? 'by the therapist'
        : 'by the client';
  return <span class="badge">Cancelled {by}</span>;
}

/** An error line read out at once. */
export function Problem({ children }: { children: ComponentChildren }) {
  return (
    <p class="error" role="alert">
      {children}
    </p>
  );
}
