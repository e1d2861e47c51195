import { useMemo } from 'preact/hooks';
import { assess } from '../../domain/assess.ts';
import { contactsFor } from '../../domain/contacts/contacts.ts';
import type { Assessment, Flag, PlanItem } from '../../domain/contract/assessment.ts';
import { EmergencyCard, FlagAdvice, UrgentCard } from '../checkin/alert-cards.tsx';
import { confirmSoughtCare } from '../checkin/finish.ts';
import { currentCountry } from '../lib/country.ts';
import { careLogFrom } from '../lib/events.ts';
import { events, today } from '../lib/store.ts';
import { useMinuteNow, WaitLine } from './countdown.tsx';
import { isWaiting, MoreItem, NowStep, REMEDY_LABEL } from './plan-items.tsx';
import { WhyDetails } from './why.tsx';
import './plan.css';

/**
 * Today's check-in re-assessed now with the device's current log, so interlocks (dose gaps, cream-then-heat,
 * cold breaks) follow what the person has done since checking in; and with the country where the person is
 * now (EC-WHERE), so advice and call buttons name the right numbers.
 */
function liveAssessment(nowMs: number): Assessment | null {
  const t = today.value;
  if (!t) return null;
  const at = new Date(Math.max(nowMs, Date.parse(t.checkIn.at))).toISOString();
  const country = t.checkIn.country ?? currentCountry();
  return assess({ ...t.checkIn, at, log: careLogFrom(events.value, at), ...(country ? { country } : {}) });
}

/** Doctor advice stays above the plan, whole, with a call button for the right line (evidence section 1). */
function Advice({ flags, assessment }: { flags: Flag[]; assessment: Assessment }) {
  const level = flags[0]?.level === 'urgent' ? 'urgent' : 'doctor';
  return (
    <FlagAdvice
      level={level}
      flags={flags}
      contacts={assessment.contacts ?? contactsFor(null)}
      titleId="advice-title"
    />
  );
}

/** Waiting items, one line each, so "when can I" is answered without opening anything. */
function Later({ items, now }: { items: PlanItem[]; now: number }) {
  if (items.length === 0) return null;
  return (
    <div class="later" data-later>
      {items.map((i) =>
        i.availableAt ? <WaitLine key={i.remedy} remedy={i.remedy} until={i.availableAt} now={now} /> : null,
      )}
    </div>
  );
}

/**
 * Today's plan, short enough for a person in acute pain: red-flag advice first, then "Do this now" (at most three
 * actions, each with its button), one line per thing that must wait, and everything else collapsed under "More that
 * can help".
 */
export function PlanPage() {
  const now = useMinuteNow();
  const assessment = useMemo(() => liveAssessment(now), [now, today.value, events.value]);

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
  const actions = assessment.now ?? [];
  const shown = new Set(actions.map((a) => a.remedy));
  const rest = plan.items.filter((i) => !shown.has(i.remedy));
  // Massage waits are said inside "More": it is a booking, not something to do at a set minute.
  const waiting = rest.filter((i) => isWaiting(i, now) && i.remedy !== 'massage');
  return (
    <div data-page="plan" class="plan">
      <h1>Today's plan</h1>
      {advice.length > 0 ? <Advice flags={advice} assessment={assessment} /> : null}
      <section class="now" aria-labelledby="now-title" data-now-list>
        <h2 id="now-title">Do this now</h2>
        <p class="muted small">
          {plan.phase === 'acute'
            ? 'New pain (under 2 days): go gently.'
            : 'Gentle, regular movement helps most.'}
        </p>
        <ol class="now-steps">
          {actions.map((a, i) => {
            const item = plan.items.find((x) => x.remedy === a.remedy);
            return item ? <NowStep key={a.remedy} action={a} item={item} index={i} /> : null;
          })}
        </ol>
        <Later items={waiting} now={now} />
      </section>
      {rest.length > 0 ? (
        <details class="more" data-more>
          <summary>
            More that can help <span class="muted">({rest.length})</span>
          </summary>
          {rest.map((item) => (
            <MoreItem key={`${item.remedy}-${item.title}`} item={item} now={now} />
          ))}
        </details>
      ) : null}
      {plan.excluded.length > 0 ? (
        <details class="more excluded" data-excluded-list>
          <summary>
            Not for you today <span class="muted">({plan.excluded.length})</span>
          </summary>
          <ul>
            {plan.excluded.map((x) => (
              <li key={`${x.remedy}-${x.reason}`} data-excluded={x.remedy}>
                <strong>{REMEDY_LABEL[x.remedy]}:</strong> {x.reason}
                <WhyDetails facts={x.facts} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <a class="btn-secondary btn-block" href="#/checkin">
        Check in again
      </a>
    </div>
  );
}
