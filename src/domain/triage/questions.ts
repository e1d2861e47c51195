/**
 * The plain-language questions the check-in asks for each symptom and history id, grouped into short screens.
 * Each symptom question cites the red flag it screens for; emergency ones are marked so a form can treat
 * "not sure" as yes (a false alarm costs a phone call; a missed one can cost far more).
 */
import type { History, Symptom } from '../contract/ids.ts';
import type { RedFlagId } from '../facts/registry.ts';
import { RED_FLAG_LEVEL, SYMPTOM_FLAG } from './red-flags.ts';

/** Symptom screens in the order a check-in shows them: the most urgent questions first. */
export const SYMPTOM_GROUPS = ['nerves', 'injury', 'body', 'pain'] as const;
export type SymptomGroup = (typeof SYMPTOM_GROUPS)[number];

/** History screens in the order a check-in shows them. */
export const HISTORY_GROUPS = ['risk', 'medicines', 'conditions', 'skin'] as const;
export type HistoryGroup = (typeof HISTORY_GROUPS)[number];

/** A heading for each screen. */
export const GROUP_TITLES: Readonly<Record<SymptomGroup | HistoryGroup, string>> = {
  nerves: 'Nerve warning signs',
  injury: 'Falls and accidents',
  body: 'The rest of your body',
  pain: 'How the pain behaves',
  risk: 'Your health history',
  medicines: 'Medicines and allergies',
  conditions: 'Long-term conditions',
  skin: 'Skin, feeling and circulation',
};

/** One yes/no question about a symptom. */
export interface SymptomQuestion {
  id: Symptom;
  question: string;
  hint?: string;
  group: SymptomGroup;
  /** The red flag a yes raises. */
  flag: RedFlagId;
  /** True when a yes is an emergency: a form should treat "not sure" as yes. */
  emergency: boolean;
}

/** One yes/no question about health history or medicines. */
export interface HistoryQuestion {
  id: History;
  question: string;
  hint?: string;
  group: HistoryGroup;
}

type SymptomText = Omit<SymptomQuestion, 'flag' | 'emergency'>;

const SYMPTOM_TEXT: readonly SymptomText[] = [
  {
    id: 'saddle_numbness',
    group: 'nerves',
    question: 'Is there numbness or tingling around your bottom, genitals or inner thighs?',
    hint: 'The areas that would touch a saddle. Wiping after the toilet may feel different.',
  },
  {
    id: 'bladder_bowel_change',
    group: 'nerves',
    question: 'Is it newly hard to pee, or are you leaking pee or poo without meaning to?',
  },
  {
    id: 'both_legs',
    group: 'nerves',
    question: 'Do you have tingling, numbness, pain or weakness in both legs?',
  },
  {
    id: 'sexual_dysfunction',
    group: 'nerves',
    question: 'Have you newly lost feeling in your genitals, or lost the ability to have an erection or sex?',
  },
  {
    id: 'leg_weakness',
    group: 'nerves',
    question: 'Are your legs very weak or getting weaker, or is walking hard or unsteady?',
  },
  {
    id: 'major_trauma',
    group: 'injury',
    question: 'Did the pain start after a serious accident, like a car crash or a fall from a height?',
  },
  {
    id: 'minor_fall',
    group: 'injury',
    question: 'Did the pain start after a small fall, like a trip or a slip?',
  },
  {
    id: 'chest_pain',
    group: 'body',
    question: 'Do you have chest pain as well as back pain?',
  },
  {
    id: 'dark_urine',
    group: 'body',
    question: 'Since a massage, is your pee dark (brown, red or like tea), or are you peeing very little?',
    hint: 'Especially with very sore or weak muscles.',
  },
  {
    id: 'nsaid_reaction',
    group: 'body',
    question:
      'Since taking ibuprofen, have you vomited blood, had black or bloody poo, fainted, or had hives, a swollen face or wheezing?',
  },
  {
    id: 'fever',
    group: 'body',
    question: 'Do you have a fever: 38 °C (100.4 °F) or higher, or do you feel hot and shivery?',
  },
  {
    id: 'weight_loss',
    group: 'body',
    question: 'Have you lost weight lately without trying?',
  },
  {
    id: 'lump',
    group: 'body',
    question: 'Is there a new lump or swelling on your back, or has its shape changed?',
  },
  {
    id: 'night_pain',
    group: 'pain',
    question: 'Does the pain stay when you rest, or get worse at night?',
    hint: 'Muscle pain usually eases when you lie still.',
  },
  {
    id: 'cough_sneeze_pain',
    group: 'pain',
    question: 'Does coughing, sneezing or straining on the toilet make the pain worse?',
  },
  {
    id: 'thoracic_pain',
    group: 'pain',
    question:
      'Is there constant pain high up between your shoulder blades that did not start with a massage or strain?',
  },
  {
    id: 'cant_cope',
    group: 'pain',
    question: 'Is the pain stopping you doing everyday things, or are you struggling to cope?',
  },
];

