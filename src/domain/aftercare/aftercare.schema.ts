import { z } from 'zod';
import { SYMPTOMS } from '../contract/ids.ts';
import { text } from '../contract/text.schema.ts';

/** The simple body map of a visit note: few enough areas to tick on a phone at the end of a visit. */
export const NOTE_AREAS = ['neck', 'upper', 'middle', 'lower', 'hips', 'legs'] as const;
export const PRESSURES = ['light', 'medium', 'firm'] as const;

/** A therapist's structured note about a visit (contract v2, Aftercare). */
export const VisitNoteSchema = z.object({
  areas: z.array(z.enum(NOTE_AREAS)).min(1).max(NOTE_AREAS.length),
  pressure: z.enum(PRESSURES),
  techniques: z.array(text(80, 1)).max(20),
  observations: text(2000).optional(),
  advice: text(2000).optional(),
});
export type VisitNote = z.output<typeof VisitNoteSchema>;

/** POST /api/v1/bookings/:id/complete. */
export const CompleteRequestSchema = z.object({ note: VisitNoteSchema });

/** POST /api/v1/followups/:id: pain now, soreness 0-10 and "anything new?" (red-flag symptom ids). */
export const FollowUpAnswerSchema = z.object({
  painScore: z.number().int().min(0).max(10),
  soreness: z.number().int().min(0).max(10),
  symptoms: z
    .array(z.enum(SYMPTOMS))
    .max(SYMPTOMS.length * 2)
    .default([]),
});
export type FollowUpAnswer = z.output<typeof FollowUpAnswerSchema>;

/** PATCH /api/v1/bookings/:id (the client): consent for the therapist to read the follow-up answers. */
export const BookingPatchSchema = z.object({ shareFollowUps: z.boolean() });

/** POST /api/v1/bookings/:id/review. */
export const ReviewSchema = z.object({
  stars: z.number().int().min(1).max(5),
  text: text(2000).optional(),
});
