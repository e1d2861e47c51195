/** Sources cited by more than one fact, so each URL is written once. */
import type { FactSource } from './registry.ts';

export const IBUPROFEN_LABEL: FactSource = {
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d4e98a65-dec2-40fb-a1d9-758dabc2d6d9&audience=consumer',
  label: 'DailyMed: Ibuprofen tablets, Drug Facts label',
};
export const MENTHOL_LABEL: FactSource = {
  url: 'https://informedmedicine.com/drugs/menthol-2',
  label: 'Informed Medicine: Menthol topical',
};
export const NHS_BACK_EXERCISES: FactSource = {
  url: 'https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/',
  label: 'NHS: Exercises for lower back pain',
};
export const CAMBRON_2007: FactSource = {
  url: 'https://pubmed.ncbi.nlm.nih.gov/17983334/',
  label: 'Cambron et al. 2007: Side-effects of massage therapy (PubMed)',
};

export const COCHRANE_HEAT_COLD: FactSource = {
  url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  label: 'Cochrane review: Superficial heat or cold for low back pain',
};
export const ACP_2017: FactSource = {
  url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
  label: 'American College of Physicians 2017 guideline: Low back pain',
};
export const NHS_INFORM_EXERCISES: FactSource = {
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
  label: 'NHS inform: Exercises for back pain',
};
export const FDA_TOPICAL_BURNS: FactSource = {
  url: 'http://fda.gov/Drugs/DrugSafety/ucm318858.htm',
  label: 'FDA safety communication: Burns from topical pain relievers',
};
export const NHS_IBUPROFEN: FactSource = {
  url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/how-and-when-to-take-ibuprofen/',
  label: 'NHS: How and when to take ibuprofen',
};
export const OSHA_WORKSTATIONS: FactSource = {
  url: 'https://www.osha.gov/etools/computer-workstations',
  label: 'OSHA eTool: Computer workstations',
};
export const NICE_NG59: FactSource = {
  url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  label: 'NICE NG59: Low back pain and sciatica, recommendations',
};
