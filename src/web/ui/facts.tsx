import { Fragment, type JSX } from 'preact';
import type { FactRow } from '../lib/visit-labels.ts';

/** Labelled rows as a description list; nothing at all when there are none. */
export function Facts({
  rows,
  ...attrs
}: { rows: readonly FactRow[] } & JSX.HTMLAttributes<HTMLDListElement>) {
  if (rows.length === 0) return null;
  return (
    <dl {...attrs}>
      {rows.map(([term, detail]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
