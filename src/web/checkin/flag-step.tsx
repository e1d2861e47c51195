import type { Symptom } from '../../domain/contract/ids.ts';
import type { SymptomQuestion } from '../../domain/triage/questions.ts';
import type { Answer } from './draft.ts';

const OPTIONS: readonly { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** One red-flag question: Yes / No / Not sure as three large radio buttons. */
export function FlagQuestion(props: {
  q: SymptomQuestion;
  answer: Answer | undefined;
  onAnswer: (id: Symptom, a: Answer) => void;
}) {
  const { q } = props;
  const hintId = `hint-${q.id}`;
  return (
    <fieldset class="question" data-symptom={q.id} aria-describedby={q.hint ? hintId : undefined}>
      <legend>{q.question}</legend>
      {q.hint ? (
        <p class="hint" id={hintId}>
          {q.hint}
        </p>
      ) : null}
      <div class="ynu">
        {OPTIONS.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={`flag-${q.id}`}
              value={o.value}
              data-value={o.value}
              checked={props.answer === o.value}
              onChange={() => props.onAnswer(q.id, o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
