/**
 * Which questions sit on which screen of the adaptive check-in. Red flags come first: every emergency
 * symptom on one screen, then every urgent and doctor-level symptom with the history that raises a flag on
 * its own (RF-RISK-HISTORY), so no red flag is ever asked after the history questions: safety comes first.
 */
import { type History, SYMPTOMS, type Symptom } from '../contract/ids.ts';
import { FRAGILE_BONE_HISTORY, RISK_HISTORY } from '../triage/red-flags.ts';
import { isEmergencySymptom } from './answers.ts';

/** Every step, in the order the flow may ask them. */
export const STEP_IDS = [
  'pain',
  'flags-emergency',
  'flags-urgent',
  'since',
  'massage',
  'trend',
  'age',
  'first',
  'bones',
  'medicines',
  'skin',
  'desk',
  'sleep',
  'today',
  'confirm',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The history screens, each a list of yes/no rows with "None of these". */
export type HistoryScreen = 'bones' | 'medicines' | 'skin';

/** RF-SADDLE … RF-NSAID-REACTION: the emergency symptoms, in the evidence table's order. */
export const EMERGENCY_ROWS: readonly Symptom[] = SYMPTOMS.filter(isEmergencySymptom);

/** RF-FEVER … RF-NO-IMPROVEMENT: the urgent and doctor-level symptoms. */
export const URGENT_ROWS: readonly Symptom[] = SYMPTOMS.filter((s) => !isEmergencySymptom(s));

/** RF-RISK-HISTORY: history that raises an urgent flag by itself, asked beside the urgent symptoms. */
export const RISK_ROWS: readonly History[] = RISK_HISTORY;

/**
 * The history each screen may ask, before relevance filters it. An item can sit on two screens (the first
 * one asked takes it): steroids matter for fragile bones (RF-MINOR-FALL-FRAGILE) and ibuprofen
 * (IB-CAUTION); an aspirin allergy for ibuprofen (IB-NO) and wintergreen rubs (CR-SALICYLATE).
 */
export const HISTORY_ROWS: Readonly<Record<HistoryScreen, readonly History[]>> = {
  // RF-MINOR-FALL-FRAGILE
  bones: FRAGILE_BONE_HISTORY,
  // IB-NO, IB-CAUTION, CR-SALICYLATE
  medicines: [
    'stomach_ulcer',
    'gi_bleed',
    'nsaid_allergy',
    'aspirin_allergy',
    'anticoagulant',
    'other_nsaid',
    'long_term_steroids',
    'heart_failure',
    'kidney_failure',
    'liver_failure',
    'heart_disease',
    'kidney_disease',
    'liver_disease',
    'high_blood_pressure',
    'asthma',
    'alcohol_3plus',
  ],
  // CO-NO, HE-NO, CR-BURN, CR-CAPSAICIN, CR-SALICYLATE
  skin: [
    'reduced_sensation',
    'broken_skin',
    'raynauds',
    'cold_urticaria',
    'poor_circulation',
    'diabetes',
    'chilli_allergy',
    'aspirin_allergy',
    'nsaid_allergy',
  ],
};

/** Pregnancy is asked on the first of these screens where it can change the plan (IB-NO, IB-CAUTION, HE-NO). */
export const PREGNANCY_SCREENS: readonly HistoryScreen[] = ['medicines', 'skin'];

/** The weeks the pregnancy rows stand for: the rules' only boundaries are "pregnant" and "20 weeks or more". */
export const PREGNANCY_CHOICES = { under20: 12, from20: 24 } as const;
