/**
 * The check-in, asking only what can change today's answer: a step table driven by the domain's `nextStep`. The
 * page keeps the answers in a reducer (flow-state.ts), asks the domain which screen comes next, and renders that
 * screen from the table. An emergency answer shows the emergency card at once, mid-flow, with no plan.
 */
import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Step } from '../../domain/checkin-flow/next-step.ts';
import { profileFromAnswers, rememberedAt } from '../../domain/checkin-flow/remembered.ts';
import { STEP_IDS, type StepId } from '../../domain/checkin-flow/rows.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import { triage } from '../../domain/triage/triage.ts';
import { now } from '../lib/clock.ts';
import { careLogFrom } from '../lib/events.ts';
import { events, type TodayCheckIn, today, user } from '../lib/store.ts';
import { navigate } from '../router.ts';
import { EmergencyCard, UrgentCard } from './alert-cards.tsx';
import { ConfirmStep, TodayStep } from './confirm-step.tsx';
import { confirmSoughtCare, submitCheckIn } from './finish.ts';
import { EmergencyFlagsStep, UrgentFlagsStep } from './flag-rows.tsx';
import { type FlowState, flowReducer, initialFlow, rememberedFor, resultOf } from './flow-state.ts';
import { HistoryStepScreen } from './history-rows.tsx';
import { loadProfile, profile, saveProfile } from './remembered-store.ts';
import type { StepProps } from './step-props.ts';
import {
  AgeStep,
  DeskStep,
  FirstStep,
  MassageStep,
  PainStep,
  SinceStep,
  SleepStep,
  TrendStep,
} from './step-screens.tsx';

/**
 * Each step's screen. A screen reads only its own member of the domain's Step union; a Record cannot tie a key
 * to that member, hence the one cast where a screen is looked up.
 */
const SCREENS: Readonly<Record<StepId, FunctionComponent<StepProps<never>>>> = {
  pain: PainStep,
  'flags-emergency': EmergencyFlagsStep,
  'flags-urgent': UrgentFlagsStep,
  since: SinceStep,
  massage: MassageStep,
  trend: TrendStep,
  age: AgeStep,
  first: FirstStep,
  bones: HistoryStepScreen,
  medicines: HistoryStepScreen,
  skin: HistoryStepScreen,
  desk: DeskStep,
  sleep: SleepStep,
  today: TodayStep,
  confirm: ConfirmStep,
};

// The flow's relevance checks use the plan builder: loaded after the first screen (which is always the pain
// score), so the app's first load stays small; the service worker precaches it for offline use.
type FlowModule = typeof import('../../domain/checkin-flow/next-step.ts');
const flowModule = signal<FlowModule | null>(null);
let requested = false;
function loadFlow(): void {
  if (requested) return;
  requested = true;
  void import('../../domain/checkin-flow/next-step.ts').then((m) => {
    flowModule.value = m;
  });
}

function stepKey(state: FlowState): string {
  return String(state.past.length);
}

export function CheckInPage() {
  const [state, dispatch] = useReducer(flowReducer, undefined, initialFlow);
  const [finished, setFinished] = useState(false);
  const submitted = useRef<string | null>(null);
  const beforeEmergency = useRef<TodayCheckIn | null>(null);
  useEffect(loadFlow, []);
  // Again once the app learns who is signed in: their answers may be on the account.
  const userId = user.value?.id;
  useEffect(loadProfile, [userId]);

  const atDate = now();
  const at = atDate.toISOString();
  const stored = profile.value;
  const remembered = stored ? rememberedAt(stored, at) : null;
  const mod = flowModule.value;
  const result = mod
    ? resultOf(state, { at, log: careLogFrom(events.value, at), remembered }, mod.nextStep)
    : state.answers.painScore === undefined
      ? ({ done: false, step: { id: 'pain' } } as const)
      : null;

  const emergency = result?.done && result.level === 'emergency' ? result.checkIn : null;
  const doneCheckIn = result?.done && result.level !== 'emergency' ? result.checkIn : null;

  useEffect(() => {
    if (!emergency) return;
    // Keep it as today's check-in at once, so no other screen can show a plan instead. At emergency the
    // assessment is the triage and no plan (contract), exactly what assess() returns.
    beforeEmergency.current = today.peek();
    today.value = { checkIn: emergency, assessment: { triage: triage(emergency), plan: null } };
  }, [emergency?.symptoms.join(), emergency?.history.join()]);

  useEffect(() => {
    if (!doneCheckIn || submitted.current === stepKey(state)) return;
    submitted.current = stepKey(state);
    finish(doneCheckIn, state, remembered, setFinished);
  }, [doneCheckIn !== null, stepKey(state)]);

  if (emergency) {
    return (
      <EmergencyCard
        flags={triage(emergency).flags}
        onChangeAnswer={() => {
          today.value = beforeEmergency.current;
          dispatch({ type: 'back' });
        }}
      />
    );
  }
  const t = today.value;
  if (finished && t && t.assessment.plan === null) {
    return (
      <UrgentCard
        flags={t.assessment.triage.flags}
        onSoughtCare={() => {
          void confirmSoughtCare().then((a) => {
            if (a?.plan) navigate('/plan');
          });
        }}
      />
    );
  }
  if (result === null || result.done) {
    return (
      <p class="muted" role="status">
        {result === null ? 'Loading the next question…' : 'Making your plan…'}
      </p>
    );
  }
  const step: Step = result.step;
  const Screen = SCREENS[step.id] as FunctionComponent<StepProps>;
  const props: StepProps = {
    step,
    state,
    remembered: rememberedFor(state, remembered),
    previous: remembered?.answers ?? null,
    answer: (answers, choices) =>
      dispatch(choices ? { type: 'answer', answers, choices } : { type: 'answer', answers }),
    onBack: state.past.length > 0 ? () => dispatch({ type: 'back' }) : undefined,
    review: () => dispatch({ type: 'review' }),
    progress: STEP_IDS.indexOf(step.id) / (STEP_IDS.length - 1),
  };
  // Keyed by step: a screen's own ticks never carry over to the next screen of the same kind.
  return <Screen key={step.id} {...props} />;
}

/** Assesses and stores the finished check-in, remembers the answers, and opens the plan when there is one. */
function finish(
  checkIn: CheckIn,
  state: FlowState,
  remembered: ReturnType<typeof rememberedAt> | null,
  setFinished: (v: boolean) => void,
): void {
  saveProfile(profileFromAnswers(state.answers, rememberedFor(state, remembered), checkIn.at));
  void submitCheckIn(checkIn).then((assessment) => {
    setFinished(true);
    if (assessment.plan) navigate('/plan');
  });
}
