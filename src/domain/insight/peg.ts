/**
 * IN-PEG: the three PEG items, word for word (validity needs the exact wording: the one exception to
 * "our own words"), with their anchors. Score = mean of the three, 0-10.
 */
export const PEG_ITEMS = [
  {
    key: 'pain',
    question: 'What number best describes your pain on average in the past week?',
    low: 'No pain',
    high: 'Pain as bad as you can imagine',
  },
  {
    key: 'enjoyment',
    question:
      'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
  {
    key: 'activity',
    question:
      'What number best describes how, during the past week, pain has interfered with your general activity?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
] as const;

export type PegKey = (typeof PEG_ITEMS)[number]['key'];
export type PegAnswers = Record<PegKey, number>;

/** IN-PEG: the score is the mean of the three items, to one decimal. */
export function pegScore(a: PegAnswers): number {
  return Math.round(((a.pain + a.enjoyment + a.activity) / 3) * 10) / 10;
}

/** The PEG is asked once a week (IN-PEG: brief, repeated monitoring): due when the last answer is 7+ days old. */
export function pegDue(lastAnswerAt: string | null, now: Date): boolean {
  if (lastAnswerAt === null) return true;
  return now.getTime() - Date.parse(lastAnswerAt) >= 7 * 86_400_000;
}
