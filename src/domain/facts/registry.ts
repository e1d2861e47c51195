/**
 * The fact registry: every piece of advice Unknot gives traces to one of these ids, which mirror the evidence
 * brief (../shared/docs/evidence.md). Statements are our own plain words; `sources` let the user ask "Why?".
 */

import { RED_FLAG_FACTS } from './red-flag.facts.ts';
import { REMEDY_FACTS } from './remedy.facts.ts';

/** Red-flag fact ids (evidence section 1), in the order of the evidence table. */
export const RED_FLAG_IDS = [
  'RF-SADDLE',
  'RF-BLADDER-BOWEL',
  'RF-BOTH-LEGS',
  'RF-SEXUAL',
  'RF-LEG-WEAKNESS',
  'RF-CHEST',
  'RF-MAJOR-TRAUMA',
  'RF-MINOR-FALL-FRAGILE',
  'RF-RHABDO',
  'RF-NSAID-REACTION',
  'RF-FEVER',
  'RF-WEIGHT-LOSS',
  'RF-LUMP',
  'RF-NIGHT-REST',
  'RF-COUGH-SNEEZE',
  'RF-THORACIC',
  'RF-RISK-HISTORY',
  'RF-NEW-OVER-50',
  'RF-NO-IMPROVEMENT',
  'RF-POST-MASSAGE-LONG',
  'RF-LONG-MEDS',
] as const;
/** A red-flag fact id (`RF-…`). */
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** Remedy fact ids (evidence section 2), grouped by family. */
export const REMEDY_FACT_IDS = [
  'EX-STAY-ACTIVE',
  'EX-ROUTINE',
  'EX-WALK',
  'EX-YOGA',
  'HY-WEAK',
  'HY-NO-EXCESS',
  'CO-WRAP',
  'CO-20',
  'CO-WHEN',
  'CO-NO',
  'HE-EVIDENCE',
  'HE-TEST',
  'HE-WHEAT-BAG',
  'HE-BOTTLE',
  'HE-NO',
  'CR-BURN',
  'CR-MENTHOL',
  'CR-CAPSAICIN',
  'CR-SALICYLATE',
  'IB-DOSE',
  'IB-NO',
  'IB-CAUTION',
  'IB-NICE',
  'ST-HOLD',
  'ST-NHS',
  'ST-TOE-TOUCH',
  'ST-STOP',
  'PO-MONITOR',
  'PO-CHAIR',
  'SL-HOURS',
  'SL-POSITION',
  'SL-MATTRESS',
  'MA-COMMON',
  'MA-RARE',
  'MA-NICE',
] as const;
/** A remedy fact id (`EX-…`, `CO-…`, `IB-…` and so on). */
export type RemedyFactId = (typeof REMEDY_FACT_IDS)[number];

/** Every fact id in the evidence brief. */
export const FACT_IDS = [...RED_FLAG_IDS, ...REMEDY_FACT_IDS] as const;
/** Any fact id the product may cite. */
export type FactId = (typeof FACT_IDS)[number];

/** Where a fact comes from. `secondary` marks a source seen through a copy or a quoting page. */
export interface FactSource {
  url: string;
  label: string;
  secondary?: boolean;
}

/** One fact: a short title, a one-line plain statement in our own words, and its sources. */
export interface Fact {
  id: FactId;
  title: string;
  statement: string;
  sources: readonly FactSource[];
  /** A gentle note where the seed article says something the evidence does not support. */
  seedDiffers?: string;
}

/** All facts by id. */
export const FACTS: Readonly<Record<FactId, Fact>> = { ...RED_FLAG_FACTS, ...REMEDY_FACTS };

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

/** The URLs of a fact's sources, primary first. */
export function factUrls(id: FactId): string[] {
  const sources = [...FACTS[id].sources];
  sources.sort((a, b) => Number(a.secondary ?? false) - Number(b.secondary ?? false));
  return sources.map((s) => s.url);
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
