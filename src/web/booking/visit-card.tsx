/** Pieces shared by the therapist's agenda and the client's visit list: the card, its head, the list's notes. */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusBadge } from './bits.tsx';
import { type Booking, icsHref } from './booking-api.ts';
import { dueFollowUp, followUpTitle, visitStage } from './visit-status.ts';

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
  /** Replaces the status badge (e.g. "In progress" for a visit that has started). */
  badge?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const { booking: b, heading: Heading } = props;
  return (
    <li class={props.past ? 'card bk-past' : 'card'} data-booking={b.id} data-status={b.status}>
      <div class="bk-head">
        <Heading>{props.title}</Heading>
        {props.badge ?? <StatusBadge booking={b} viewer={props.viewer} />}
      </div>
      {props.children}
    </li>
  );
}

/**
 * A finished visit on the client's card: "Follow-up due" first and loud while one is open, the way to the
 * aftercare page, and the rating once given. Started but not completed visits get "In progress" as badge.
 */
export function AftercareLinks({ booking: b, nowMs }: { booking: Booking; nowMs: number }) {
  if (visitStage(b, nowMs) !== 'completed') return null;
  const due = dueFollowUp(b.followUps, nowMs);
  return (
    <div class="bk-aftercare">
      {due ? (
        <p class="bk-due" data-follow-up-due={due.hours}>
          <strong>Follow-up due</strong>
          <span>
            {' '}
            · the {followUpTitle(due.hours)} is open: three short questions about how your back is now.
          </span>
        </p>
      ) : null}
      {b.review ? <p class="small">You rated this visit {b.review.stars} of 5.</p> : null}
      <a
        class={due ? 'btn btn-block' : 'btn-secondary'}
        href={`#/aftercare/${encodeURIComponent(b.id)}`}
        data-aftercare-link
      >
        Aftercare and follow-ups
      </a>
    </div>
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
