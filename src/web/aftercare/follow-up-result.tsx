/**
 * What a follow-up's answer means, shown right after it is sent. An emergency or urgent flag is the check-in's
 * own full-screen card (the page renders it instead of everything else); here are the calmer outcomes, never
 * softened: a doctor's visit with its call line, or the usual course, and RF-POST-MASSAGE-LONG advice when the
 * server says pain at 48 h is higher than before the visit.
 */
import { useEffect, useRef } from 'preact/hooks';
import { contactsFor } from '../../domain/contacts/contacts.ts';
import type { Flag } from '../../domain/contract/assessment.ts';
import type { FactId } from '../../domain/facts/registry.ts';
import { dateTimeLabel, deviceTimeZone } from '../booking/time-format.ts';
import { FlagAdvice } from '../checkin/alert-cards.tsx';
import { WhyDetails } from '../plan/why.tsx';
import type { FollowUpResult } from './types.ts';

/** The flags of a doctor or (acknowledged) urgent answer, with the line to call: the plan's own advice block. */
export function FollowUpAdvice({
  result,
  headingLevel = 'h3',
}: {
  result: FollowUpResult;
  headingLevel?: 'h2' | 'h3';
}) {
  const flags: Flag[] = result.triage.flags;
  if (flags.length === 0) return null;
  const level = result.triage.level;
  return (
    <FlagAdvice
      level={level === 'emergency' || level === 'urgent' ? level : 'doctor'}
      flags={flags}
      contacts={result.contacts ?? contactsFor(null)}
      heading={headingLevel}
    />
  );
}

/** The answer's result, focused when it appears so a screen reader reads it at once. */
export function FollowUpOutcome({ result }: { result: FollowUpResult }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [result]);
  const worse = result.followUp?.worseAfterVisit ?? null;
  const calm = result.triage.level === 'self_care' && worse === null;
  return (
    <section
      class="card ac-result"
      aria-labelledby="fu-result-title"
      data-follow-up-result={result.triage.level}
    >
      <h2 id="fu-result-title" ref={ref} tabIndex={-1}>
        Thank you, your follow-up is sent
      </h2>
      {calm ? (
        <p>
          Nothing in your answers is a warning sign. Soreness after a massage usually fades within a day and a
          half. Keep moving gently and keep to today's plan.
        </p>
      ) : null}
      <FollowUpAdvice result={result} />
      {worse ? (
        <div class="advice" data-worse-after-visit>
          <h3>Your pain is higher than before the massage</h3>
          <p>{worse.message}</p>
          <p>
            <strong>
              See a doctor or physiotherapist if it is not clearly easing by{' '}
              {dateTimeLabel(worse.seeClinicianBy, deviceTimeZone())}.
            </strong>
          </p>
          <WhyDetails facts={[worse.fact as FactId]} />
        </div>
      ) : null}
      <a class="btn-secondary" href="#/plan">
        Today's plan
      </a>
    </section>
  );
}
