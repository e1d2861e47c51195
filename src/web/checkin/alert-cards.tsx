import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { callLineFor, dialable, levelAction, lineName } from '../../domain/contacts/contacts.ts';
import { flagReason } from '../../domain/contacts/localize.ts';
import type { Contacts, Flag, PhoneLine } from '../../domain/contract/assessment.ts';
import { currentContacts } from '../lib/country.ts';
import { alertOpen } from '../lib/store.ts';

/** Moves focus into the card and makes the rest of the app inert while it shows. */
function useAlertFocus(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    ref.current?.focus();
    alertOpen.value = true;
    return () => {
      alertOpen.value = false;
    };
  }, []);
}

type AlertLevel = 'emergency' | 'urgent';

/**
 * The full-screen alert dialog both red-flag cards live in: takes focus, makes the rest inert, and is named and
 * described by the card's own title and first paragraph (`<level>-title`, `<level>-what`).
 */
function AlertScreen({ level, children }: { level: AlertLevel; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useAlertFocus(ref);
  return (
    <div
      ref={ref}
      class={level === 'urgent' ? 'alert-screen urgent' : 'alert-screen'}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${level}-title`}
      aria-describedby={`${level}-what`}
      tabIndex={-1}
      data-card={level}
    >
      {children}
    </div>
  );
}

function PhoneIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}

/**
 * A call link for one line (EC-*): `tel:` with the digits only. `big` is a card's main button; the small form
 * is for the doctor advice above the plan.
 */
export function CallLink({ line, big = false }: { line: PhoneLine; big?: boolean }) {
  const name = lineName(line);
  return (
    <a
      class={big ? 'call' : 'btn-secondary call-line'}
      href={`tel:${dialable(line.number)}`}
      data-call={big ? '' : undefined}
      data-call-line={line.number}
    >
      {big ? <PhoneIcon /> : null}
      {line.label.startsWith('Emergency') ? `Call ${line.number}` : `Call ${name}`}
    </a>
  );
}

/** Said when the country is not known: the 112 fallback, and where to choose (EC-WHERE). */
export function UnknownCountryNote({ contacts }: { contacts: Contacts }) {
  if (contacts.known) return null;
  return (
    <p class="small" data-unknown-country>
      We cannot tell which country you are in, so this dials 112: it works across Europe and on most mobile
      phones. If your country uses another number, call that. You can set your country in Settings.
    </p>
  );
}

const ADVICE_TITLE = {
  emergency: 'Call for help now',
  urgent: 'See a doctor today',
  doctor: 'Book a visit to your doctor',
} as const;

/**
 * Medical advice that sits above other content (the plan, a follow-up's result): what to do, every flag's
 * message, and a call button for the line that fits where the person is, or how to book when no line is known.
 * One component, so the plan and the follow-ups can never word or order it differently.
 */
export function FlagAdvice({
  level,
  flags,
  contacts,
  heading: H = 'h2',
  titleId,
}: {
  /** The level the heading and the call line are for. */
  level: keyof typeof ADVICE_TITLE;
  flags: readonly Flag[];
  contacts: Contacts;
  heading?: 'h2' | 'h3';
  /** An id for the heading, which then labels the section. */
  titleId?: string;
}) {
  const line = callLineFor(level, contacts);
  return (
    <section class="advice" aria-labelledby={titleId} data-advice={level}>
      <H id={titleId}>{ADVICE_TITLE[level]}</H>
      {flags.map((f) => (
        <p key={f.id}>{f.message}</p>
      ))}
      {line ? (
        <div class="row">
          <CallLink line={line} />
        </div>
      ) : (
        <p>Call your doctor's practice or clinic to book.</p>
      )}
      <UnknownCountryNote contacts={contacts} />
    </section>
  );
}

/**
 * Every flag of this level: why it matters (the card's heading and first lines already say what to do, with
 * the number for where the person is), and where the advice comes from.
 */
function FlagList({ flags, level }: { flags: Flag[]; level: AlertLevel }) {
  return (
    <>
      {flags
        .filter((f) => f.level === level)
        .map((f) => {
          return (
            <div class="flag" key={f.id} data-flag={f.id}>
              <p>{flagReason(f)}</p>
              {f.sources[0] ? (
                <a href={f.sources[0]} target="_blank" rel="noopener noreferrer">
                  Where this advice comes from<span class="sr-only"> (opens in a new tab)</span>
                </a>
              ) : null}
            </div>
          );
        })}
    </>
  );
}

/**
 * The emergency card: full screen, first thing on screen, focus moved to it, a big call button for the
 * emergency number where the person is (EC-WHERE). Nothing else (no plan) is shown with it. "Change an
 * answer" exists only for a mis-tap and keeps the card's advice.
 */
export function EmergencyCard({ flags, onChangeAnswer }: { flags: Flag[]; onChangeAnswer?: () => void }) {
  const contacts = currentContacts();
  const number = contacts.country === 'IE' ? '112 or 999' : contacts.emergency.number;
  return (
    <AlertScreen level="emergency">
      <h1 id="emergency-title">Call {number} now</h1>
      <p id="emergency-what">
        Your answers can be a sign of something serious. You need help straight away. Do not wait to see if it
        passes.
      </p>
      <CallLink line={contacts.emergency} big />
      <UnknownCountryNote contacts={contacts} />
      <p>If you cannot call, ask someone near you to call, or go to the nearest emergency department.</p>
      <h2>What your answers may mean</h2>
      <FlagList flags={flags} level="emergency" />
      {onChangeAnswer ? (
        <button type="button" class="btn-secondary alt" onClick={onChangeAnswer}>
          I tapped the wrong answer
        </button>
      ) : null}
    </AlertScreen>
  );
}

/**
 * The urgent card: see a doctor today. The plan stays hidden until the person says they have contacted
 * a clinician (contract: plan null at urgent unless soughtCare).
 */
export function UrgentCard({ flags, onSoughtCare }: { flags: Flag[]; onSoughtCare: () => void }) {
  const contacts = currentContacts();
  return (
    <AlertScreen level="urgent">
      <h1 id="urgent-title">See a doctor today</h1>
      <p id="urgent-what">{levelAction('urgent', contacts)}</p>
      {contacts.urgentAdvice ? <CallLink line={contacts.urgentAdvice} big /> : null}
      <FlagList flags={flags} level="urgent" />
      <button type="button" class="btn btn-block" onClick={onSoughtCare} data-sought-care>
        I've already contacted a clinician
      </button>
      <p class="small" style={{ marginTop: '16px' }}>
        If it gets much worse quickly, or you cannot feel or move your legs, call{' '}
        <a href={`tel:${dialable(contacts.emergency.number)}`} data-call-emergency>
          {contacts.emergency.number}
        </a>
        .
      </p>
      <UnknownCountryNote contacts={contacts} />
    </AlertScreen>
  );
}
