/**
 * "Why?": every limit a session enforces shows the fact behind it and its sources, in a native disclosure
 * (keyboard and screen-reader friendly with no script). Inline after a sentence while closed; the facts open
 * as a block below. Place it in a `div`, not a `p` (a disclosure is not phrasing content).
 */
import { FACTS, type FactId } from '../../domain/facts/registry.ts';

/** A limit's reason: each fact's title, our statement and its source links. */
export function Why({ facts, label = 'Why?' }: { facts: readonly FactId[]; label?: string }) {
  if (facts.length === 0) return null;
  return (
    <details class="why-inline">
      <summary>{label}</summary>
      {facts.map((id) => {
        const fact = FACTS[id];
        return (
          <div class="fact" key={id} data-fact={id}>
            <p>
              <strong>{fact.title}.</strong> {fact.statement}
            </p>
            <ul aria-label={`Sources for ${fact.title}`}>
              {fact.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.label}
                    <span class="sr-only"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </details>
  );
}
