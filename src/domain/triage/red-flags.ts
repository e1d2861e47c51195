/**
 * The red-flag table (evidence section 1) as data: each flag's level, which symptom or history item raises it
 * (contract: "Symptom ids and the red flag each raises"), and what the person is told to do.
 */
import { type History, SYMPTOMS, type Symptom } from '../contract/ids.ts';
import type { RedFlagId } from '../facts/registry.ts';
import type { FlagLevel } from './levels.ts';

/** The level each red flag raises (evidence section 1, "Level" column). */
export const RED_FLAG_LEVEL: Readonly<Record<RedFlagId, FlagLevel>> = {
  // Possible cauda equina compression, cardiac, fracture, rhabdomyolysis or drug-reaction signs: act now.
  'RF-SADDLE': 'emergency',
  'RF-BLADDER-BOWEL': 'emergency',
  'RF-BOTH-LEGS': 'emergency',
  'RF-SEXUAL': 'emergency',
  'RF-LEG-WEAKNESS': 'emergency',
  'RF-CHEST': 'emergency',
  'RF-MAJOR-TRAUMA': 'emergency',
  'RF-MINOR-FALL-FRAGILE': 'emergency',
  'RF-RHABDO': 'emergency',
  'RF-NSAID-REACTION': 'emergency',
  // Possible infection, tumour or serious spinal cause: a doctor the same day.
  'RF-FEVER': 'urgent',
  'RF-WEIGHT-LOSS': 'urgent',
  'RF-LUMP': 'urgent',
  'RF-NIGHT-REST': 'urgent',
  'RF-COUGH-SNEEZE': 'urgent',
  'RF-THORACIC': 'urgent',
  'RF-RISK-HISTORY': 'urgent',
  // Worth a routine appointment; home care can continue meanwhile.
  'RF-NEW-OVER-50': 'doctor',
  'RF-NO-IMPROVEMENT': 'doctor',
  'RF-POST-MASSAGE-LONG': 'doctor',
  'RF-LONG-MEDS': 'doctor',
};

/**
 * The red flag each symptom raises (contract). `minor_fall` raises RF-MINOR-FALL-FRAGILE only for fragile
 * bones or age 65+; triage applies that condition.
 */
export const SYMPTOM_FLAG: Readonly<Record<Symptom, RedFlagId>> = {
  saddle_numbness: 'RF-SADDLE',
  bladder_bowel_change: 'RF-BLADDER-BOWEL',
  both_legs: 'RF-BOTH-LEGS',
  sexual_dysfunction: 'RF-SEXUAL',
  leg_weakness: 'RF-LEG-WEAKNESS',
  chest_pain: 'RF-CHEST',
  major_trauma: 'RF-MAJOR-TRAUMA',
  minor_fall: 'RF-MINOR-FALL-FRAGILE',
  dark_urine: 'RF-RHABDO',
  nsaid_reaction: 'RF-NSAID-REACTION',
  fever: 'RF-FEVER',
  weight_loss: 'RF-WEIGHT-LOSS',
  lump: 'RF-LUMP',
  night_pain: 'RF-NIGHT-REST',
  cough_sneeze_pain: 'RF-COUGH-SNEEZE',
  thoracic_pain: 'RF-THORACIC',
  cant_cope: 'RF-NO-IMPROVEMENT',
};

/** RF-RISK-HISTORY: history items that make new back pain a same-day matter. */
export const RISK_HISTORY: readonly History[] = [
  'cancer',
  'immunosuppressed',
  'iv_drug_use',
  'recent_infection',
];

/** RF-MINOR-FALL-FRAGILE: history items that make bones fragile. */
export const FRAGILE_BONE_HISTORY: readonly History[] = ['osteoporosis', 'long_term_steroids'];

/** RF-MINOR-FALL-FRAGILE: "older" means this age or above (contract: age 65+). */
export const FRAGILE_AGE = 65;

