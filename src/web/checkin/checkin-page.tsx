import { useState } from 'preact/hooks';
import type { Flag } from '../../domain/contract/assessment.ts';
import type { Area, History, Symptom, Trend } from '../../domain/contract/ids.ts';
import {
  GROUP_TITLES,
  HISTORY_GROUPS,
  historyQuestionsIn,
  NOT_SURE_MEANS_YES,
  SYMPTOM_GROUPS,
  symptomQuestionsIn,
} from '../../domain/triage/questions.ts';
import { triage } from '../../domain/triage/triage.ts';
import { now } from '../lib/clock.ts';
import { events, settings, today } from '../lib/store.ts';
import { navigate } from '../router.ts';
import { EmergencyCard, UrgentCard } from './alert-cards.tsx';
import { Choices, PainScale, Screen } from './choice-step.tsx';
import { type Answer, buildCheckIn, type Draft, emptyDraft, SINCE_CHOICES } from './draft.ts';
import { confirmSoughtCare, submitCheckIn } from './finish.ts';
import { FlagQuestion } from './flag-step.tsx';
import { TodayLog } from './today-step.tsx';

const emergencyLevel = (s: Symptom): boolean => NOT_SURE_MEANS_YES.includes(s);

const STEPS = [
  'pain',
  'area',
  'since',
  'massage',
  'trend',
  'first',
  ...SYMPTOM_GROUPS.map((g) => `flags-${g}`),
  ...HISTORY_GROUPS.map((g) => `history-${g}`),
  'age',
  'pregnancy',
  'desk',
  'sleep',
  'today',
];

const AREAS: readonly { value: Area; label: string }[] = [
  { value: 'lower', label: 'Lower back' },
  { value: 'middle', label: 'Middle back' },
  { value: 'upper', label: 'Upper back, between the shoulders' },
  { value: 'neck', label: 'Neck' },
];

const TRENDS: readonly { value: Trend; label: string }[] = [
  { value: 'better', label: 'Getting better' },
  { value: 'same', label: 'About the same' },
  { value: 'worse', label: 'Getting worse' },
];

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/**
 * The check-in: one short question per screen. After every answer the draft is triaged with the domain's
 * `triage()`, so an emergency answer shows the emergency card at once, mid-flow, with no plan. The full
 * `assess()` (with the plan builder) loads on demand when the check-in is finished.
 */
