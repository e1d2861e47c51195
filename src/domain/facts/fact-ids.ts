/**
 * Every fact id of the evidence brief, in the brief's order, apart from the facts themselves: the check-in
 * (the app's first screen) needs the red-flag ids, and the full registry stays in the lazily loaded chunks.
 */

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
