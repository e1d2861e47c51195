import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<ComponentType<P>>;

/**
 * A route component loaded on first use (its own chunk). Shows a calm "Loading…" meanwhile and a retry when
 * the chunk cannot be fetched (offline before it was cached).
 */
export function lazyPage<P extends object>(load: Loader<P>): ComponentType<P> {
  let cached: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | undefined>(() => cached);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      let live = true;
      load()
        .then((c) => {
          cached = c;
          if (live) setPage(() => c);
        })
        .catch(() => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [Page]);
    if (Page) return <Page {...props} />;
    if (failed) {
      return (
        <div class="stack">
          <p>This page could not load. You may be offline.</p>
          <button type="button" class="btn" onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      );
    }
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  };
}
