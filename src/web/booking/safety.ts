/**
 * Safety before a visit, so a massage never stands in for the care a red flag calls for: a booking needs a check-in
 * from the last 24 h at self_care or doctor. The screen decides from the latest check-in it knows of, on this
 * device or on the account, and the server checks again when booking (codes `checkin_required`, `red_flag`).
 */
import type { Assessment, Flag } from '../../domain/contract/assessment.ts';

/** How long a check-in counts for booking (the server uses the same 24 h). */
export const CHECKIN_VALID_MS = 24 * 3_600_000;

/** A check-in as the gate sees it. */
export interface KnownCheckIn {
  at: string;
  assessment: Assessment;
  soughtCare?: boolean;
}

/** What the booking screen should show. */
export type Safety =
  | { kind: 'none' }
  | { kind: 'emergency'; flags: Flag[] }
  | { kind: 'urgent'; flags: Flag[]; soughtCare: boolean }
  | {
      kind: 'ok';
      at: string;
      doctor: Flag[];
      massageLeftOut: string | null;
      /** When the plan advises massage again (its item's `availableAt`), if that is still ahead. */
      massageFrom: string | null;
    };

/** Decides from every known check-in: the most recent one within 24 h of `nowMs` counts. */
export function safetyFrom(checkIns: readonly KnownCheckIn[], nowMs: number): Safety {
  const recent = checkIns
    .filter((c) => nowMs - Date.parse(c.at) <= CHECKIN_VALID_MS)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const latest = recent[0];
  if (latest === undefined) return { kind: 'none' };
  const { triage, plan } = latest.assessment;
  if (triage.level === 'emergency') return { kind: 'emergency', flags: triage.flags };
  if (triage.level === 'urgent') {
    return { kind: 'urgent', flags: triage.flags, soughtCare: latest.soughtCare === true };
  }
  const massage = plan?.excluded.find((x) => x.remedy === 'massage');
  // The plan's own moment for massage is the one booking uses, so the two never disagree.
  const waitUntil = plan?.items.find((x) => x.remedy === 'massage')?.availableAt ?? null;
  return {
    kind: 'ok',
    at: latest.at,
    doctor: triage.flags.filter((f) => f.level === 'doctor'),
    massageLeftOut: massage?.reason ?? null,
    massageFrom: waitUntil !== null && Date.parse(waitUntil) > nowMs ? waitUntil : null,
  };
}
