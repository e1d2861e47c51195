/**
 * What is left of a message to another person once its subject has erased their account (GDPR art. 17):
 * that a visit existed, without the erased person's name, address, notes or reasons.
 */
export const REDACTED_SUBJECT = 'Visit details removed';

export const REDACTED_BODY =
  'This message was about a visit with someone who has since deleted their Unknot account. Their name, ' +
  'address, notes and reasons were removed with it.';

/** The notice a therapist gets when a client's account is erased while a visit is still ahead. */
export function erasedClientNotice(when: string): { subject: string; body: string } {
  return {
    subject: 'Visit cancelled: account deleted',
    body: `The home visit on ${when} was cancelled because the client deleted their Unknot account. The time is free again.`,
  };
}
