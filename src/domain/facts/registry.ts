/**
 * The fact registry: every piece of advice Unknot gives traces to one of these ids, which mirror the evidence
 * brief (../shared/docs/evidence.md). Statements are our own plain words; `sources` let the user ask "Why?".
 */

import { CONTACT_FACTS } from './contact.facts.ts';
import { INSTRUMENT_FACTS } from './instrument.facts.ts';
import { RED_FLAG_FACTS } from './red-flag.facts.ts';
import { REMEDY_FACTS } from './remedy.facts.ts';
import { SOURCES } from './sources.data.ts';

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
  'IB-RX',
  'IB-NO',
  'IB-CAUTION',
  'IB-NICE',
  'ST-HOLD',
  'ST-REPEAT',
  'ST-NHS',
  'ST-TOE-TOUCH',
  'ST-STOP',
  'PO-MONITOR',
  'PO-CHAIR',
  'SL-HOURS',
  'SL-POSITION',
  'SL-MATTRESS',
  'MA-COMMON',
  'MA-NOT-NORMAL',
  'MA-AGAIN',
  'MA-RARE',
  'MA-NICE',
] as const;
/** A remedy fact id (`EX-…`, `CO-…`, `IB-…` and so on). */
export type RemedyFactId = (typeof REMEDY_FACT_IDS)[number];

/** Instrument and benchmark fact ids (evidence sections 3 and 4). */
export const INSTRUMENT_FACT_IDS = [
  'IN-NRS-MCID',
  'IN-NRS-MDC',
  'IN-PEG',
  'IN-STARTBACK',
  'IN-RMDQ-ODI',
  'BM-SELFBACK',
  'BM-KAIA',
  'BM-RISEUP',
] as const;
/** An instrument or benchmark fact id (`IN-…`, `BM-…`). */
export type InstrumentFactId = (typeof INSTRUMENT_FACT_IDS)[number];

/** Emergency and advice numbers by country (evidence section 5). */
export const CONTACT_FACT_IDS = [
  'EC-WHERE',
  'EC-GB',
  'EC-IE',
  'EC-EU',
  'EC-US',
  'EC-CA',
  'EC-988',
  'EC-AU',
  'EC-NZ',
] as const;
/** A contact fact id (`EC-…`). */
export type ContactFactId = (typeof CONTACT_FACT_IDS)[number];

/** Every fact id in the evidence brief, in the brief's order. */
export const FACT_IDS = [
  ...RED_FLAG_IDS,
  ...REMEDY_FACT_IDS,
  ...INSTRUMENT_FACT_IDS,
  ...CONTACT_FACT_IDS,
] as const;
/** Any fact id the product may cite. */
export type FactId = (typeof FACT_IDS)[number];

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
