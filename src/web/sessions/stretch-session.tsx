/**
 * A guided stretch session: pick from the stretches today's plan allows, then for each one a drawing, plain
 * steps and a countdown: static stretches are held (default 30 s, up to 60 s: ST-HOLD), repeated exercises
 * are counted as repetitions with a short pause (ST-REPEAT), never promised as long holds. A beep and a
 * buzz mark the end of each hold; the screen stays awake (Wake Lock) while it runs. "Stop: this hurts" ends
 * it at once and logs it (ST-STOP).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { doseText, holdSecondsFor, STRETCHES, type Stretch } from '../../domain/plan/stretches.ts';
import { clampHoldSeconds, type HoldStep } from '../../domain/session/hold-plan.ts';
import { beep, buzz, primeAudio, ScreenAwake } from './device.ts';
import { leave } from './leave.ts';
import { LiveRegions, useAnnouncer } from './live-region.tsx';
import { logSession } from './session-data.ts';
import { StretchFigure } from './stretch-figures.tsx';
import { StretchSetup } from './stretch-setup.tsx';
import {
  beginHolds,
  loadStretch,
  nextStretch,
  progress,
  type StretchSession,
  saveStretch,
  stretchEvent,
} from './stretch-state.ts';
import { clock, useNow } from './use-now.ts';
import { Why } from './why.tsx';

/** Static stretches use the chosen hold; repeated ones keep their short pause (ST-REPEAT). */
function holdFor(stretch: Stretch, chosen: number): number {
  return holdSecondsFor(stretch, clampHoldSeconds(chosen));
}

/** The stretch session page. */
export function StretchSessionView() {
  const [session, setSession] = useState<StretchSession | null>(() => loadStretch());
  const update = (next: StretchSession | null): void => {
    saveStretch(next);
    setSession(next);
  };
  if (!session) return <StretchSetup onStart={update} />;
  if (session.ended) return <StretchEnd session={session} onClose={() => update(null)} />;
  return <StretchRun session={session} update={update} />;
}

function stepLabel(step: HoldStep, stretch: Stretch): string {
  const side = step.side ? ` ${step.side} side` : '';
  if (stretch.mode === 'repeat') {
    if (step.type === 'rest') return step.side ? `Move slowly to the${side}` : 'Move back slowly';
    return `Pause for a breath${side ? `:${side}` : ''} · ${step.rep} of ${stretch.reps}`;
  }
  if (step.type === 'rest') return step.side ? `Relax, then the${side}` : 'Relax';
  return `Hold${side ? `:${side}` : ''} · ${step.rep} of ${stretch.reps}`;
}

