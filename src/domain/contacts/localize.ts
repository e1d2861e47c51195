/**
 * Red-flag messages for where the person is: the triage text names 999, 112 and 911 and UK services (its
 * contract-v1 wording, kept when no country is given); with a country, each flag says exactly which number
 * to call (EC-WHERE) and keeps its own reason.
 */
import type { Contacts, Flag } from '../contract/assessment.ts';
import { FLAG_REASON } from '../triage/red-flags.ts';
import { levelAction } from './contacts.ts';

/**
 * Why a flag matters, without the "what to do" sentence: for a card whose heading already says what to do.
 * @example flagReason(flag) // 'A fever with back pain can be a sign of an infection.'
 */
export function flagReason(flag: Flag): string {
  const reasons: Readonly<Record<string, string | undefined>> = FLAG_REASON;
  return reasons[flag.id] ?? flag.message;
}

/**
 * The flag with its "what to do now" sentence for these contacts.
 * @example localizeFlag(flag, contactsFor('US')).message // 'Call 911 now, or go to …'
 */
export function localizeFlag(flag: Flag, contacts: Contacts): Flag {
  const reasons: Readonly<Record<string, string | undefined>> = FLAG_REASON;
  const reason = reasons[flag.id];
  if (reason === undefined) return flag;
  return { ...flag, message: `${levelAction(flag.level, contacts)} ${reason}` };
}