export function CheckInPage() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [index, setIndex] = useState(0);
  const [finished, setFinished] = useState(false);
  const [emergencyFrom, setEmergencyFrom] = useState<number | null>(null);
  const [emergencyFlags, setEmergencyFlags] = useState<Flag[] | null>(null);
  const [beforeEmergency, setBeforeEmergency] = useState<typeof today.value>(null);

  const update = (patch: Partial<Draft>, advance = true) => {
    const nextDraft = { ...draft, ...patch };
    setDraft(nextDraft);
    // Triage what is known so far (the same pure rules the server runs): an emergency shows at once.
    const checkIn = buildCheckIn(nextDraft, now(), events.value, emergencyLevel);
    const t = triage(checkIn);
    if (t.level === 'emergency') {
      // Keep it as today's check-in on this device at once, so no other screen can show a plan instead.
      // At emergency the assessment is the triage and no plan (contract), exactly what assess() returns.
      setBeforeEmergency(today.peek());
      today.value = { checkIn, assessment: { triage: t, plan: null } };
      setEmergencyFlags(t.flags);
      setEmergencyFrom(index);
      return;
    }
    setEmergencyFlags(null);
    if (advance) setIndex((i) => Math.min(i + 1, STEPS.length - 1));
  };

  const showEmergency = emergencyFrom !== null && emergencyFlags !== null;
  if (showEmergency) {
    return (
      <EmergencyCard
        flags={emergencyFlags}
        onChangeAnswer={() => {
          today.value = beforeEmergency;
          setEmergencyFrom(null);
          setIndex(emergencyFrom ?? 0);
        }}
      />
    );
  }

  const t = today.value;
  if (finished && t) {
    if (t.assessment.triage.level === 'emergency') return <EmergencyCard flags={t.assessment.triage.flags} />;
    if (t.assessment.plan === null) {
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
  }

  const step = STEPS[index] ?? 'pain';
  const common = {
    id: step,
    index,
    total: STEPS.length,
    onBack: index > 0 ? () => setIndex(index - 1) : undefined,
  };

  const finish = () => {
    const checkIn = buildCheckIn(draft, now(), events.value, emergencyLevel);
    void submitCheckIn(checkIn).then((assessment) => {
      setFinished(true);
      if (assessment.plan) navigate('/plan');
    });
  };

  if (step === 'pain') {
    return (
      <Screen {...common} title="How bad is your pain right now?" hint="Tap a number. 0 is no pain.">
        <PainScale selected={draft.pain} onPick={(n) => update({ pain: n })} />
      </Screen>
    );
  }
  if (step === 'area') {
    return (
      <Screen {...common} title="Where does it hurt most?">
        <Choices label="Where" options={AREAS} selected={draft.area} onPick={(v) => update({ area: v })} />
      </Screen>
    );
  }
  if (step === 'since') {
    return (
      <Screen {...common} title="When did this pain start?">
        <Choices
          label="When"
          options={SINCE_CHOICES}
          selected={draft.sinceAt ? undefined : draft.since}
          onPick={(v) => update({ since: v, sinceAt: undefined })}
        />
        <label class="field">
          <span>Or pick a date and time</span>
          <input
            type="datetime-local"
            value={draft.sinceAt ?? ''}
            max={new Date(now().getTime() - now().getTimezoneOffset() * 60_000).toISOString().slice(0, 16)}
            onChange={(e) => update({ sinceAt: e.currentTarget.value || undefined }, false)}
          />
        </label>
        {draft.sinceAt ? (
          <button type="button" class="btn" data-next onClick={() => setIndex(index + 1)}>
            Next
          </button>
        ) : null}
      </Screen>
    );
  }
  if (step === 'massage') {
    const hadMassage = draft.massage !== undefined && draft.massage !== 'no';
    const [asked, setAsked] = [hadMassage, (v: boolean) => update({ massage: v ? 'lt12' : 'no' }, !v)];
    return (
      <Screen {...common} title="Did the pain start after a massage?">
        <Choices
          label="After a massage"
          options={YES_NO}
          selected={draft.massage === undefined ? undefined : asked ? 'yes' : 'no'}
          onPick={(v) => setAsked(v === 'yes')}
        />
        {asked ? (
          <>
            <h2 id="massage-when">How long before the pain began was the massage?</h2>
            <Choices
              label="How long before"
              options={[
                { value: 'lt12', label: 'Less than 12 hours' },
                { value: '12to24', label: '12 to 24 hours' },
                { value: 'gt24', label: 'More than a day' },
              ]}
              selected={undefined}
              onPick={(v) => update({ massage: v })}
            />
          </>
        ) : null}
      </Screen>
    );
  }
  if (step === 'trend') {
    return (
      <Screen {...common} title="Since it started, is it…">
        <Choices label="Trend" options={TRENDS} selected={draft.trend} onPick={(v) => update({ trend: v })} />
      </Screen>
    );
  }
  if (step === 'first') {
    return (
      <Screen {...common} title="Is this the first time you have had back pain?">
        <Choices
          label="First time"
          options={YES_NO}
          selected={draft.firstEpisode === undefined ? undefined : draft.firstEpisode ? 'yes' : 'no'}
          onPick={(v) => update({ firstEpisode: v === 'yes' })}
        />
      </Screen>
    );
  }
  if (step.startsWith('flags-')) {
    const group = step.slice(6) as (typeof SYMPTOM_GROUPS)[number];
    const questions = symptomQuestionsIn(group);
    const allAnswered = questions.every((q) => draft.answers[q.id] !== undefined);
    return (
      <Screen
        {...common}
        title={GROUP_TITLES[group]}
        hint="If you are not sure, choose Not sure."
        next={{ label: 'Next', onClick: () => setIndex(index + 1), disabled: !allAnswered }}
      >
        {questions.map((q) => (
          <FlagQuestion
            key={q.id}
            q={q}
            answer={draft.answers[q.id]}
            onAnswer={(id: Symptom, a: Answer) => update({ answers: { ...draft.answers, [id]: a } }, false)}
          />
        ))}
      </Screen>
    );
  }
  if (step.startsWith('history-')) {
    const group = step.slice(8) as (typeof HISTORY_GROUPS)[number];
    const toggle = (id: History, on: boolean) =>
      update({ history: on ? [...draft.history, id] : draft.history.filter((h) => h !== id) }, false);
    return (
      <Screen
        {...common}
        title={GROUP_TITLES[group]}
        hint="Tick any that are true for you. Leave the rest."
        next={{ label: 'Next', onClick: () => setIndex(index + 1) }}
      >
        <ul class="choices">
          {historyQuestionsIn(group).map((q) => (
            <li key={q.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  data-value={q.id}
                  checked={draft.history.includes(q.id)}
                  onChange={(e) => toggle(q.id, e.currentTarget.checked)}
                />
                <span>
                  {q.question}
                  {q.hint ? (
                    <>
                      <br />
                      <span class="small muted">{q.hint}</span>
                    </>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </Screen>
    );
  }
  if (step === 'age') {
    const young = draft.age !== undefined && draft.age < 16;
    const valid = draft.age !== undefined && draft.age >= 16 && draft.age <= 120;
    return (
      <Screen
        {...common}
        title="How old are you?"
        next={{ label: 'Next', onClick: () => setIndex(index + 1), disabled: !valid }}
      >
        <label class="field">
          <span>Age in years</span>
          <input
            type="number"
            inputMode="numeric"
            min={16}
            max={120}
            value={draft.age ?? ''}
            aria-describedby={young ? 'age-young' : undefined}
            onInput={(e) => {
              const n = Number.parseInt(e.currentTarget.value, 10);
              update({ age: Number.isFinite(n) ? n : undefined }, false);
            }}
          />
        </label>
        {young ? (
          <p class="advice" id="age-young" role="alert">
            Unknot is for people aged 16 and over. Please talk to a parent or carer and your doctor or
            pharmacist. If the pain is severe, call {settings.value.emergencyNumber}.
          </p>
        ) : null}
      </Screen>
    );
  }
  if (step === 'pregnancy') {
    const pregnant = draft.pregnancyWeeks !== undefined && draft.pregnancyWeeks !== null;
    return (
      <Screen
        {...common}
        title="Are you pregnant?"
        next={pregnant ? { label: 'Next', onClick: () => setIndex(index + 1) } : undefined}
      >
        <Choices
          label="Pregnant"
          options={YES_NO}
          selected={draft.pregnancyWeeks === undefined ? undefined : pregnant ? 'yes' : 'no'}
          onPick={(v) => update({ pregnancyWeeks: v === 'yes' ? 12 : null }, v === 'no')}
        />
        {pregnant ? (
          <label class="field">
            <span>How many weeks?</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={45}
              value={draft.pregnancyWeeks ?? ''}
              onInput={(e) => {
                const n = Number.parseInt(e.currentTarget.value, 10);
                update({ pregnancyWeeks: Number.isFinite(n) ? Math.min(45, Math.max(1, n)) : 1 }, false);
              }}
            />
          </label>
        ) : null}
      </Screen>
    );
  }
  if (step === 'desk') {
    return (
      <Screen {...common} title="Do you work at a desk?">
        <Choices
          label="Desk work"
          options={YES_NO}
          selected={draft.desk === undefined ? undefined : draft.desk ? 'yes' : 'no'}
          onPick={(v) => update({ desk: v === 'yes' })}
        />
      </Screen>
    );
  }
  if (step === 'sleep') {
    return (
      <Screen {...common} title="How long did you sleep last night?">
        <Choices
          label="Sleep"
          options={[
            { value: 'lt5', label: 'Less than 5 hours' },
            { value: '5to6', label: '5 to 6 hours' },
            { value: '7to8', label: '7 to 8 hours' },
            { value: '9plus', label: '9 hours or more' },
            { value: 'unknown', label: 'I am not sure' },
          ]}
          selected={draft.sleep}
          onPick={(v) => update({ sleep: v })}
        />
      </Screen>
    );
  }
  return (
    <Screen
      {...common}
      title="What have you already done today?"
      next={{ label: 'See my plan', onClick: finish }}
    >
      <p class="muted">This keeps doses and timings safe. Your log on this phone is already counted.</p>
      <TodayLog />
    </Screen>
  );
}
