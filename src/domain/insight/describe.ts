import type { RemedyInsight } from './types.ts';
import { MIN_USES } from './verdict.ts';

const NAMES: Record<string, string> = {
  cold: 'Cold',
  heat: 'Heat',
  stretch: 'Stretching',
  exercise: 'Exercise',
  water: 'Water',
  massage: 'Massage',
  ibuprofen: 'Ibuprofen',
};

/** A remedy's name for people: `heat` → "Heat", `cream:menthol` → "Menthol cream". */
export function remedyName(remedy: string): string {
  if (remedy.startsWith('cream:')) {
    const ingredient = remedy.slice(6).replaceAll('_', ' ');
    return `${ingredient.charAt(0).toUpperCase()}${ingredient.slice(1)} cream`;
  }
  return NAMES[remedy] ?? remedy;
}

const points = (x: number) => {
  const r = Math.round(Math.abs(x) * 2) / 2;
  return `about ${r} point${r === 1 ? '' : 's'}`;
};

function later(r: RemedyInsight): string {
  const minutes = r.windows.reduce((s, w) => s + w.minutes, 0) / Math.max(r.windows.length, 1);
  const hours = Math.max(1, Math.round(minutes / 60));
  return `${hours} hour${hours === 1 ? '' : 's'} later`;
}

/**
 * One remedy's result in plain words, never claiming more than the numbers: "Heat: about 2 points less
 * pain 2 hours later, in 14 uses". The sentence describes pain after uses against the person's usual
 * course; it does not say the remedy caused it.
 */
export function describeRemedy(r: RemedyInsight, voice: 'you' | 'clinical' = 'you'): string {
  const name = remedyName(r.remedy);
  const course = voice === 'you' ? 'your usual course' : "the person's usual course";
  const uses = `${r.uses} use${r.uses === 1 ? '' : 's'}`;
  switch (r.verdict) {
    case 'not_enough_data':
      return `${name}: not enough yet: ${Math.min(r.uses, MIN_USES)} of ${MIN_USES} uses with a pain score before and after.`;
    case 'confounded':
      return `${name}: nearly always used together with ${remedyName(r.with ?? '').toLowerCase()}, so their effects cannot be told apart (${uses}).`;
    case 'helps':
      return `${name}: ${points(r.effect ?? 0)} less pain ${later(r)} than ${course}, in ${uses}.`;
    case 'worse':
      return `${name}: ${points(r.effect ?? 0)} more pain ${later(r)} than ${course}, in ${uses}.`;
    default:
      return `${name}: no clear difference from ${course} ${later(r)}, in ${uses}.`;
  }
}

/** The interval in words: "90 % range: 1.3 to 2.9 points less" (null without one). */
export function describeInterval(r: RemedyInsight): string | null {
  const { low, high } = r;
  if (low === null || high === null) return null;
  const f = (x: number) => Math.abs(x).toFixed(1);
  if (high < 0) return `90 % range: ${f(high)} to ${f(low)} points less`;
  if (low > 0) return `90 % range: ${f(low)} to ${f(high)} points more`;
  return `90 % range: from ${f(low)} points less to ${f(high)} more`;
}
