/** The pieces of today's plan: a "do this now" action, a plan item under "More", and their buttons. */
import type { NowAction, PlanItem } from '../../domain/contract/assessment.ts';
import type { Remedy } from '../../domain/contract/ids.ts';
import { logEvent } from '../lib/outbox.ts';
import { WaitLine } from './countdown.tsx';
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

export const REMEDY_LABEL: Record<Remedy, string> = {
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

/** True while the item must still wait at `now`. */
export function isWaiting(item: PlanItem, now: number): boolean {
  return item.availableAt !== null && Date.parse(item.availableAt) > now;
}

function logWater(): void {
  logEvent({ kind: 'water', at: new Date().toISOString(), ml: 250 });
}

/** The button of an item: start a session, log something, or book. `primary` is the big "do this now" form. */
function ActionButton({
  remedy,
  action,
  primary,
}: {
  remedy: Remedy;
  action: 'start' | 'log';
  primary: boolean;
}) {
  const cls = primary ? 'btn' : 'btn-secondary';
  const what = <span class="sr-only">: {REMEDY_LABEL[remedy]}</span>;
  if (remedy === 'hydration') {
    return (
      <button type="button" class={cls} data-log-water onClick={logWater}>
        I drank a glass{what}
      </button>
    );
  }
  if (remedy === 'massage') {
    return (
      <a class={cls} href="#/book">
        Book a therapist
      </a>
    );
  }
  if (!SESSION_REMEDIES.has(remedy)) return null;
  return (
    <a class={cls} href={`#/session/${remedy}`} data-start={remedy}>
      {action === 'log' ? 'Log it' : 'Start'}
      {what}
    </a>
  );
}

/** Cautions stay with their item, wherever it is shown: never hidden behind "Why?". */
function Cautions({ cautions }: { cautions: readonly string[] }) {
  if (cautions.length === 0) return null;
  return (
    <div class="cautions">
      <p class="small">
        <strong>Take care:</strong>
      </p>
      <ul>
        {cautions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** One "do this now" action: its sentence, its button, its cautions, and the long reason behind "Why?". */
export function NowStep({ action, item, index }: { action: NowAction; item: PlanItem; index: number }) {
  return (
    <li class="now-step" data-remedy={action.remedy} data-now={action.remedy}>
      <p class="now-text">
        <span class="now-n" aria-hidden="true">
          {index + 1}
        </span>
        {action.text}
      </p>
      <div class="row">
        <ActionButton remedy={action.remedy} action={action.action} primary={true} />
      </div>
      <Cautions cautions={item.cautions} />
      <WhyDetails facts={item.facts} intro={item.why} />
    </li>
  );
}

/** One item under "More that can help": title, when it opens, its button, how-to and "Why?". */
export function MoreItem({ item, now }: { item: PlanItem; now: number }) {
  const waiting = isWaiting(item, now);
  const headingId = `item-${item.remedy}`;
  const action =
    item.remedy === 'ibuprofen' || item.remedy === 'cream' || item.remedy === 'sleep' ? 'log' : 'start';
  return (
    <article class="card plan-item" aria-labelledby={headingId} data-remedy={item.remedy}>
      <h3 id={headingId}>{item.title}</h3>
      {waiting && item.availableAt ? (
        <WaitLine remedy={item.remedy} until={item.availableAt} now={now} />
      ) : null}
      {waiting && item.remedy !== 'massage' ? null : (
        <div class="row">
          <ActionButton remedy={item.remedy} action={action} primary={false} />
        </div>
      )}
      <Cautions cautions={item.cautions} />
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
      <WhyDetails facts={item.facts} intro={item.why} />
    </article>
  );
}
