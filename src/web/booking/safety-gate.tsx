import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '../../domain/contract/assessment.ts';
import { EmergencyCard, UrgentCard } from '../checkin/alert-cards.tsx';
import { confirmSoughtCare } from '../checkin/finish.ts';
import { api } from '../lib/api.ts';
import { today } from '../lib/store.ts';
import { navigate } from '../router.ts';
import { massageWaitLine } from './eligibility.ts';
import { massageAvailableAt } from './flow-state.ts';
import { CHECKIN_VALID_MS, type KnownCheckIn, safetyFrom } from './safety.ts';
import { deviceTimeZone, timeLabel } from './time-format.ts';

/** Check-ins on the account in the last 24 h (made on another device, or before this one was reset). */
async function accountCheckIns(): Promise<KnownCheckIn[]> {
  const from = new Date(Date.now() - CHECKIN_VALID_MS).toISOString();
  try {
    const r = await api<{ items: { at: string; assessment: Assessment }[] }>(
      `/checkins?from=${encodeURIComponent(from)}`,
    );
    return r.items.map((i) => ({ at: i.at, assessment: i.assessment }));
  } catch {
    return []; // offline: this device's check-in still decides
  }
}

/**
 * Safety before a visit, so a massage never stands in for the care a red flag calls for: the booking form shows
 * only after a check-in in the last 24 h at self_care or doctor. Emergency and urgent show the shell's red-flag
 * cards instead; no check-in sends the person to check in first (the draft is kept, so they can come back to it).
 */
export function SafetyGate({ children }: { children: ComponentChildren }) {
  const [account, setAccount] = useState<KnownCheckIn[] | null>(null);
  useEffect(() => {
    void accountCheckIns().then(setAccount);
  }, []);
  if (account === null) {
    return (
      <p class="muted" role="status">
        Checking your latest check-in…
      </p>
    );
  }
  const t = today.value;
  const local: KnownCheckIn[] = t
    ? [{ at: t.checkIn.at, assessment: t.assessment, soughtCare: t.checkIn.soughtCare === true }]
    : [];
  const safety = safetyFrom([...local, ...account], Date.now());

  if (safety.kind === 'emergency') return <EmergencyCard flags={safety.flags} />;
  if (safety.kind === 'urgent' && !safety.soughtCare) {
    return (
      <UrgentCard
        flags={safety.flags}
        onSoughtCare={() => {
          void confirmSoughtCare().then(() => navigate('/plan'));
        }}
      />
    );
  }
  if (safety.kind === 'urgent') {
    return (
      <section class="advice" aria-labelledby="gate-title" data-gate="urgent">
        <h2 id="gate-title">A doctor first, then a massage</h2>
        <p>
          Your check-in today needs a same-day doctor. A massage can wait until a doctor has seen you. When
          you feel better, check in again and you can book here.
        </p>
        <a href="#/plan">See today's advice</a>
      </section>
    );
  }
  if (safety.kind === 'none') {
    return (
      <section class="card" aria-labelledby="gate-title" data-gate="checkin">
        <h2 id="gate-title">First, a quick check-in</h2>
        <p>
          Before a therapist visits, we check that a massage is safe for you now. It takes about two minutes.
          You need a check-in from the last 24 hours.
        </p>
        <p>When you have finished, come back to Book. What you chose here is kept.</p>
        <a class="btn btn-block" href="#/checkin" data-gate-checkin>
          Check in now
        </a>
      </section>
    );
  }
  return (
    <>
      <p class="muted small" data-gate="ok">
        {/* Never "a visit is fine" while the plan says not a massage yet: the two screens must agree. */}
        {safety.massageLeftOut || safety.massageFrom
          ? `Your check-in at ${timeLabel(safety.at, deviceTimeZone())} found no warning signs.`
          : `Your check-in at ${timeLabel(safety.at, deviceTimeZone())} says a visit is fine.`}
      </p>
      {safety.doctor.length > 0 ? (
        <section class="advice" aria-labelledby="doctor-title">
          <h2 id="doctor-title">Also book a visit to your doctor</h2>
          {safety.doctor.map((f) => (
            <p key={f.id}>{f.message}</p>
          ))}
          <p>Tell your therapist about it in the notes.</p>
        </section>
      ) : null}
      {safety.massageLeftOut ? (
        <section class="advice" aria-labelledby="wait-title" data-gate-wait>
          <h2 id="wait-title">Not a massage today</h2>
          <p>{safety.massageLeftOut}</p>
          <p>You can still book a visit for a later day.</p>
        </section>
      ) : null}
      {safety.massageFrom && !safety.massageLeftOut ? (
        <section class="advice" aria-labelledby="wait-title" data-gate-wait>
          <h2 id="wait-title">Not a massage yet</h2>
          <p>
            {massageWaitLine(safety.massageFrom, deviceTimeZone(), Date.now())} Your back needs time to settle
            after the last one, so the times below start then.
          </p>
        </section>
      ) : null}
      <MassageFloor at={safety.massageFrom} />
      {children}
    </>
  );
}

/**
 * Hands the plan's moment to the slot picker (contract v2: slots from `availableAt` only). The server's
 * eligibility answer, when there is one, replaces it there.
 */
function MassageFloor({ at }: { at: string | null }) {
  useEffect(() => {
    if (at !== null) massageAvailableAt.value = at;
  }, [at]);
  return null;
}
