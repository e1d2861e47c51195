/**
 * Emergency and advice numbers by country (evidence section 5, EC-*), in our own words. The numbers
 * themselves, as data, live in src/domain/contacts/contacts.ts.
 */
import type { ContactFactId, FactText } from './registry.ts';

/** Contact facts by id. */
export const CONTACT_FACTS = {
  'EC-WHERE': {
    id: 'EC-WHERE',
    title: 'The number for where you are',
    statement:
      'Our rule: the number you are shown depends on the country you are in now (your choice, else your time zone), not your language.',
  },
  'EC-GB': {
    id: 'EC-GB',
    title: 'United Kingdom: 999 and 111',
    statement:
      'Call 999 in an emergency; for urgent advice that is not life-threatening, call 111 (NHS 111, or NHS 24 in Scotland).',
  },
  'EC-IE': {
    id: 'EC-IE',
    title: 'Ireland: 112 or 999',
    statement:
      'In Ireland both 112 and 999 reach emergency services for free; for advice, contact a GP or out-of-hours GP.',
  },
  'EC-EU': {
    id: 'EC-EU',
    title: 'European Union: 112',
    statement: '112 reaches emergency services free of charge from any phone in every EU country.',
  },
  'EC-US': {
    id: 'EC-US',
    title: 'United States: 911',
    statement: 'Call 911 for a medical emergency anywhere in the United States.',
  },
  'EC-CA': {
    id: 'EC-CA',
    title: 'Canada: 911',
    statement:
      'Call 911 for a medical emergency in Canada; nurse advice lines such as 811 are run by each province.',
  },
  'EC-988': {
    id: 'EC-988',
    title: '988 is a crisis line',
    statement:
      'In the US and Canada, 988 is for suicide and mental-health crises; a physical emergency like a back red flag is a 911 call.',
  },
  'EC-AU': {
    id: 'EC-AU',
    title: 'Australia: 000 and healthdirect',
    statement:
      'Call Triple Zero (000) in an emergency; healthdirect on 1800 022 222 puts you through to a registered nurse at any hour.',
  },
  'EC-NZ': {
    id: 'EC-NZ',
    title: 'New Zealand: 111 and Healthline',
    statement: 'Call 111 in an emergency; Healthline on 0800 611 116 gives free nurse advice day and night.',
  },
} satisfies Record<ContactFactId, FactText>;
