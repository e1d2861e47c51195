import { useEffect, useState } from 'preact/hooks';
import '../therapist/therapist.css';
import { intakeRows, NO_INTAKE } from '../lib/visit-labels.ts';
import { PastVisits } from '../therapist/past-visits.tsx';
import type { AgendaVisit } from '../therapist/therapist-api.ts';
import { Facts } from '../ui/facts.tsx';
import { type Booking, myBookings, type Price } from './booking-api.ts';
import { CancelVisit } from './cancel-form.tsx';
import { priceLabel } from './money.ts';
import { dayKey, longDayLabel, timeLabel, zonePlace } from './time-format.ts';
import { AddToCalendar, ListNotes, useFocusedNote, VisitCard } from './visit-card.tsx';
import { splitVisits } from './visit-lists.ts';

/** What the client told the therapist, in a short list. */
function IntakeFacts({ b }: { b: Booking }) {
  const rows = intakeRows(b.intake, b.notes);
  if (rows.length === 0) return <p class="small muted">{NO_INTAKE}</p>;
  return <Facts rows={rows} class="bk-facts" data-intake />;
}

/**
 * The therapist's upcoming visits by day, in their working time zone, each with the client's intake, the
 * address, the client's phone, a calendar file and cancel with a reason; cancelled ones still ahead follow
 * under their own heading. Then the past visits: complete a started one with a note, see how the client did.
 */
export function Agenda({ cancelFreeHours, prices }: { cancelFreeHours: number | null; prices?: Price[] }) {
  const [list, setList] = useState<Booking[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { note, setNote, noteRef } = useFocusedNote();
  useEffect(() => {
    myBookings().then(setList, (e: unknown) =>
      setError(e instanceof Error ? e.message : 'Your agenda could not load.'),
    );
  }, []);
  // A cancelled visit leaves the agenda at once, so the day reads true; it is listed under "Cancelled" below.
  const now = Date.now();
  const { upcoming, past } = splitVisits(list ?? [], now);
  const cancelled = past.filter((b) => b.status === 'cancelled' && Date.parse(b.end) > now).reverse();
  const days: { key: string; zone: string; items: Booking[] }[] = [];
  for (const b of upcoming) {
    const key = dayKey(b.start, b.timeZone);
    const last = days[days.length - 1];
    if (last && last.key === key) last.items.push(b);
    else days.push({ key, zone: b.timeZone, items: [b] });
  }
  const title = (b: Booking) =>
    `${timeLabel(b.start, b.timeZone)} to ${timeLabel(b.end, b.timeZone)}, ${b.clientName}`;

  return (
    <>
      <section aria-labelledby="agenda-title" data-section="agenda">
        <h2 id="agenda-title">Upcoming visits</h2>
        <ListNotes note={note} noteRef={noteRef} error={error} loading={list === null} />
        {list !== null && upcoming.length === 0 ? (
          <p class="card">No visits booked yet. Clients see your free times as soon as your hours are set.</p>
        ) : null}
        {days.map((d) => (
          <section key={d.key} aria-labelledby={`agenda-${d.key}`}>
            <h3 id={`agenda-${d.key}`} class="bk-day-title">
              {longDayLabel(d.key)}
            </h3>
            <ul class="bk-list" data-list="upcoming">
              {d.items.map((b) => (
                <VisitCard key={b.id} booking={b} viewer="therapist" heading="h4" title={title(b)}>
                  <p class="small muted">{zonePlace(b.timeZone)} time</p>
                  <p>
                    {b.address}, {b.postcode}
                  </p>
                  {b.phone ? (
                    <p>
                      Phone: <a href={`tel:${b.phone.replace(/[^\d+]/g, '')}`}>{b.phone}</a>
                    </p>
                  ) : null}
                  <IntakeFacts b={b} />
                  <AddToCalendar booking={b} />
                  <CancelVisit
                    booking={b}
                    cancelFreeHours={cancelFreeHours}
                    other={b.clientName || 'the client'}
                    onCancelled={(c) => {
                      setList((l) => (l ?? []).map((x) => (x.id === c.id ? c : x)));
                      setNote(`The visit with ${c.clientName} is cancelled. They get a message.`);
                    }}
                  />
                </VisitCard>
              ))}
            </ul>
          </section>
        ))}
        {cancelled.length > 0 ? (
          <section aria-labelledby="agenda-cancelled">
            <h3 id="agenda-cancelled" class="bk-day-title">
              Cancelled
            </h3>
            <ul class="bk-list" data-list="cancelled">
              {cancelled.map((b) => (
                <VisitCard key={b.id} booking={b} viewer="therapist" heading="h4" title={title(b)} past>
                  <p class="small">
                    {longDayLabel(dayKey(b.start, b.timeZone))}.{' '}
                    {b.cancelReason ? `Reason: ${b.cancelReason}` : 'No reason given.'}
                    {b.cancelLate ? lateNote(b, prices) : ''}
                  </p>
                </VisitCard>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
      <PastVisits
        // The list carries completed visits too; the upcoming and cancelled lists above never show them.
        list={list as AgendaVisit[] | null}
        onChange={(v) =>
          setList((l) => (l ?? []).map((x) => (x.id === v.id ? (v as unknown as Booking) : x)))
        }
      />
    </>
  );
}

/** " Cancelled late (price £70)." so the therapist sees what a late cancel was worth. */
function lateNote(b: Booking, prices: Price[] | undefined): string {
  const price = priceLabel(prices, b.minutes);
  return price ? ` Cancelled late (the visit's price: ${price}).` : ' Cancelled late.';
}
