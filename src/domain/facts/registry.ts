/**
 * The fact registry: every piece of advice Unknot gives traces to one of these ids, which mirror the evidence
 * brief (../shared/docs/evidence.md). Statements are our own plain words; `sources` let the user ask "Why?".
 */

import { CONTACT_FACTS } from './contact.facts.ts';
import { FACT_IDS, type FactId } from './fact-ids.ts';
import { INSTRUMENT_FACTS } from './instrument.facts.ts';
import { RED_FLAG_FACTS } from './red-flag.facts.ts';
import { RED_FLAG_SOURCES } from './red-flag-sources.data.ts';
import { REMEDY_FACTS } from './remedy.facts.ts';
import { REMEDY_SOURCES } from './sources.data.ts';

export {
  CONTACT_FACT_IDS,
  type ContactFactId,
  FACT_IDS,
  type FactId,
  INSTRUMENT_FACT_IDS,
  type InstrumentFactId,
  RED_FLAG_IDS,
  REMEDY_FACT_IDS,
  type RedFlagId,
  type RemedyFactId,
} from './fact-ids.ts';

/**
 * Where a fact comes from, as the evidence brief writes it: the label names the publisher of the page the
 * link opens ("Publisher: Title"), and a weaker page says what it is ("…, secondary").
 */
export interface FactSource {
  url: string;
  label: string;
}

/** One fact: a short title, a one-line plain statement in our own words, and its sources. */
export interface Fact {
  id: FactId;
  title: string;
  statement: string;
  /** Primary first; empty only for a product rule the brief gives no link for (EC-WHERE). */
  sources: readonly FactSource[];
  /** A gentle note where the seed article says something the evidence does not support. */
  seedDiffers?: string;
}

const SOURCES: Readonly<Record<FactId, readonly FactSource[]>> = { ...RED_FLAG_SOURCES, ...REMEDY_SOURCES };

/** A fact as its family file writes it; the sources come from the brief (sources.data.ts). */
export type FactText = Omit<Fact, 'sources'>;

const TEXTS: Readonly<Record<FactId, FactText>> = {
  ...RED_FLAG_FACTS,
  ...REMEDY_FACTS,
  ...INSTRUMENT_FACTS,
  ...CONTACT_FACTS,
};

/** All facts by id: our words, with the brief's sources. */
export const FACTS: Readonly<Record<FactId, Fact>> = Object.fromEntries(
  FACT_IDS.map((id) => [id, { ...TEXTS[id], sources: SOURCES[id] }]),
) as Record<FactId, Fact>;

const ID_SET: ReadonlySet<string> = new Set(FACT_IDS);

/**
 * Narrows a string to a {@link FactId}.
 * @example isFactId('CO-20') // true
 */
export function isFactId(s: string): s is FactId {
  return ID_SET.has(s);
}

/** The fact with this id. */
export function getFact(id: FactId): Fact {
  return FACTS[id];
}

/** The URLs of a fact's sources, primary first (the brief's order). */
export function factUrls(id: FactId): string[] {
  return FACTS[id].sources.map((s) => s.url);
}

/**
 * Throws when any id is not a known fact. Other areas' tests use it to check that what they cite exists.
 * @example assertKnownFacts(plan.items.flatMap((i) => i.facts))
 */
export function assertKnownFacts(ids: readonly string[]): void {
  const unknown = [...new Set(ids.filter((id) => !isFactId(id)))];
  if (unknown.length > 0) {
    throw new Error(
      `Unknown fact id(s): ${unknown.join(', ')}. Known ids are listed in src/domain/facts/registry.ts.`,
    );
  }
}
