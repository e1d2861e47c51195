/** The therapist's practice view of one client: every visit with them, its note, intake and outcomes. */
import { useEffect, useState } from 'preact/hooks';
import '../booking/booking.css';
import './therapist.css';
import { dateTimeLabel, deviceTimeZone } from '../booking/time-format.ts';
import { intakeRows, NO_INTAKE, noteRows } from '../lib/visit-labels.ts';
import { Facts } from '../ui/facts.tsx';
import { FollowUpOutcomes, ReviewLine } from './outcomes.tsx';
import { type ClientHistory, clientHistory, type HistoryVisit } from './therapist-api.ts';

const STATUS = { confirmed: 'Booked', cancelled: 'Cancelled', completed: 'Completed' } as const;

/** What the client told you before this visit; the note below has the pressure you gave, hence "asked for". */
function IntakeFacts({ v }: { v: HistoryVisit }) {
  const rows = intakeRows(v.intake, v.notes, 'Pressure they asked for');
  if (rows.length === 0) return <p class="small muted">{NO_INTAKE}</p>;
  return <Facts rows={rows} class="bk-facts" aria-label="Intake" />;
}

/** #/clients/:clientKey (therapists): the client's visits with you, newest first. */
export function ClientHistoryPage({ clientKey }: { clientKey: string }) {
  const [data, setData] = useState<ClientHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    clientHistory(clientKey).then(setData, (e: unknown) =>
      setError(e instanceof Error && e.message ? e.message : 'This client’s history could not load.'),
    );
  }, [clientKey]);
  const zone = deviceTimeZone();
  return (
    <div data-page="book" data-role="therapist" class="tp-history">
      <h1>{data ? `Client history: ${data.name}` : 'Client history'}</h1>
      <p>
        <a href="#/book">Back to your visits</a>
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {data === null && !error ? <p role="status">Loading…</p> : null}
      {data !== null && data.visits.length === 0 ? <p>No visits with this client.</p> : null}
      {data?.visits.map((v) => (
        <section key={v.id} class="card" aria-labelledby={`visit-${v.id}`} data-visit={v.id}>
          <div class="bk-head">
            <h2 id={`visit-${v.id}`}>{dateTimeLabel(v.start, zone)}</h2>
            <span class={v.status === 'completed' ? 'badge bk-ok' : 'badge'}>{STATUS[v.status]}</span>
          </div>
          <h3>What they told you</h3>
          <IntakeFacts v={v} />
          {v.visitNote ? (
            <>
              <h3>Your note</h3>
              <Facts rows={noteRows(v.visitNote, 'therapist')} class="bk-facts" aria-label="Visit note" />
            </>
          ) : null}
          {v.status === 'completed' ? (
            <>
              <h3>How they did</h3>
              <FollowUpOutcomes v={v} />
              <ReviewLine review={v.review} />
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}
