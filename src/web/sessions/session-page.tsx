/**
 * The guided-session route (`#/session/:kind`), loaded lazily by the app shell. One page per kind; each
 * obeys today's plan and the interlocks.
 */
import './sessions.css';
import { CreamLog } from './cream-log.tsx';
import { ExerciseSessionView } from './exercise-session.tsx';
import { IbuprofenLog } from './ibuprofen-log.tsx';
import { PackSessionView } from './pack-session.tsx';
import { SleepLog } from './sleep-log.tsx';
import { StretchSessionView } from './stretch-session.tsx';
import { WaterLog } from './water-log.tsx';

/** Session kinds this page knows; the plan's `hydration` remedy maps to `water`. */
export const SESSION_KINDS = [
  'cold',
  'heat',
  'stretch',
  'exercise',
  'water',
  'sleep',
  'cream',
  'ibuprofen',
] as const;

/** The session for `kind` (from the route), or a calm "not found" with a way back. */
export function SessionPage({ kind }: { kind: string }) {
  return (
    <div class="session-page" data-page="session" data-kind={kind}>
      <Body kind={kind === 'hydration' ? 'water' : kind} />
    </div>
  );
}

function Body({ kind }: { kind: string }) {
  switch (kind) {
    case 'cold':
    case 'heat':
      return <PackSessionView key={kind} kind={kind} />;
    case 'stretch':
      return <StretchSessionView />;
    case 'exercise':
      return <ExerciseSessionView />;
    case 'water':
      return <WaterLog />;
    case 'sleep':
      return <SleepLog />;
    case 'cream':
      return <CreamLog />;
    case 'ibuprofen':
      return <IbuprofenLog />;
    default:
      return (
        <section class="session">
          <h1>There is no guided session here</h1>
          <a class="btn btn-block" href="#/plan">
            Back to your plan
          </a>
        </section>
      );
  }
}

export default SessionPage;
