/** The one-question screens of the check-in: one tap answers and moves on. */
import type { Trend } from '../../domain/contract/ids.ts';
import { now } from '../lib/clock.ts';
import { Choices, PainScale, Screen } from './choice-step.tsx';
import {
  AGE_BANDS,
  type AgeBand,
  type MassageChoice,
  massageFrom,
  onsetFrom,
  SINCE_CHOICES,
  type SleepChoice,
  sleepHoursFrom,
} from './draft.ts';
import type { StepProps } from './step-props.ts';

const TRENDS: readonly { value: Trend; label: string }[] = [
  { value: 'better', label: 'Getting better' },
  { value: 'same', label: 'About the same' },
  { value: 'worse', label: 'Getting worse' },
];

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');

export function PainStep(p: StepProps) {
  return (
    <Screen
      id="pain"
      progress={p.progress}
      onBack={p.onBack}
      title="How bad is your pain right now?"
      hint="Tap a number. 0 is no pain."
    >
      <PainScale selected={p.state.answers.painScore} onPick={(n) => p.answer({ painScore: n })} />
    </Screen>
  );
}

export function SinceStep(p: StepProps) {
  const c = p.state.choices;
  const at = now();
  const localMax = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  return (
    <Screen
      id="since"
      progress={p.progress}
      onBack={p.onBack}
      title="When did this pain start?"
      next={
        c.sinceAt
          ? {
              label: 'Next',
              onClick: () => p.answer({ onsetAt: onsetFrom(c, now()).toISOString() }),
            }
          : undefined
      }
    >
      <Choices
        label="When"
        options={SINCE_CHOICES}
        selected={c.sinceAt ? undefined : c.since}
        onPick={(v) => {
          const choices = { since: v, sinceAt: undefined };
          p.answer({ onsetAt: onsetFrom(choices, now()).toISOString() }, choices);
        }}
      />
      <SincePicker value={c.sinceAt} max={localMax} onPick={(v) => p.answer({}, { sinceAt: v })} />
    </Screen>
  );
}

function SincePicker(props: {
  value: string | undefined;
  max: string;
  onPick: (v: string | undefined) => void;
}) {
  return (
    <label class="field">
      <span>Or pick a date and time</span>
      <input
        type="datetime-local"
        value={props.value ?? ''}
        max={props.max}
        onChange={(e) => props.onPick(e.currentTarget.value || undefined)}
      />
    </label>
  );
}

const MASSAGE_WHEN: readonly { value: Exclude<MassageChoice, 'no'>; label: string }[] = [
  { value: 'lt12', label: 'Less than 12 hours' },
  { value: '12to24', label: '12 to 24 hours' },
  { value: 'gt24', label: 'More than a day' },
];

export function MassageStep(p: StepProps) {
  const c = p.state.choices;
  const asked = c.massage !== undefined && c.massage !== 'no';
  const onset = p.state.answers.onsetAt ?? p.remembered?.answers.onsetAt;
  const pick = (m: MassageChoice) => {
    const start = onset ? new Date(onset) : onsetFrom(c, now());
    const at = massageFrom(m, start);
    p.answer({ massageAt: at ? at.toISOString() : null }, { massage: m });
  };
  return (
    <Screen id="massage" progress={p.progress} onBack={p.onBack} title="Did the pain start after a massage?">
      <Choices
        label="After a massage"
        options={YES_NO}
        selected={c.massage === undefined ? undefined : asked ? 'yes' : 'no'}
        onPick={(v) => (v === 'yes' ? p.answer({}, { massage: 'lt12' }) : pick('no'))}
      />
      {asked ? (
        <>
          <h2 id="massage-when">How long before the pain began was the massage?</h2>
          <Choices label="How long before" options={MASSAGE_WHEN} selected={undefined} onPick={pick} />
        </>
      ) : null}
    </Screen>
  );
}

export function TrendStep(p: StepProps) {
  return (
    <Screen id="trend" progress={p.progress} onBack={p.onBack} title="Since it started, is it…">
      <Choices
        label="Trend"
        options={TRENDS}
        selected={p.state.answers.trend}
        onPick={(v) => p.answer({ trend: v })}
      />
    </Screen>
  );
}

export function AgeStep(p: StepProps) {
  const previous = p.previous?.age;
  return (
    <Screen
      id="age"
      progress={p.progress}
      onBack={p.onBack}
      title="How old are you?"
      hint="Some advice changes with age. Unknot is for people aged 16 and over."
    >
      <Choices<AgeBand>
        label="Age"
        options={AGE_BANDS}
        selected={p.state.choices.age}
        onPick={(v) => p.answer({ age: AGE_BANDS.find((b) => b.value === v)?.age ?? 35 }, { age: v })}
      />
      {previous !== undefined ? <p class="muted small">Last time you said {previous}.</p> : null}
    </Screen>
  );
}

export function FirstStep(p: StepProps) {
  return (
    <Screen
      id="first"
      progress={p.progress}
      onBack={p.onBack}
      title="Is this the first time you have had back pain?"
    >
      <Choices
        label="First time"
        options={YES_NO}
        selected={yesNo(p.state.answers.firstEpisode)}
        onPick={(v) => p.answer({ firstEpisode: v === 'yes' })}
      />
    </Screen>
  );
}

export function DeskStep(p: StepProps) {
  return (
    <Screen id="desk" progress={p.progress} onBack={p.onBack} title="Do you work at a desk?">
      <Choices
        label="Desk work"
        options={YES_NO}
        selected={yesNo(p.state.answers.workAtDesk)}
        onPick={(v) => p.answer({ workAtDesk: v === 'yes' })}
      />
    </Screen>
  );
}

const SLEEP: readonly { value: SleepChoice; label: string }[] = [
  { value: 'lt5', label: 'Less than 5 hours' },
  { value: '5to6', label: '5 to 6 hours' },
  { value: '7to8', label: '7 to 8 hours' },
  { value: '9plus', label: '9 hours or more' },
  { value: 'unknown', label: 'I am not sure' },
];

export function SleepStep(p: StepProps) {
  return (
    <Screen id="sleep" progress={p.progress} onBack={p.onBack} title="How long did you sleep last night?">
      <Choices
        label="Sleep"
        options={SLEEP}
        selected={p.state.choices.sleep}
        onPick={(v) => p.answer({ sleepHours: sleepHoursFrom(v) }, { sleep: v })}
      />
    </Screen>
  );
}
