/**
 * The closed vocabularies of the acceptance contract (../shared/docs/contract.md), as plain constant
 * arrays so the browser can build its forms from them without loading zod.
 */

export const AREAS = ['lower', 'middle', 'upper', 'neck'] as const;
export type Area = (typeof AREAS)[number];

export const TRENDS = ['better', 'same', 'worse'] as const;
export type Trend = (typeof TRENDS)[number];

export const LEVELS = ['self_care', 'doctor', 'urgent', 'emergency'] as const;
/** Triage level, ordered from least to most serious in {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];

export const SYMPTOMS = [
  'saddle_numbness',
  'bladder_bowel_change',
  'both_legs',
  'sexual_dysfunction',
  'leg_weakness',
  'chest_pain',
  'major_trauma',
  'minor_fall',
  'dark_urine',
  'nsaid_reaction',
  'fever',
  'weight_loss',
  'lump',
  'night_pain',
  'cough_sneeze_pain',
  'thoracic_pain',
  'cant_cope',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const HISTORY = [
  'cancer',
  'immunosuppressed',
  'iv_drug_use',
  'recent_infection',
  'osteoporosis',
  'long_term_steroids',
  'stomach_ulcer',
  'gi_bleed',
  'nsaid_allergy',
  'anticoagulant',
  'other_nsaid',
  'heart_failure',
  'kidney_failure',
  'liver_failure',
  'heart_disease',
  'kidney_disease',
  'liver_disease',
  'high_blood_pressure',
  'asthma',
  'alcohol_3plus',
  'diabetes',
  'reduced_sensation',
  'raynauds',
  'cold_urticaria',
  'poor_circulation',
  'broken_skin',
  'chilli_allergy',
  'aspirin_allergy',
] as const;
export type History = (typeof HISTORY)[number];

export const CREAM_INGREDIENTS = ['menthol', 'capsaicin', 'methyl_salicylate'] as const;
export type CreamIngredient = (typeof CREAM_INGREDIENTS)[number];

export const REMEDIES = [
  'cold',
  'heat',
  'stretch',
  'exercise',
  'hydration',
  'cream',
  'ibuprofen',
  'posture',
  'sleep',
  'massage',
] as const;
export type Remedy = (typeof REMEDIES)[number];

export const PHASES = ['acute', 'subacute'] as const;
export type Phase = (typeof PHASES)[number];
