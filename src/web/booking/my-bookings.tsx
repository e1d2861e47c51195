import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusBadge, VisitTime } from './bits.tsx';
import { type Booking, icsHref, myBookings, therapistProfile } from './booking-api.ts';
import { CancelVisit } from './cancel-form.tsx';
import { CalendarFeed } from './messages.tsx';

/** Cancellation cutoffs by therapist, fetched once per page view. */
async function cutoffs(list: Booking[]): Promise<Record<string, number>> {
  const ids = [...new Set(list.map((b) => b.therapistId))];
  const entries = await Promise.all(
    ids.map((id) =>
      therapistProfile(id).then(
        (p) => [id, p.cancelFreeHours] as const,
        () => [id, 24] as const,
      ),
    ),
  );
  return Object.fromEntries(entries);
}

/** A client's visits: upcoming first with calendar and cancel, then earlier and cancelled ones. */
export function MyBookings({ onBook }: { onBook: () => void }) {
  const [list, setList] = useState<Booking[] | null>(null);
  const [hours, setHours] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // After a cancel the form is gone: focus goes to the note saying what happened, not to the page's top.
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);

  useEffect(() => {
    myBookings().then(
      async (l) => {
        setList(l);
        setHours(await cutoffs(l));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : 'Your bookings could not load.'),
    );
  }, []);

  const now = Date.now();
  const upcoming = (list ?? []).filter((b) => b.status === 'confirmed' && Date.parse(b.end) > now);
  const rest = (list ?? []).filter((b) => !upcoming.includes(b)).reverse();

  function cancelled(b: Booking) {
    setList((l) => (l ?? []).map((x) => (x.id === b.id ? b : x)));
    setNote(`Your visit with ${b.therapistName} is cancelled. The time is free for others again.`);
  }

  return (
    <section aria-labelledby="mine-title" data-section="my-bookings">
      <h2 id="mine-title">My visits</h2>
      <p role="status" class="bk-note" tabIndex={-1} ref={noteRef}>
        {note ?? ''}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {list === null && !error ? <p class="muted">Loading…</p> : null}
      {list !== null && upcoming.length === 0 ? (
        <div class="card">
          <p>You have no visits coming up.</p>
          <button type="button" class="btn" onClick={onBook}>
            Book a visit
          </button>
        </div>
      ) : null}
      <ul class="bk-list">
        {upcoming.map((b) => (
          <li key={b.id} class="card" data-booking={b.id} data-status={b.status}>
            <div class="bk-head">
              <h3>
                {b.therapistName}, {b.minutes} min
              </h3>
              <StatusBadge booking={b} viewer="client" />
            </div>
            <VisitTime booking={b} />
            <p class="small">
              {b.address}, {b.postcode}
            </p>
            <div class="row">
              <a class="btn-secondary" href={icsHref(b.id)} download="unknot-visit.ics">
                Add to calendar
              </a>
            </div>
            <CancelVisit
              booking={b}
              cancelFreeHours={hours[b.therapistId] ?? null}
              other="the therapist"
              onCancelled={cancelled}
            />
          </li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <>
          <h3>Earlier and cancelled</h3>
          <ul class="bk-list">
            {rest.map((b) => (
              <li key={b.id} class="card bk-past" data-booking={b.id} data-status={b.status}>
                <div class="bk-head">
                  <h4>
                    {b.therapistName}, {b.minutes} min
                  </h4>
                  <StatusBadge booking={b} viewer="client" />
                </div>
                <VisitTime booking={b} />
                {b.status === 'cancelled' && b.cancelReason ? (
                  <p class="small">Reason: {b.cancelReason}</p>
                ) : null}
                {b.status === 'cancelled' && b.cancelLate ? <p class="small">Cancelled late.</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <CalendarFeed />
    </section>
  );
}
