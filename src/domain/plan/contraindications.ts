/**
 * Who should not use a remedy (it goes to the plan's `excluded` list) and who should take care (the
 * item stays, with `cautions`). Exactly the contract's lists, each citing its fact: IB-NO, IB-CAUTION,
 * CO-NO, HE-NO, CR-BURN, CR-CAPSAICIN, CR-SALICYLATE.
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { CreamIngredient, History } from '../contract/ids.ts';
import type { FactId } from '../facts/registry.ts';

/** The part of a check-in the screens read. */
export type ScreenInput = Pick<CheckIn, 'history' | 'age' | 'pregnancyWeeks'>;

/** Why a remedy is off the plan. */
export interface Exclusion {
  reason: string;
  facts: FactId[];
}

/** The outcome of screening one remedy. */
export interface Screen {
  /** Non-null when the remedy must not be used. */
  excluded: Exclusion | null;
  /** Plain-language cautions; non-empty whenever one applies. */
  cautions: string[];
  /** The facts behind the cautions (empty when there are none). */
  cautionFacts: FactId[];
}

interface Condition {
  history: History;
  /** Reads after "because of" or as a caution's subject. */
  label: string;
}

// IB-NO: each of these rules ibuprofen out.
const IBUPROFEN_NO: readonly Condition[] = [
  { history: 'stomach_ulcer', label: 'a stomach ulcer, now or in the past' },
  { history: 'gi_bleed', label: 'bleeding from the stomach or gut, now or in the past' },
  {
    history: 'nsaid_allergy',
    label: 'asthma or an allergic reaction after aspirin or other anti-inflammatories',
  },
  { history: 'aspirin_allergy', label: 'an allergy to aspirin' },
  { history: 'anticoagulant', label: 'taking a blood thinner (your doctor decides about pain relief)' },
  { history: 'other_nsaid', label: 'already taking another anti-inflammatory or aspirin above 75 mg a day' },
  { history: 'heart_failure', label: 'severe heart failure' },
  { history: 'kidney_failure', label: 'severe kidney failure' },
  { history: 'liver_failure', label: 'severe liver failure' },
];
/** IB-NO: from 20 weeks of pregnancy. */
export const IBUPROFEN_PREGNANCY_WEEKS = 20;

// IB-CAUTION: ask a pharmacist or doctor first.
const IBUPROFEN_CAUTION: readonly Condition[] = [
  { history: 'heart_disease', label: 'heart disease' },
  { history: 'kidney_disease', label: 'kidney disease' },
  { history: 'liver_disease', label: 'liver disease' },
  { history: 'high_blood_pressure', label: 'high blood pressure' },
  { history: 'asthma', label: 'asthma' },
  { history: 'alcohol_3plus', label: 'having 3 or more alcoholic drinks a day' },
  { history: 'long_term_steroids', label: 'taking steroid medicine' },
];
/** IB-CAUTION: the US label's age (the NHS uses 65). */
export const IBUPROFEN_CAUTION_AGE = 60;

// CO-NO: cold can injure skin that cannot feel it or circulation that cannot cope.
const COLD_NO: readonly Condition[] = [
  { history: 'raynauds', label: "Raynaud's" },
  { history: 'cold_urticaria', label: 'cold urticaria (hives from cold)' },
  { history: 'poor_circulation', label: 'poor circulation' },
  { history: 'reduced_sensation', label: 'reduced feeling in the skin' },
];

// HE-NO: heat on numb skin or open wounds burns.
const HEAT_NO: readonly Condition[] = [
  { history: 'reduced_sensation', label: 'reduced feeling in the skin' },
  { history: 'broken_skin', label: 'broken skin where it hurts' },
];

function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** A sentence the person reads has at most this many words: someone in acute pain reads at a glance. */
const MAX_SENTENCE_WORDS = 25;

/**
 * "Heat is not safe for you because of A and B." while that fits in one short sentence; with many reasons,
 * the first in that sentence and each other one in a short sentence of its own.
 */
function because(subject: string, reasons: readonly string[], end = '.'): string {
  const whole = `${subject} because of ${listed(reasons)}${end}`;
  if (whole.split(/\s+/).length <= MAX_SENTENCE_WORDS) return whole;
  const [first, ...rest] = reasons;
  return [`${subject} because of ${first}${end}`, ...rest.map((r) => `Also: ${r}.`)].join(' ');
}

function matching(history: readonly History[], conditions: readonly Condition[]): string[] {
  const out: string[] = [];
  for (const c of conditions) if (history.includes(c.history)) out.push(c.label);
  return out;
}

function isPregnant(input: ScreenInput): boolean {
  return (input.pregnancyWeeks ?? 0) > 0;
}

