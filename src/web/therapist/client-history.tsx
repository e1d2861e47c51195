/** The therapist's practice view of one client: every visit with them, its note, intake and outcomes. */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../booking/booking.css';
import './therapist.css';
import { dateTimeLabel, deviceTimeZone } from '../booking/time-format.ts';
import { FollowUpOutcomes, ReviewLine } from './outcomes.tsx';
import { type ClientHistory, clientHistory, type HistoryVisit } from './therapist-api.ts';

const PRESSURE = { light: 'Light', medium: 'Medium', firm: 'Firm' } as const;
const AREAS: Record<string, string> = {
  neck: 'Neck',
  upper: 'Upper back',
  middle: 'Middle back',
  lower: 'Lower back',
  hips: 'Hips',
  legs: 'Legs',
};
const STATUS = { confirmed: 'Booked', cancelled: 'Cancelled', completed: 'Completed' } as const;

function Facts({ rows, label }: { rows: [string, string][]; label: string }) {
  if (rows.length === 0) return null;
  return (
    <dl class="bk-facts" aria-label={label}>
      {rows.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function intakeRows(v: HistoryVisit): [string, string][] {
  const i = v.intake ?? {};
  const rows: [string, string][] = [];
  if (i.pressure) rows.push(['Pressure they asked for', PRESSURE[i.pressure]]);
  if (i.avoidAreas && i.avoidAreas.length > 0) rows.push(['Avoid', i.avoidAreas.join(', ')]);
  if (i.spasmAfterPastMassage !== undefined)
    rows.push(['Spasm after a massage before', i.spasmAfterPastMassage ? 'Yes' : 'No']);
  if (i.history) rows.push(['Health history (shared with consent)', i.history]);
  if (v.notes) rows.push(['Notes', v.notes]);
  return rows;
}

function noteRows(v: HistoryVisit): [string, string][] {
  const n = v.visitNote;
  if (!n) return [];
  const rows: [string, string][] = [
    ['Areas worked', n.areas.map((a) => AREAS[a] ?? a).join(', ')],
    ['Pressure', PRESSURE[n.pressure]],
  ];
  if (n.techniques.length > 0) rows.push(['Techniques', n.techniques.join(', ')]);
  if (n.observations) rows.push(['Observations', n.observations]);
  if (n.advice) rows.push(['Advice given', n.advice]);
  return rows;
}

/** #/clients/:clientId (therapists): the client's visits with you, newest first. */
export function ClientHistoryPage({ clientId }: { clientId: string }) {
  const [data, setData] = useState<ClientHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    clientHistory(clientId).then(setData, (e: unknown) =>
      setError(e instanceof Error && e.message ? e.message : 'This client’s history could not load.'),
    );
  }, [clientId]);
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
          {intakeRows(v).length > 0 ? (
            <Facts rows={intakeRows(v)} label="Intake" />
          ) : (
            <p class="small muted">The client left no notes.</p>
          )}
          {v.visitNote ? (
            <>
              <h3>Your note</h3>
              <Facts rows={noteRows(v)} label="Visit note" />
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
