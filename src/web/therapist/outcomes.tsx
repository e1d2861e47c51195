/** A completed visit's follow-ups and review as the therapist sees them (agenda and client history). */

import { trendPoints } from './past-visits.ts';
import type { AftercareFields } from './therapist-api.ts';

const STATUS = { done: 'done', due: 'due, not answered yet', scheduled: 'not due yet' } as const;

/** A tiny line of the pain scores (0-10); the text beside it carries the same figures for everyone. */
function Sparkline({ values }: { values: number[] }) {
  const w = 96;
  const h = 32;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const y = (v: number) => h - 2 - (v / 10) * (h - 4);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg
      class="tp-spark"
      viewBox={`-3 0 ${w + 6} ${h}`}
      width={w + 6}
      height={h}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="2" />
      {values.map((v, i) => (
        <circle key={`${i}-${v}`} cx={i * step} cy={y(v)} r="3" fill="currentColor" />
      ))}
    </svg>
  );
}

/**
 * "Follow-ups: 1 of 2 done", then the answers and a pain trend when the client shared them (so the therapist
 * can adjust pressure next time), or a plain sentence that they did not. Nothing the client kept private is
 * shown or hinted at beyond whether each follow-up was done.
 */
export function FollowUpOutcomes({ v }: { v: AftercareFields }) {
  const followUps = v.followUps ?? [];
  if (followUps.length === 0) return null;
  const done = followUps.filter((f) => f.status === 'done').length;
  const shared = v.shareFollowUps === true;
  const trend = shared ? trendPoints(v.painBefore, followUps) : [];
  return (
    <div class="tp-outcomes" data-followups>
      <p>
        <strong>
          Follow-ups: {done} of {followUps.length} done
        </strong>
      </p>
      {shared ? (
        <>
          <ul class="tp-answers">
            {followUps.map((f) => (
              <li key={f.id}>
                {f.answers
                  ? `After ${f.hours} h: pain ${f.answers.painScore}, soreness ${f.answers.soreness}${
                      f.answers.symptoms && f.answers.symptoms.length > 0
                        ? ', with a new symptom reported'
                        : ''
                    }`
                  : `After ${f.hours} h: ${STATUS[f.status]}`}
              </li>
            ))}
          </ul>
          {trend.length > 1 ? (
            <p class="tp-trend">
              <Sparkline values={trend.map((p) => p.value)} />
              <span>Pain trend: {trend.map((p) => `${p.label} ${p.value}`).join(', ')}</span>
            </p>
          ) : null}
        </>
      ) : (
        <p class="muted">The client has not shared the answers.</p>
      )}
    </div>
  );
}

/** "Rated 4 of 5" with the client's words, when they reviewed the visit. */
export function ReviewLine({ review }: { review: AftercareFields['review'] }) {
  if (!review) return null;
  return (
    <p data-review>
      Rated {review.stars} of 5{review.text ? `: “${review.text}”` : ''}
    </p>
  );
}