/** Every symptom question, in screen order, with the flag it screens for and whether it is an emergency. */
export const SYMPTOM_QUESTIONS: readonly SymptomQuestion[] = SYMPTOM_TEXT.map((q) => {
  const flag = SYMPTOM_FLAG[q.id];
  return { ...q, flag, emergency: RED_FLAG_LEVEL[flag] === 'emergency' };
});

/** Every history question, in screen order. */
export const HISTORY_QUESTIONS: readonly HistoryQuestion[] = [
  // RF-RISK-HISTORY
  { id: 'cancer', group: 'risk', question: 'Have you ever had cancer?' },
  {
    id: 'immunosuppressed',
    group: 'risk',
    question: 'Is your immune system weakened, by illness or by medicine?',
    hint: 'For example chemotherapy, HIV, or medicines after a transplant.',
  },
  { id: 'iv_drug_use', group: 'risk', question: 'Have you ever injected drugs?' },
  {
    id: 'recent_infection',
    group: 'risk',
    question: 'Have you had a bacterial infection recently?',
    hint: 'For example a urine or chest infection treated with antibiotics.',
  },
  // IB-NO, IB-CAUTION, RF-MINOR-FALL-FRAGILE, CR-SALICYLATE
  {
    id: 'long_term_steroids',
    group: 'medicines',
    question: 'Do you take steroid tablets for a long time?',
    hint: 'Such as prednisolone for three months or more.',
  },
  {
    id: 'anticoagulant',
    group: 'medicines',
    question: 'Do you take a blood thinner?',
    hint: 'Such as warfarin, apixaban or rivaroxaban.',
  },
  {
    id: 'other_nsaid',
    group: 'medicines',
    question: 'Do you take another anti-inflammatory, or more than 75 mg of aspirin a day?',
    hint: 'Such as naproxen or diclofenac.',
  },
  {
    id: 'nsaid_allergy',
    group: 'medicines',
    question: 'Have aspirin or anti-inflammatories ever given you asthma or an allergic reaction?',
  },
  { id: 'aspirin_allergy', group: 'medicines', question: 'Are you allergic to aspirin?' },
  {
    id: 'alcohol_3plus',
    group: 'medicines',
    question: 'Do you usually have 3 or more alcoholic drinks a day?',
  },
  // IB-NO, IB-CAUTION, RF-MINOR-FALL-FRAGILE
  { id: 'osteoporosis', group: 'conditions', question: 'Do you have thin bones (osteoporosis)?' },
  { id: 'stomach_ulcer', group: 'conditions', question: 'Have you ever had a stomach ulcer?' },
  { id: 'gi_bleed', group: 'conditions', question: 'Have you ever had bleeding in your stomach or gut?' },
  { id: 'heart_failure', group: 'conditions', question: 'Do you have severe heart failure?' },
  { id: 'kidney_failure', group: 'conditions', question: 'Do you have severe kidney failure?' },
  { id: 'liver_failure', group: 'conditions', question: 'Do you have severe liver failure?' },
  { id: 'heart_disease', group: 'conditions', question: 'Do you have a heart condition?' },
  { id: 'kidney_disease', group: 'conditions', question: 'Do you have a kidney condition?' },
  { id: 'liver_disease', group: 'conditions', question: 'Do you have a liver condition?' },
  { id: 'high_blood_pressure', group: 'conditions', question: 'Do you have high blood pressure?' },
  { id: 'asthma', group: 'conditions', question: 'Do you have asthma?' },
  { id: 'diabetes', group: 'conditions', question: 'Do you have diabetes?' },
  // CO-NO, HE-NO, CR-BURN, CR-CAPSAICIN
  {
    id: 'reduced_sensation',
    group: 'skin',
    question: 'Is feeling reduced in the skin of your back, for example from nerve damage?',
  },
  {
    id: 'raynauds',
    group: 'skin',
    question: "Do you have Raynaud's (fingers or toes turn white or blue in the cold)?",
  },
  { id: 'cold_urticaria', group: 'skin', question: 'Does cold give you hives or an itchy rash?' },
  { id: 'poor_circulation', group: 'skin', question: 'Do you have poor circulation?' },
  { id: 'broken_skin', group: 'skin', question: 'Is the skin broken, cut or sore where your back hurts?' },
  { id: 'chilli_allergy', group: 'skin', question: 'Are you allergic to chilli peppers?' },
];

/** The symptom ids whose question a form should treat "not sure" as yes for. */
export const NOT_SURE_MEANS_YES: readonly Symptom[] = SYMPTOM_QUESTIONS.filter((q) => q.emergency).map(
  (q) => q.id,
);

/** The symptom questions on one screen, in order. */
export function symptomQuestionsIn(group: SymptomGroup): SymptomQuestion[] {
  return SYMPTOM_QUESTIONS.filter((q) => q.group === group);
}

/** The history questions on one screen, in order. */
export function historyQuestionsIn(group: HistoryGroup): HistoryQuestion[] {
  return HISTORY_QUESTIONS.filter((q) => q.group === group);
}
