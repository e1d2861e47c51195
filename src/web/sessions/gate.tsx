/** Why a session cannot start now, with a live countdown when it only has to wait. */
import type { GateState } from './session-data.ts';
import { spokenDuration } from './use-now.ts';
import { Why } from './why.tsx';

/** The "not now" card. `now` comes from the page's clock so the countdown stays live. */
export function Gate({ gate, now }: { gate: Exclude<GateState, { state: 'open' }>; now: number }) {
  return (
    <div class="note wait" data-gate={gate.state}>
      {gate.state === 'wait' ? (
        <p class="big-text">
          Available at {new Date(gate.until).toLocaleTimeString([], { timeStyle: 'short' })}
          <span class="sub"> (in {spokenDuration(Math.max(0, gate.until - now))})</span>
        </p>
      ) : (
        <p class="big-text">Not for today</p>
      )}
      <p>{gate.reason}</p>
      {gate.facts.length > 0 && <Why facts={gate.facts} />}
      <a class="btn-secondary btn-block" href="#/plan">
        Back to your plan
      </a>
    </div>
  );
}
