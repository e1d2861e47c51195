import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Flag } from '../../domain/contract/assessment.ts';
import { alertOpen, settings } from '../lib/store.ts';

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

/** Every flag of this level, in the order given, each with its message and where the advice comes from. */
function FlagList({ flags, level }: { flags: Flag[]; level: AlertLevel }) {
  return (
    <>
      {flags
        .filter((f) => f.level === level)
        .map((f) => (
          <div class="flag" key={f.id}>
            <p>{f.message}</p>
            {f.sources[0] ? (
              <a href={f.sources[0]} target="_blank" rel="noopener noreferrer">
                Where this advice comes from<span class="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
          </div>
        ))}
    </>
  );
}

/**
 * The emergency card: full screen, first thing on screen, focus moved to it, a big call button. Nothing
 * else (no plan) is shown with it. "Change an answer" exists only for a mis-tap and keeps the card's advice.
 */
export function EmergencyCard({ flags, onChangeAnswer }: { flags: Flag[]; onChangeAnswer?: () => void }) {
  const number = settings.value.emergencyNumber;
  return (
    <AlertScreen level="emergency">
      <h1 id="emergency-title">Call {number} now</h1>
      <p id="emergency-what">
        Your answers can be a sign of something serious. You need help straight away. Do not wait to see if it
        passes.
      </p>
      <a class="call" href={`tel:${number}`} data-call>
        <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z"
          />
        </svg>
        Call {number}
      </a>
      <p>
        If you cannot call, ask someone near you to call, or go to the nearest emergency department (A&amp;E).
      </p>
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
  const number = settings.value.emergencyNumber;
  return (
    <AlertScreen level="urgent">
      <h1 id="urgent-title">See a doctor today</h1>
      <p id="urgent-what">
        Your answers need a same-day doctor. Ask your GP for an appointment today, or call an urgent-care
        line.
      </p>
      <FlagList flags={flags} level="urgent" />
      <button type="button" class="btn btn-block" onClick={onSoughtCare} data-sought-care>
        I've already contacted a clinician
      </button>
      <p class="small" style={{ marginTop: '16px' }}>
        If it gets much worse quickly, or you cannot feel or move your legs, call{' '}
        <a href={`tel:${number}`}>{number}</a>.
      </p>
    </AlertScreen>
  );
}