/** Symptoms whose flag is an emergency: a check-in form should treat "not sure" as yes for these. */
export const EMERGENCY_SYMPTOMS: readonly Symptom[] = SYMPTOMS.filter(
  (s) => RED_FLAG_LEVEL[SYMPTOM_FLAG[s]] === 'emergency',
);

/** What to do now, by level: plain, calm and exact. */
export const LEVEL_ACTION: Readonly<Record<FlagLevel, string>> = {
  emergency:
    'Call your emergency number now (999 in the UK, 112 in Europe, 911 in the US) or go to A&E, the emergency department.',
  urgent:
    'Speak to a doctor today: ask your GP for a same-day appointment, or call an urgent-care line such as NHS 111, within 24 hours.',
  doctor:
    'Book a routine appointment with your doctor. You can keep to the gentle home plan in the meantime.',
};

/** Why each flag matters, and any extra step to take now, in one or two short sentences. */
export const FLAG_REASON: Readonly<Record<RedFlagId, string>> = {
  'RF-SADDLE':
    'Numbness around your bottom, genitals or inner thighs can mean nerves in your lower spine are being pressed.',
  'RF-BLADDER-BOWEL':
    'New trouble peeing, or leaking pee or poo, can mean nerves in your lower spine are being pressed.',
  'RF-BOTH-LEGS':
    'Tingling, numbness, pain or weakness in both legs at once can mean nerves in your spine are being pressed.',
  'RF-SEXUAL':
    'A new loss of feeling or function in your genitals can mean nerves in your lower spine are being pressed.',
  'RF-LEG-WEAKNESS':
    'Legs getting weak, or walking becoming hard or unsteady, can mean a nerve is being pressed.',
  'RF-CHEST': 'Chest pain with back pain can come from your heart or lungs, not your muscles.',
  'RF-MAJOR-TRAUMA': 'Pain after a serious accident may mean a broken bone.',
  'RF-MINOR-FALL-FRAGILE': 'Even a small fall can break a bone in the spine when bones are thinner.',
  'RF-RHABDO':
    'Very sore or weak muscles with dark pee, or very little pee, after a massage can mean muscle damage that strains the kidneys.',
  'RF-NSAID-REACTION':
    'These can be signs of bleeding or an allergic reaction to ibuprofen. Do not take any more ibuprofen.',
  'RF-FEVER': 'A fever with back pain can be a sign of an infection.',
  'RF-WEIGHT-LOSS': 'Losing weight without trying needs a doctor to look for the cause.',
  'RF-LUMP': 'A new lump, swelling or change in the shape of your back needs a doctor to look at it.',
  'RF-NIGHT-REST':
    'Pain that stays when you rest, or gets worse at night, is less likely to be a simple strain.',
  'RF-COUGH-SNEEZE':
    'Pain made worse by coughing, sneezing or straining on the toilet can point to a disc or nerve problem.',
  'RF-THORACIC': 'Steady pain between the shoulder blades is less often a simple muscle strain.',
  'RF-RISK-HISTORY':
    'Your history (cancer, a weak immune system, injecting drugs, or a recent infection) makes new back pain worth checking quickly.',
  'RF-NEW-OVER-50':
    'Back pain for the first time after 50 is worth a check, even though it is usually not serious.',
  'RF-NO-IMPROVEMENT':
    'Your pain is not settling as expected, or it is hard to cope with, and a doctor can help.',
  'RF-POST-MASSAGE-LONG':
    'Soreness after a massage usually fades within a day or two, and yours has lasted more than three days.',
  'RF-LONG-MEDS':
    'You have needed ibuprofen for 10 days or more, or a menthol rub for 7 days or more. Ask before you use more.',
};

/** The full message for a flag: what to do now, then why. */
export function flagMessage(id: RedFlagId): string {
  return `${LEVEL_ACTION[RED_FLAG_LEVEL[id]]} ${FLAG_REASON[id]}`;
}