/** IB-NO and IB-CAUTION: may ibuprofen be suggested, and with which cautions. */
export function screenIbuprofen(input: ScreenInput): Screen {
  const reasons = matching(input.history, IBUPROFEN_NO);
  const weeks = input.pregnancyWeeks ?? 0;
  if (weeks >= IBUPROFEN_PREGNANCY_WEEKS) reasons.push(`being ${weeks} weeks pregnant (not from 20 weeks)`);
  if (reasons.length > 0) {
    return {
      excluded: {
        reason: `${because('Ibuprofen is not safe for you', reasons)} A pharmacist or doctor can suggest other pain relief.`,
        facts: ['IB-NO'],
      },
      cautions: [],
      cautionFacts: [],
    };
  }
  const cautions = matching(input.history, IBUPROFEN_CAUTION).map(
    (label) => `Because of ${label}, ask a pharmacist or doctor before taking ibuprofen.`,
  );
  if (input.age >= IBUPROFEN_CAUTION_AGE) {
    cautions.push(
      'At 60 or over, ask a pharmacist or doctor before taking ibuprofen: side effects are more likely.',
    );
  }
  if (weeks > 0) {
    cautions.push('You are pregnant: ask your midwife, pharmacist or doctor before taking ibuprofen.');
  }
  return { excluded: null, cautions, cautionFacts: cautions.length > 0 ? ['IB-CAUTION'] : [] };
}

/** CO-NO: may cold be used, and with which cautions. */
export function screenCold(input: ScreenInput): Screen {
  const reasons = matching(input.history, COLD_NO);
  if (reasons.length > 0) {
    return {
      excluded: {
        reason: because('Cold packs are not safe for you', reasons),
        facts: ['CO-NO'],
      },
      cautions: [],
      cautionFacts: [],
    };
  }
  if (input.history.includes('diabetes')) {
    return {
      excluded: null,
      cautions: [
        'Diabetes can dull how cold feels: check your skin every few minutes and stop if it goes numb.',
      ],
      cautionFacts: ['CO-NO'],
    };
  }
  return { excluded: null, cautions: [], cautionFacts: [] };
}

/** HE-NO: may heat be used, and with which cautions. */
export function screenHeat(input: ScreenInput): Screen {
  const reasons = matching(input.history, HEAT_NO);
  if (reasons.length > 0) {
    return {
      excluded: {
        reason: because('Heat is not safe for you', reasons, ': it can burn.'),
        facts: ['HE-NO'],
      },
      cautions: [],
      cautionFacts: [],
    };
  }
  const cautions: string[] = [];
  if (input.history.includes('diabetes')) {
    cautions.push(
      'Diabetes can dull how heat feels: use a low setting, check your skin every 5 minutes, and stop if it is red or sore.',
    );
  }
  if (isPregnant(input)) {
    cautions.push('While pregnant: a warm pack is fine, but no hot tubs or saunas.');
  }
  return { excluded: null, cautions, cautionFacts: cautions.length > 0 ? ['HE-NO'] : [] };
}

/** One cream ingredient that this person must not use. */
export interface IngredientExclusion extends Exclusion {
  ingredient: CreamIngredient;
}

/** The outcome of screening creams: the remedy, and which ingredients are allowed at all. */
export interface CreamScreen extends Screen {
  /** Ingredients not ruled out by health (timing caps are the interlocks' business). */
  allowed: CreamIngredient[];
  ingredientExclusions: IngredientExclusion[];
}

const CREAM_ORDER: readonly CreamIngredient[] = ['menthol', 'methyl_salicylate', 'capsaicin'];

/** Per-ingredient rules (CR-CAPSAICIN, CR-SALICYLATE). */
export function ingredientExclusions(history: readonly History[]): IngredientExclusion[] {
  const out: IngredientExclusion[] = [];
  if (history.includes('aspirin_allergy') || history.includes('nsaid_allergy')) {
    out.push({
      ingredient: 'methyl_salicylate',
      reason: 'Not methyl salicylate (wintergreen) rubs: they are related to aspirin, which you react to.',
      facts: ['CR-SALICYLATE'],
    });
  }
  if (history.includes('chilli_allergy')) {
    out.push({
      ingredient: 'capsaicin',
      reason: 'Not capsaicin creams: capsaicin comes from chilli peppers, which you are allergic to.',
      facts: ['CR-CAPSAICIN'],
    });
  }
  return out;
}

/** CR-BURN and the per-ingredient rules: may a cream be used, and which ingredients. */
export function screenCream(input: ScreenInput): CreamScreen {
  const exclusions = ingredientExclusions(input.history);
  const allowed = CREAM_ORDER.filter((i) => !exclusions.some((x) => x.ingredient === i));
  let excluded: Exclusion | null = null;
  if (input.history.includes('broken_skin')) {
    // CR-BURN: never on damaged skin.
    excluded = {
      reason: 'Pain-relief creams must not go on broken skin: they can burn and sting.',
      facts: ['CR-BURN'],
    };
  } else if (allowed.length === 0) {
    excluded = {
      reason: exclusions.map((x) => x.reason).join(' '),
      facts: exclusions.flatMap((x) => x.facts),
    };
  }
  if (excluded !== null)
    return { excluded, cautions: [], cautionFacts: [], allowed: [], ingredientExclusions: exclusions };
  return {
    excluded: null,
    cautions: exclusions.map((x) => x.reason),
    cautionFacts: exclusions.flatMap((x) => x.facts),
    allowed,
    ingredientExclusions: exclusions,
  };
}
