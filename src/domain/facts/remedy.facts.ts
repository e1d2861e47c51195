/** Remedy facts (evidence section 2), gathered from their family files. */
import { HEAT_COLD_FACTS } from './heat-cold.facts.ts';
import { MEDICINE_FACTS } from './medicine.facts.ts';
import { MOVEMENT_FACTS } from './movement.facts.ts';
import type { FactText, RemedyFactId } from './registry.ts';

/** Remedy facts by id; the type makes a missing family member a compile error. */
export const REMEDY_FACTS: Readonly<Record<RemedyFactId, FactText>> = {
  ...MOVEMENT_FACTS,
  ...HEAT_COLD_FACTS,
  ...MEDICINE_FACTS,
};
