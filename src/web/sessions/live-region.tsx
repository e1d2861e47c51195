/**
 * Two aria-live regions: polite for the calm countdown messages, assertive only for "take it off now".
 * They are always in the page (a region added at the same time as its text is often not read).
 */
import { useCallback, useState } from 'preact/hooks';

/** What to say and how urgently. */
export interface Spoken {
  text: string;
  politeness: 'polite' | 'assertive';
}

/** State and a setter for {@link LiveRegions}. */
export function useAnnouncer(): [Spoken | null, (s: Spoken) => void] {
  const [spoken, setSpoken] = useState<Spoken | null>(null);
  const say = useCallback((s: Spoken) => setSpoken({ ...s }), []);
  return [spoken, say];
}

/** Renders both regions, visually hidden; the on-screen timer already shows the same thing. */
export function LiveRegions({ spoken }: { spoken: Spoken | null }) {
  return (
    <>
      <div class="sr-only" aria-live="polite" aria-atomic="true" data-live="polite">
        {spoken?.politeness === 'polite' ? spoken.text : ''}
      </div>
      <div class="sr-only" aria-live="assertive" aria-atomic="true" data-live="assertive">
        {spoken?.politeness === 'assertive' ? spoken.text : ''}
      </div>
    </>
  );
}
