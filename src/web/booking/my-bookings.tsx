import { useEffect, useState } from 'preact/hooks';
import { VisitTime } from './bits.tsx';
import { type Booking, myBookings, type Price, therapistProfile } from './booking-api.ts';
import { CancelVisit } from './cancel-form.tsx';
import { CalendarFeed } from './messages.tsx';
import { formatMoney, lateFee, priceLabel } from './money.ts';
import { AddToCalendar, AftercareLinks, ListNotes, useFocusedNote, VisitCard } from './visit-card.tsx';
import { splitVisits } from './visit-lists.ts';
import { dueFollowUp, visitStage } from './visit-status.ts';

/** What the list needs from each therapist's profile: the cancellation cutoff and the prices. */
interface Terms {
  cancelFreeHours: number;
  prices: Price[] | undefined;
  lateCancelPercent: number | undefined;
}

/** Each therapist's terms, fetched once per page view. */
async function termsOf(list: Booking[]): Promise<Record<string, Terms>> {
  const ids = [...new Set(list.map((b) => b.therapistId))];
  const entries = await Promise.all(
    ids.map((id) =>
      therapistProfile(id).then(
        (p) =>
          [
            id,
            { cancelFreeHours: p.cancelFreeHours, prices: p.prices, lateCancelPercent: p.lateCancelPercent },
          ] as const,
        () => [id, { cancelFreeHours: 24, prices: undefined, lateCancelPercent: undefined }] as const,
      ),
    ),
  );
  return Object.fromEntries(entries);
}

/** What cancelling this visit late costs: the server's figure when it sends one, else worked out here. */
function lateFeeText(b: Booking, t: Terms | undefined): string | null {
  const fee =
    b.cancellation !== undefined
      ? b.cancellation.lateFee
      : lateFee(t?.prices, b.minutes, t?.lateCancelPercent);
  return fee ? formatMoney(fee.amount, fee.currency) : null;
}

/** A client's visits: upcoming first with calendar and cancel, then earlier and cancelled ones. */
export function MyBookings({ onBook }: { onBook: () => void }) {
  const [list, setList] = useState<Booking[] | null>(null);
  const [terms, setTerms] = useState<Record<string, Terms>>({});
  const [error, setError] = useState<string | null>(null);
  const { note, setNote, noteRef } = useFocusedNote();

  useEffect(() => {
    myBookings().then(
      async (l) => {
        setList(l);
        setTerms(await termsOf(l));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : 'Your bookings could not load.'),
    );
  }, []);

  const nowMs = Date.now();
  const { upcoming, past: rest } = splitVisits(list ?? [], nowMs);
  const inProgress = (b: Booking) =>
    visitStage(b, nowMs) === 'in_progress' ? <span class="badge bk-live">In progress</span> : undefined;
  // A finished visit with an open follow-up comes first, above everything: it is what needs doing now.
  const open = rest.filter((b) => visitStage(b, nowMs) === 'completed' && dueFollowUp(b.followUps, nowMs));
  const earlier = rest.filter((b) => !open.includes(b));
  const pastCard = (b: Booking) => (
    <VisitCard
      key={b.id}
      booking={b}
      viewer="client"
      heading="h4"
      title={`${b.therapistName}, ${b.minutes} min`}
      past={visitStage(b, nowMs) === 'cancelled'}
      badge={inProgress(b)}
    >
      <VisitTime booking={b} />
      <AftercareLinks booking={b} nowMs={nowMs} />
      {b.status === 'cancelled' && b.cancelReason ? <p class="small">Reason: {b.cancelReason}</p> : null}
      {b.status === 'cancelled' && b.cancelLate ? <p class="small">Cancelled late.</p> : null}
    </VisitCard>
  );

  function cancelled(b: Booking) {
    setList((l) => (l ?? []).map((x) => (x.id === b.id ? b : x)));
    setNote(`Your visit with ${b.therapistName} is cancelled. The time is free for others again.`);
  }

  return (
    <section aria-labelledby="mine-title" data-section="my-bookings">
      <h2 id="mine-title">My visits</h2>
      <ListNotes note={note} noteRef={noteRef} error={error} loading={list === null} />
      {open.length > 0 ? (
        <>
          <h3 id="due-title">How is your back?</h3>
          <ul class="bk-list" data-list="follow-ups" aria-labelledby="due-title">
            {open.map(pastCard)}
          </ul>
        </>
      ) : null}
      {list !== null && upcoming.length === 0 ? (
        <div class="card">
          <p>You have no visits coming up.</p>
          <button type="button" class="btn" onClick={onBook}>
            Book a visit
          </button>
        </div>
      ) : null}
      <ul class="bk-list" data-list="upcoming" aria-label="Upcoming visits">
        {upcoming.map((b) => (
          <VisitCard
            key={b.id}
            booking={b}
            viewer="client"
            heading="h3"
            title={`${b.therapistName}, ${b.minutes} min`}
            badge={inProgress(b)}
          >
            <VisitTime booking={b} />
            <p class="small">
              {b.address}, {b.postcode}
            </p>
            {priceLabel(terms[b.therapistId]?.prices, b.minutes) ? (
              <p class="small">Price: {priceLabel(terms[b.therapistId]?.prices, b.minutes)}</p>
            ) : null}
            <AddToCalendar booking={b} />
            <CancelVisit
              booking={b}
              cancelFreeHours={terms[b.therapistId]?.cancelFreeHours ?? null}
              lateFee={lateFeeText(b, terms[b.therapistId])}
              other="the therapist"
              onCancelled={cancelled}
            />
          </VisitCard>
        ))}
      </ul>
      {earlier.length > 0 ? (
        <>
          <h3 id="past-title">Past and cancelled</h3>
          <ul class="bk-list" data-list="past" aria-labelledby="past-title">
            {earlier.map(pastCard)}
          </ul>
        </>
      ) : null}
      <CalendarFeed />
    </section>
  );
}
