/** Pieces shared by the therapist's agenda and the client's visit list: the card, its head, the list's notes. */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusBadge } from './bits.tsx';
import { type Booking, icsHref } from './booking-api.ts';

/**
 * One visit as a list item: the heading (its level fits the list it is in) with the status badge, then the
 * body the viewer needs. `past` dims an earlier or cancelled visit.
 */
export function VisitCard(props: {
  booking: Booking;
  viewer: 'client' | 'therapist';
  heading: 'h3' | 'h4';
  title: ComponentChildren;
  past?: boolean;
  children?: ComponentChildren;
}) {
  const { booking: b, heading: Heading } = props;
  return (
    <li class={props.past ? 'card bk-past' : 'card'} data-booking={b.id} data-status={b.status}>
      <div class="bk-head">
        <Heading>{props.title}</Heading>
        <StatusBadge booking={b} viewer={props.viewer} />
      </div>
      {props.children}
    </li>
  );
}

/** The visit's calendar file, as a secondary button. */
export function AddToCalendar({ booking }: { booking: Booking }) {
  return (
    <div class="row">
      <a class="btn-secondary" href={icsHref(booking.id)} download="unknot-visit.ics">
        Add to calendar
      </a>
    </div>
  );
}

/**
 * A note about what just happened (e.g. a cancel). After a cancel the form is gone: focus goes to the note
 * saying what happened, not to the page's top.
 */
export function useFocusedNote(): {
  note: string | null;
  setNote: (n: string) => void;
  noteRef: RefObject<HTMLParagraphElement>;
} {
  const [note, setNote] = useState<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);
  return { note, setNote, noteRef };
}

/** The list's live note, its load error and "Loading…", in that order, above the visits. */
export function ListNotes(props: {
  note: string | null;
  noteRef: RefObject<HTMLParagraphElement>;
  error: string | null;
  loading: boolean;
}) {
  return (
    <>
      <p role="status" class="bk-note" tabIndex={-1} ref={props.noteRef}>
        {props.note ?? ''}
      </p>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.loading && !props.error ? <p class="muted">Loading…</p> : null}
    </>
  );
}