function StretchRun({
  session,
  update,
}: {
  session: StretchSession;
  update: (s: StretchSession | null) => void;
}) {
  const now = useNow(session.plan !== null, 250);
  const [spoken, say] = useAnnouncer();
  const awake = useMemo(() => new ScreenAwake(), []);
  const ref = useRef(session);
  ref.current = session;
  const id = session.stretches[session.index] ?? session.stretches[0];
  const stretch = STRETCHES[id ?? 'knee_to_chest'];
  const { pos } = progress(session, now);

  // Keep the screen awake for the whole session; let it sleep again when this screen goes.
  useEffect(() => {
    void awake.acquire();
    return () => void awake.release();
  }, [awake]);

  // Speak each new step once; beep and buzz when a hold ends. The stretch is recorded as done at its end.
  useEffect(() => {
    const s = ref.current;
    const step = progress(s, Date.now());
    if (!step.fresh || !step.pos || !s.plan) return;
    const prev = s.plan.steps[step.pos.index - 1];
    if (prev?.type === 'hold' || step.pos.done) {
      beep();
      buzz(200);
    }
    if (step.pos.done) say({ text: `${stretch.name} done. Well done.`, politeness: 'polite' });
    else if (step.pos.step) say({ text: stepLabel(step.pos.step, stretch), politeness: 'polite' });
    update(step.session);
  }, [pos?.index, pos?.done]);

  const startHolds = (): void => {
    primeAudio();
    update(beginHolds(session, Date.now()));
  };

  const end = (how: 'finished' | 'stopped'): void => {
    // The latest state, with the stretch that has just ended counted even if no effect ran since.
    const s = progress(ref.current, Date.now()).session;
    logSession(stretchEvent(s, how));
    void awake.release();
    update({ ...s, ended: how });
  };

  const goOn = (): void => {
    const next = nextStretch(progress(session, Date.now()).session);
    if (next) update(next);
    else end('finished');
  };

  const total = pos?.step ? pos.step.deadline - pos.step.startsAt : 1;
  return (
    <section class="session" aria-labelledby="session-title" data-session="stretch" data-stretch={stretch.id}>
      <LiveRegions spoken={spoken} />
      <p class="eyebrow">
        Stretch {session.index + 1} of {session.stretches.length}
      </p>
      <h1 id="session-title">{stretch.name}</h1>
      <StretchFigure id={stretch.id} />
      {!session.plan && (
        <>
          <ol class="steps">
            {stretch.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p class="hint" data-dose={stretch.mode}>
            {capitalize(doseText(stretch, holdFor(stretch, session.holdSeconds)))}. Get into position, then
            start.
          </p>
          <button type="button" class="btn btn-block" onClick={startHolds} data-start-hold>
            {stretch.mode === 'hold' ? 'Start the hold' : 'Start the repetitions'}
          </button>
        </>
      )}
      {pos && !pos.done && pos.step && (
        <div class={`dial small ${pos.step.type}`} data-step-type={pos.step.type}>
          <Bar fraction={pos.remainingMs / total} />
          <p class="step-label">{stepLabel(pos.step, stretch)}</p>
          <span class="time" role="timer">
            {clock(pos.remainingMs)}
          </span>
        </div>
      )}
      {pos?.done && (
        <div class="note done" data-stretch-done>
          <p class="big-text">{stretch.name}: done.</p>
          <button type="button" class="btn btn-block" onClick={goOn} data-next-stretch>
            {session.index + 1 >= session.stretches.length ? 'Finish' : 'Next stretch'}
          </button>
        </div>
      )}
      <button type="button" class="stop big" onClick={() => end('stopped')} data-stop>
        Stop: this hurts
      </button>
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A plain progress bar (no animation under reduced motion: CSS). */
function Bar({ fraction }: { fraction: number }) {
  const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div class="bar" aria-hidden="true">
      <div class="bar-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

function StretchEnd({ session, onClose }: { session: StretchSession; onClose: () => void }) {
  const stopped = session.ended === 'stopped';
  return (
    <section class="session" aria-labelledby="session-title" data-session-state={session.ended}>
      <h1 id="session-title" tabIndex={-1}>
        {stopped ? 'You stopped. That was the right call.' : 'Stretches done. Well done.'}
      </h1>
      <div class={`note ${stopped ? 'warn' : 'done'}`} role="status">
        {stopped ? (
          <>
            <p>It is logged in your diary. Rest in a comfortable position and move gently when you can.</p>
            <div>
              If the pain is sharp or shooting, or you feel tingling or numbness, check in again so we can
              tell you what to do. <Why facts={['ST-STOP']} />
            </div>
          </>
        ) : (
          <p data-logged-stretches={session.done.length}>
            Logged: {session.done.length} {session.done.length === 1 ? 'exercise' : 'exercises'}.
          </p>
        )}
      </div>
      {stopped && (
        <button type="button" class="btn btn-block" onClick={() => leave(onClose, '/checkin')}>
          Check in again
        </button>
      )}
      <button
        type="button"
        class={stopped ? 'btn-secondary btn-block' : 'btn btn-block'}
        onClick={() => leave(onClose, '/plan')}
      >
        Back to your plan
      </button>
      <button type="button" class="btn-secondary btn-block" onClick={() => leave(onClose, '/diary')}>
        See your diary
      </button>
    </section>
  );
}
