/**
 * "Why?": every limit a session enforces shows the fact behind it and where it comes from, in a native
 * disclosure (keyboard and screen-reader friendly with no script).
 */
import { FACTS, type FactId, factUrls } from '../../domain/facts/registry.ts';

/** A limit's reason: the facts' statements and source links. */
export function Why({ facts, label = 'Why?' }: { facts: readonly FactId[]; label?: string }) {
  return (
    <details class="why">
      <summary>{label}</summary>
      {facts.map((id) => {
        const fact = FACTS[id];
        const url = factUrls(id)[0];
        return (
          <p key={id}>
            {fact.statement}{' '}
            {url && (
              <a href={url} target="_blank" rel="noopener noreferrer">
                Source<span class="sr-only">: {fact.title}</span>
              </a>
            )}
          </p>
        );
      })}
    </details>
  );
}
