/**
 * Red-flag facts (evidence section 1). Statements are our own plain words; the triage level of each flag lives
 * with the triage rules (src/domain/triage/red-flags.ts).
 */
import type { FactText, RedFlagId } from './registry.ts';

/** Red-flag facts by id. */
export const RED_FLAG_FACTS: Readonly<Record<RedFlagId, FactText>> = {
  'RF-SADDLE': {
    id: 'RF-SADDLE',
    title: 'Numb saddle area',
    statement:
      'Numbness or pins and needles around the genitals, bottom or inner thighs can mean the nerves at the base of the spine are squeezed.',
  },
  'RF-BLADDER-BOWEL': {
    id: 'RF-BLADDER-BOWEL',
    title: 'Bladder or bowel change',
    statement:
      'Suddenly finding it hard to pee, or not being able to hold in pee or poo, is a sign of nerve pressure that needs help straight away.',
  },
  'RF-BOTH-LEGS': {
    id: 'RF-BOTH-LEGS',
    title: 'Symptoms in both legs',
    statement:
      'Pain, tingling, numbness or weakness that affects both legs at once can come from pressed nerves in the spine.',
  },
  'RF-SEXUAL': {
    id: 'RF-SEXUAL',
    title: 'Change in sexual function',
    statement:
      'A new loss of feeling in the genitals, or new trouble with erections or sex, can be a nerve warning sign.',
  },
  'RF-LEG-WEAKNESS': {
    id: 'RF-LEG-WEAKNESS',
    title: 'Leg weakness',
    statement:
      'Legs that are very weak or getting weaker, or trouble walking steadily, need checking at once.',
  },
  'RF-CHEST': {
    id: 'RF-CHEST',
    title: 'Chest pain',
    statement: 'Back pain that comes with chest pain may be a heart or lung problem rather than a muscle.',
  },
  'RF-MAJOR-TRAUMA': {
    id: 'RF-MAJOR-TRAUMA',
    title: 'Serious accident',
    statement:
      'Back pain that started with a big accident, such as a car crash or a fall from a height, may mean a broken bone.',
  },
  'RF-MINOR-FALL-FRAGILE': {
    id: 'RF-MINOR-FALL-FRAGILE',
    title: 'Small fall with fragile bones',
    statement:
      'Even a small fall can break a bone in the spine in older people, people with thin bones, or people taking steroid tablets for a long time.',
  },
  'RF-RHABDO': {
    id: 'RF-RHABDO',
    title: 'Dark urine after massage',
    statement:
      'Very sore or weak muscles with dark, brown or red pee, or hardly any pee, after a massage can mean muscle breakdown that harms the kidneys.',
  },
  'RF-NSAID-REACTION': {
    id: 'RF-NSAID-REACTION',
    title: 'Reaction to ibuprofen',
    statement:
      'After ibuprofen, being sick with blood, black or bloody poo, fainting, an itchy rash, a swollen face or wheezing are signs of bleeding or allergy.',
  },
  'RF-FEVER': {
    id: 'RF-FEVER',
    title: 'Fever',
    statement:
      'Back pain together with a fever (your temperature reads 38 °C / 100.4 °F or more) may mean an infection.',
  },
  'RF-WEIGHT-LOSS': {
    id: 'RF-WEIGHT-LOSS',
    title: 'Weight loss you cannot explain',
    statement: 'Losing weight without trying, alongside back pain, should be checked by a doctor soon.',
  },
  'RF-LUMP': {
    id: 'RF-LUMP',
    title: 'Lump or change of shape',
    statement:
      'A new lump or swelling on the back, or a change in its shape, should be checked by a doctor soon.',
  },
  'RF-NIGHT-REST': {
    id: 'RF-NIGHT-REST',
    title: 'Pain at rest or at night',
    statement:
      'Muscle pain usually settles when you rest; pain that stays when lying still, or is worse at night, needs a check.',
  },
  'RF-COUGH-SNEEZE': {
    id: 'RF-COUGH-SNEEZE',
    title: 'Worse with cough or sneeze',
    statement:
      'Pain that shoots or gets worse when you cough, sneeze or strain on the toilet can point to a nerve or disc problem.',
  },
  'RF-THORACIC': {
    id: 'RF-THORACIC',
    title: 'Pain between the shoulder blades',
    statement:
      'Steady pain in the upper back between the shoulder blades, not caused by a massage or strain, is less often a simple muscle problem.',
  },
  'RF-RISK-HISTORY': {
    id: 'RF-RISK-HISTORY',
    title: 'Higher-risk history',
    statement:
      'If you have had cancer, have a weak immune system, have injected drugs, or recently had a bacterial infection, new back pain needs a doctor the same day.',
  },
  'RF-NEW-OVER-50': {
    id: 'RF-NEW-OVER-50',
    title: 'First back pain after 50',
    statement: 'Back pain for the very first time after age 50 is worth a routine check with your doctor.',
  },
  'RF-NO-IMPROVEMENT': {
    id: 'RF-NO-IMPROVEMENT',
    title: 'Not getting better',
    statement:
      'See a doctor if three weeks of self-care have not helped, if the pain is severe and getting worse, or if you are struggling to cope.',
  },
  'RF-POST-MASSAGE-LONG': {
    id: 'RF-POST-MASSAGE-LONG',
    title: 'Soreness after massage that lasts',
    statement:
      'Ordinary soreness after a massage fades within a day or two; if it has gone on for over three days without easing, a doctor should look.',
  },
  'RF-LONG-MEDS': {
    id: 'RF-LONG-MEDS',
    title: 'Still needing pain relief',
    statement:
      'The labels say to see a doctor if you still need ibuprofen after 10 days, or a menthol rub after 7 days.',
  },
};
