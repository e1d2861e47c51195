import { useEffect, useState } from 'preact/hooks';
import { VisitTime } from './bits.tsx';
import { type Booking, myBookings, therapistProfile } from './booking-api.ts';
import { CancelVisit } from './cancel-form.tsx';
import { CalendarFeed } from './messages.tsx';
import { AddToCalendar, ListNotes, useFocusedNote, VisitCard } from './visit-card.tsx';

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
  const { note, setNote, noteRef } = useFocusedNote();

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
      <ListNotes note={note} noteRef={noteRef} error={error} loading={list === null} />
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
          <VisitCard
            key={b.id}
            booking={b}
            viewer="client"
            heading="h3"
            title={`${b.therapistName}, ${b.minutes} min`}
          >
            <VisitTime booking={b} />
            <p class="small">
              {b.address}, {b.postcode}
            </p>
            <AddToCalendar booking={b} />
            <CancelVisit
              booking={b}
              cancelFreeHours={hours[b.therapistId] ?? null}
              other="the therapist"
              onCancelled={cancelled}
            />
          </VisitCard>
        ))}
      </ul>
      {rest.length > 0 ? (
        <>
          <h3>Earlier and cancelled</h3>
          <ul class="bk-list">
            {rest.map((b) => (
              <VisitCard
                key={b.id}
                booking={b}
                viewer="client"
                heading="h4"
                title={`${b.therapistName}, ${b.minutes} min`}
                past
              >
                <VisitTime booking={b} />
                {b.status === 'cancelled' && b.cancelReason ? (
                  <p class="small">Reason: {b.cancelReason}</p>
                ) : null}
                {b.status === 'cancelled' && b.cancelLate ? <p class="small">Cancelled late.</p> : null}
              </VisitCard>
            ))}
          </ul>
        </>
      ) : null}
      <CalendarFeed />
    </section>
  );
}
