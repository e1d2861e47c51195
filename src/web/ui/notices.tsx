import { dismissNotice, notices } from '../lib/store.ts';

/** Short notes (e.g. an entry the server refused), read out politely and dismissable. */
export function Notices() {
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.value.map((n) => (
        <p class="notice" key={n}>
          <span>{n}</span>
          <button type="button" class="btn-text" onClick={() => dismissNotice(n)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
