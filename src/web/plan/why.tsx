import type { FactId } from '../../domain/facts/registry.ts';
import { FACTS } from '../../domain/facts/registry.ts';

/**
 * "Why?": the longer explanation (`intro`), then the facts behind an item, in our words, with their sources and
 * any seed-vs-evidence note. Collapsed, so the plan stays short for a person in pain.
 */
export function WhyDetails({ facts, intro }: { facts: readonly FactId[]; intro?: string }) {
  if (facts.length === 0 && !intro) return null;
  return (
    <details class="why">
      <summary>Why?</summary>
      {intro ? <p class="why-text">{intro}</p> : null}
      {facts.map((id) => {
        const f = FACTS[id];
        return (
          <div class="fact" key={id} data-fact={id}>
            <h3>{f.title}</h3>
            <p>{f.statement}</p>
            {f.seedDiffers ? (
              <p class="seed-note">
                <strong>A note: </strong>
                {f.seedDiffers}
              </p>
            ) : null}
            <ul aria-label={`Sources for ${f.title}`}>
              {f.sources.map((s) => (
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
