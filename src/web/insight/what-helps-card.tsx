import { useEffect, useState } from 'preact/hooks';
import { describeInterval, describeRemedy } from '../../domain/insight/describe.ts';
import type { InsightReport, RemedyInsight } from '../../domain/insight/types.ts';
import { ApiError } from '../lib/api.ts';
import { fetchInsights } from './insight-api.ts';
import { IntervalBar } from './interval-bar.tsx';

const when = (iso: string) =>
  new Date(iso).toLocaleString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The uses behind one claim: pain before and after, and what the usual course predicted. */
function Data({ r }: { r: RemedyInsight }) {
  if (r.windows.length === 0)
    return <p class="muted">No use yet with a pain score before and 1-3 hours after.</p>;
  return (
    <table class="ins-data">
      <caption class="sr-only">Uses of this remedy with pain before and after</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Pain before → after</th>
          <th scope="col">Usual change</th>
        </tr>
      </thead>
      <tbody>
        {r.windows.map((w) => (
          <tr key={w.at}>
            <td>{when(w.at)}</td>
            <td>
              {w.before} → {w.after} <span class="muted">({w.minutes} min)</span>
            </td>
            <td>
              {w.expectedChange === null ? '–' : `${w.expectedChange > 0 ? '+' : ''}${w.expectedChange}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Row({ r }: { r: RemedyInsight }) {
  const interval = describeInterval(r);
  return (
    <li class={`ins-row ins-${r.verdict}`}>
      <p class="ins-claim">{describeRemedy(r)}</p>
      {r.effect !== null && r.low !== null && r.high !== null && (
        <>
          <IntervalBar effect={r.effect} low={r.low} high={r.high} />
          <p class="small muted">{interval}</p>
        </>
      )}
      <details>
        <summary>
          See the data ({r.windows.length < r.uses ? `latest ${r.windows.length} of ${r.uses}` : r.uses} uses)
        </summary>
        {r.naiveChange !== null && (
          <p class="small">
            A plain before/after would say {r.naiveChange > 0 ? '+' : ''}
            {r.naiveChange} points: pain taken at a peak usually falls anyway, which is why we compare with
            your usual course.
          </p>
        )}
        <Data r={r} />
      </details>
    </li>
  );
}

/** "What helps me": remedies ranked, in plain words, each claim's data one tap away so it can be checked. */
export function WhatHelpsCard() {
  const [report, setReport] = useState<InsightReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchInsights()
      .then(setReport)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Could not load your insights.'));
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!report)
    return (
      <p class="muted" role="status">
        Working it out…
      </p>
    );
  return (
    <section class="card stack" aria-labelledby="ins-h">
      <h2 id="ins-h">What helps me</h2>
      {report.remedies.length === 0 ? (
        <p>
          Log a pain score, use a remedy, then score pain again 1-3 hours later: after {report.method.minUses}{' '}
          such uses we can say how it compares with your usual course.
        </p>
      ) : (
        <ol class="ins-list">
          {report.remedies.map((r) => (
            <Row key={r.remedy} r={r} />
          ))}
        </ol>
      )}
      {report.naturalCourse.model === 'none' && (
        <p class="small">
          We also need at least 10 stretches of a few hours with two pain scores and no remedy, to learn how
          your pain changes on its own ({report.naturalCourse.windows} so far).
        </p>
      )}
      <h3>After massages</h3>
      <p>{report.massage.summary}</p>
      <details>
        <summary>Why? How this is worked out</summary>
        <div class="stack small">
          <p>
            For each use we take your pain score just before (up to an hour) and the one 1-3 hours after. Pain
            often falls by itself: episodes settle over days, it changes with the time of day, and a score
            taken at a peak tends to come down whatever you do. So we compare each use with what your own pain
            did over similar hours when you used nothing, starting from the same level.
          </p>
          <p>
            Estimates are pulled toward "no difference" until the data are strong, and the bar shows the range
            the true difference probably lies in (90 %). We say "less pain" only when the whole range is below
            zero and reaches a change people notice: about 2 points, or 30 % at lower levels (IN-NRS-MCID; a
            single score can be a point off, IN-NRS-MDC). We need {report.method.minUses} uses with scores
            before and after first.
          </p>
          <p>
            This is your own record, not a trial: it shows what happened after each remedy, not proof that it
            caused it. When two remedies are nearly always used together, we cannot tell them apart and say
            so.
          </p>
          <p>
            Sources: <a href="https://doi.org/10.1016/S0304-3959%2801%2900349-9">Farrar et al. 2001, Pain</a>;{' '}
            <a href="https://pubmed.ncbi.nlm.nih.gov/15928561/">Childs et al. 2005, Spine</a>.
          </p>
        </div>
      </details>
    </section>
  );
}
