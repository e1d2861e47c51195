import { useMemo } from 'preact/hooks';
import { assess } from '../../domain/assess.ts';
import type { Assessment, PlanItem } from '../../domain/contract/assessment.ts';
import type { Remedy } from '../../domain/contract/ids.ts';
import { EmergencyCard, UrgentCard } from '../checkin/alert-cards.tsx';
import { confirmSoughtCare } from '../checkin/finish.ts';
import { careLogFrom } from '../lib/events.ts';
import { logEvent } from '../lib/outbox.ts';
import { events, today } from '../lib/store.ts';
import { Countdown, useMinuteNow } from './countdown.tsx';
import { WhyDetails } from './why.tsx';

/** Remedies with a guided session or logging screen (the sessions area). */
const SESSION_REMEDIES: ReadonlySet<Remedy> = new Set([
  'cold',
  'heat',
  'stretch',
  'exercise',
  'hydration',
  'cream',
  'ibuprofen',
  'sleep',
]);

const REMEDY_LABEL: Record<Remedy, string> = {
  cold: 'Cold pack',
  heat: 'Heat',
  stretch: 'Stretches',
  exercise: 'Gentle movement',
  hydration: 'Water',
  cream: 'Pain-relief cream',
  ibuprofen: 'Ibuprofen',
  posture: 'Desk comfort',
  sleep: 'Sleep',
  massage: 'Massage',
};

/**
 * Today's check-in re-assessed now with the device's current log, so interlocks (dose gaps, cream-then-heat,
 * cold breaks) follow what the person has done since checking in.
 */
function liveAssessment(nowMs: number): Assessment | null {
  const t = today.value;
  if (!t) return null;
  const at = new Date(Math.max(nowMs, Date.parse(t.checkIn.at))).toISOString();
  return assess({ ...t.checkIn, at, log: careLogFrom(events.value, at) });
}

function Item({ item, now }: { item: PlanItem; now: number }) {
  const waiting = item.availableAt !== null && Date.parse(item.availableAt) > now;
  const headingId = `item-${item.remedy}`;
  return (
    <article class="card plan-item" aria-labelledby={headingId} data-remedy={item.remedy}>
      <p class="badge">{REMEDY_LABEL[item.remedy]}</p>
      <h2 id={headingId}>{item.title}</h2>
      {waiting && item.availableAt ? <Countdown until={item.availableAt} now={now} /> : null}
      <p class="why-text">{item.why}</p>
      {item.cautions.length > 0 ? (
        <div class="cautions">
          <h3>Take care</h3>
          <ul>
            {item.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="row">
        {SESSION_REMEDIES.has(item.remedy) && !waiting ? (
          <a class="btn" href={`#/session/${item.remedy}`} data-start={item.remedy}>
            Start<span class="sr-only">: {item.title}</span>
          </a>
        ) : null}
        {item.remedy === 'hydration' && !waiting ? (
          <button
            type="button"
            class="btn-secondary"
            data-log-water
            onClick={() => logEvent({ kind: 'water', at: new Date().toISOString(), ml: 250 })}
          >
            I drank a glass
          </button>
        ) : null}
        {item.remedy === 'massage' ? (
          <a class="btn-secondary" href="#/book">
            Book a therapist
          </a>
        ) : null}
      </div>
      {item.steps.length > 0 ? (
        <details class="how">
          <summary>How to do it</summary>
          <ol>
            {item.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <WhyDetails facts={item.facts} />
    </article>
  );
}

/** Today's plan: red-flag advice first, then items in order, then what is left out today and why. */
export function PlanPage() {
  const now = useMinuteNow();
  const assessment = useMemo(() => liveAssessment(now), [now, today.value, events.value]);
  const water = events.value.filter(
    (e) => e.kind === 'water' && new Date(e.at).toDateString() === new Date(now).toDateString(),
  ).length;

  if (!assessment) {
    return (
      <div data-page="plan-empty" class="stack">
        <h1>Today's plan</h1>
        <p>Check in first. It takes about two minutes, and your plan is built from your answers.</p>
        <a class="btn btn-block" href="#/checkin">
          Check in now
        </a>
      </div>
    );
  }
  const { triage, plan } = assessment;
  if (triage.level === 'emergency') return <EmergencyCard flags={triage.flags} />;
  if (!plan) return <UrgentCard flags={triage.flags} onSoughtCare={() => void confirmSoughtCare()} />;

  const advice = triage.flags.filter((f) => f.level !== 'emergency');
  const nowCount = plan.items.filter(
    (i) => i.availableAt === null || Date.parse(i.availableAt) <= now,
  ).length;
  return (
    <div data-page="plan">
      <h1>Today's plan</h1>
      {advice.length > 0 ? (
        <section class="advice" aria-labelledby="advice-title" data-advice>
          <h2 id="advice-title">
            {triage.level === 'urgent' ? 'See a doctor today' : 'Book a visit to your doctor'}
          </h2>
          {advice.map((f) => (
            <p key={f.id}>{f.message}</p>
          ))}
        </section>
      ) : null}
      <p class="muted">
        {plan.phase === 'acute'
          ? 'Your pain is new (under 2 days). Go gently and keep moving a little.'
          : 'Your pain has lasted a few days. Gentle, regular movement helps most.'}
        {water > 0 ? ` Water today: ${water} ${water === 1 ? 'glass' : 'glasses'}.` : ''}
      </p>
      <p class="summary" data-summary>
        {nowCount} {nowCount === 1 ? 'thing' : 'things'} you can do now
        {plan.items.length > nowCount ? `, ${plan.items.length - nowCount} later` : ''}.
      </p>
      {plan.items.map((item) => (
        <Item key={`${item.remedy}-${item.title}`} item={item} now={now} />
      ))}
      {plan.excluded.length > 0 ? (
        <section class="card excluded" aria-labelledby="excluded-title">
          <h2 id="excluded-title">Not for you today</h2>
          <ul>
            {plan.excluded.map((x) => (
              <li key={`${x.remedy}-${x.reason}`} data-excluded={x.remedy}>
                <strong>{REMEDY_LABEL[x.remedy]}:</strong> {x.reason}
                <WhyDetails facts={x.facts} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <a class="btn-secondary btn-block" href="#/checkin">
        Check in again
      </a>
    </div>
  );
}
