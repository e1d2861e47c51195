import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import {
  BookingPatchSchema,
  CompleteRequestSchema,
  FollowUpAnswerSchema,
  ReviewSchema,
} from '../../domain/aftercare/aftercare.schema.ts';
import {
  BookingRequestSchema,
  CancelRequestSchema,
  SlotsQuerySchema,
  TherapistProfileSchema,
} from '../../domain/booking/booking.schema.ts';
import { POSTCODE_COUNTRIES, type PostcodeCountry } from '../../domain/booking/postcode-format.ts';
import { HealthProfileSchema } from '../../domain/checkin-flow/health-profile.schema.ts';
import { CheckInSchema, StoredCheckInSchema } from '../../domain/contract/checkin.schema.ts';
import { ReminderSettingsSchema } from '../../domain/reminders/settings.ts';
import {
  ChangePasswordSchema,
  ConfirmPasswordSchema,
  LoginSchema,
  ResetConfirmSchema,
  ResetRequestSchema,
  SignupSchema,
} from '../auth/auth.schema.ts';
import { CheckinListQuery } from '../care/checkins.service.ts';
import { EventListQuery, EventPatchSchema, EventSchema } from '../care/event.schema.ts';
import { InsightQuery, PegSchema, ReportQuery } from '../insight/insight.schema.ts';
import { PushSubscriptionSchema } from '../push/push.routes.ts';
import { CreateShareSchema } from '../shares/shares.schema.ts';

/**
 * The API reference as OpenAPI 3.1, generated from the same zod schemas that validate the requests, so
 * it cannot drift from what the server accepts. zod-openapi builds on zod 4's own JSON Schema output
 * (z.toJSONSchema) and adds what a bare JSON Schema lacks: paths, query and path parameters, request
 * bodies, and shared components. Every mounted route must have an entry below (openapi.test.ts checks
 * against Hono's route list), so a new route without documentation fails the tests.
 */

const ErrorBody = z
  .object({
    error: z.object({
      message: z.string(),
      code: z.string().optional().meta({ description: 'A stable reason the client can key on.' }),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

const PublicUser = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role: z.enum(['client', 'therapist']),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });

const UserBody = z.object({ user: PublicUser });
const SessionBody = z.object({ user: PublicUser.nullable() });
const Ok = z.object({ ok: z.boolean() });

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const calendar = { content: { 'text/calendar': { schema: z.string() } } };

interface Doc {
  summary: string;
  tag: string;
  /** Needs the session cookie. */
  auth?: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Success status and body (none for 202/204). */
  ok?: [number, z.ZodType | null | 'calendar'];
}

const RangeQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** Every route, keyed as Hono lists it: `METHOD /path` (with `:param` and `:param{regex}`). */
export const ROUTE_DOCS: Record<string, Doc> = {
  'GET /healthz': { summary: 'Liveness: the process answers', tag: 'health', ok: [200, Ok] },
  'GET /readyz': { summary: 'Readiness: the database answers (503 when not)', tag: 'health', ok: [200, Ok] },
  'GET /api/v1/openapi.json': {
    summary: 'This document',
    tag: 'health',
    ok: [200, z.record(z.string(), z.unknown())],
  },
  'POST /api/v1/assess': {
    summary: 'Assess a check-in (no account needed)',
    tag: 'care',
    body: CheckInSchema,
  },
  'POST /api/v1/auth/signup': {
    summary: 'Create an account; answers alike for an address that already has one',
    tag: 'auth',
    body: SignupSchema,
    ok: [201, UserBody],
  },
  'POST /api/v1/auth/login': { summary: 'Log in', tag: 'auth', body: LoginSchema, ok: [200, UserBody] },
  'POST /api/v1/auth/logout': { summary: 'Log out', tag: 'auth', ok: [200, Ok] },
  'GET /api/v1/auth/session': {
    summary: 'Who is signed in (user null if nobody)',
    tag: 'auth',
    ok: [200, SessionBody],
  },
  'POST /api/v1/auth/password': {
    summary: 'Change the password; ends the other sessions',
    tag: 'auth',
    auth: true,
    body: ChangePasswordSchema,
    ok: [204, null],
  },
  'POST /api/v1/auth/password-reset': {
    summary: 'E-mail a reset link (202 whatever the address)',
    tag: 'auth',
    body: ResetRequestSchema,
    ok: [202, null],
  },
  'POST /api/v1/auth/password-reset/confirm': {
    summary: 'Set a new password from a reset link; ends every session',
    tag: 'auth',
    body: ResetConfirmSchema,
    ok: [204, null],
  },
  'GET /api/v1/me': { summary: 'The signed-in person', tag: 'auth', auth: true, ok: [200, UserBody] },
  'DELETE /api/v1/me': {
    summary: 'Erase the account and its data',
    tag: 'privacy',
    auth: true,
    body: ConfirmPasswordSchema,
  },
  'GET /api/v1/me/export': {
    summary: 'Export every personal record (JSON, or CSV per table)',
    tag: 'privacy',
    auth: true,
    query: z.object({ format: z.enum(['json', 'csv']).optional(), table: z.string().max(64).optional() }),
  },
  'POST /api/v1/events': { summary: 'Log a care event', tag: 'care', auth: true, body: EventSchema },
  'GET /api/v1/events': { summary: 'List care events', tag: 'care', auth: true, query: EventListQuery },
  'GET /api/v1/events/:id': { summary: 'One care event', tag: 'care', auth: true },
  'PATCH /api/v1/events/:id': {
    summary: 'Change a care event',
    tag: 'care',
    auth: true,
    body: EventPatchSchema,
  },
  'DELETE /api/v1/events/:id': { summary: 'Delete a care event', tag: 'care', auth: true },
  'POST /api/v1/checkins': {
    summary: 'Store a check-in',
    tag: 'care',
    auth: true,
    body: StoredCheckInSchema,
  },
  'GET /api/v1/checkins': { summary: 'List check-ins', tag: 'care', auth: true, query: CheckinListQuery },
  'GET /api/v1/checkins/:id': { summary: 'One check-in', tag: 'care', auth: true },
  'DELETE /api/v1/checkins/:id': { summary: 'Delete a check-in', tag: 'care', auth: true },
  'GET /api/v1/therapists': {
    summary: 'Therapists serving a postcode',
    tag: 'booking',
    auth: true,
    query: z.object({
      postcode: z.string().max(20).optional(),
      country: z
        .enum(POSTCODE_COUNTRIES as [PostcodeCountry, ...PostcodeCountry[]])
        .optional()
        .describe(
          "The searcher's country: the postcode must fit its format; therapists of other countries are left out",
        ),
    }),
  },
  'GET /api/v1/therapists/me': { summary: 'My therapist profile', tag: 'booking', auth: true },
  'PUT /api/v1/therapists/me': {
    summary: 'Set my therapist profile and hours',
    tag: 'booking',
    auth: true,
    body: TherapistProfileSchema,
  },
  'GET /api/v1/therapists/:id': { summary: 'One therapist', tag: 'booking', auth: true },
  'GET /api/v1/therapists/:id/slots': {
    summary: 'Free slots',
    tag: 'booking',
    auth: true,
    query: SlotsQuerySchema,
  },
  'POST /api/v1/bookings': {
    summary: 'Book a visit',
    tag: 'booking',
    auth: true,
    body: BookingRequestSchema,
  },
  'GET /api/v1/bookings': { summary: 'My visits', tag: 'booking', auth: true, query: RangeQuery },
  'GET /api/v1/bookings/:id': { summary: 'One visit', tag: 'booking', auth: true },
  'POST /api/v1/bookings/:id/complete': {
    summary: 'The therapist completes a started visit with a note (correctable for 24 h)',
    tag: 'aftercare',
    auth: true,
    body: CompleteRequestSchema,
  },
  'PATCH /api/v1/bookings/:id': {
    summary: 'The client lets the therapist see the follow-up answers (or not)',
    tag: 'aftercare',
    auth: true,
    body: BookingPatchSchema,
  },
  'POST /api/v1/bookings/:id/review': {
    summary: 'The client reviews a completed visit once',
    tag: 'aftercare',
    auth: true,
    body: ReviewSchema,
    ok: [201, z.object({ bookingId: z.uuid(), stars: z.number(), text: z.string().nullable() })],
  },
  'POST /api/v1/followups/:id': {
    summary: 'The client answers a 24 h or 48 h follow-up; the answer is triaged like a check-in',
    tag: 'aftercare',
    auth: true,
    body: FollowUpAnswerSchema,
    ok: [201, z.record(z.string(), z.unknown())],
  },
  'GET /api/v1/therapist/clients': {
    summary: 'The therapist’s clients: visits so far, last and next visit',
    tag: 'aftercare',
    auth: true,
  },
  'GET /api/v1/therapist/clients/:clientKey': {
    summary:
      'One client’s visits with this therapist: intake, notes, follow-up outcomes where shared, reviews',
    tag: 'aftercare',
    auth: true,
  },
  'GET /api/v1/bookings/:file{[^/]+\\.ics}': {
    summary: 'One visit as a calendar file',
    tag: 'booking',
    auth: true,
    ok: [200, 'calendar'],
  },
  'POST /api/v1/bookings/:id/cancel': {
    summary: 'Cancel a visit',
    tag: 'booking',
    auth: true,
    body: CancelRequestSchema,
  },
  'GET /api/v1/inbox': { summary: 'My messages', tag: 'booking', auth: true },
  'POST /api/v1/me/calendar-token': {
    summary: 'A new private calendar feed URL',
    tag: 'booking',
    auth: true,
  },
  'DELETE /api/v1/me/calendar-token': { summary: 'Revoke the calendar feed URL', tag: 'booking', auth: true },
  'GET /api/v1/calendar/:file{[A-Za-z0-9_-]{20,100}\\.ics}': {
    summary: 'Private calendar feed (the URL is the credential)',
    tag: 'booking',
    ok: [200, 'calendar'],
  },
  'GET /api/v1/bookings/eligibility': {
    summary: 'Whether I may book now, and from when a massage is advised (contract v2 booking gate)',
    tag: 'booking',
    auth: true,
  },
  'GET /api/v1/me/health-profile': { summary: 'My remembered check-in answers', tag: 'care', auth: true },
  'PUT /api/v1/me/health-profile': {
    summary: 'Remember my check-in answers',
    tag: 'care',
    auth: true,
    body: HealthProfileSchema,
  },
  'DELETE /api/v1/me/health-profile': {
    summary: 'Forget my check-in answers',
    tag: 'care',
    auth: true,
    ok: [204, null],
  },
  'GET /api/v1/push/key': { summary: 'The VAPID public key (base64url)', tag: 'reminders' },
  'POST /api/v1/push/subscriptions': {
    summary: 'Add a Web Push subscription',
    tag: 'reminders',
    auth: true,
    body: PushSubscriptionSchema,
  },
  'DELETE /api/v1/push/subscriptions': {
    summary: 'Remove a Web Push subscription',
    tag: 'reminders',
    auth: true,
    body: z.object({ endpoint: z.string() }),
    ok: [204, null],
  },
  'GET /api/v1/reminders/settings': { summary: 'My reminder settings', tag: 'reminders', auth: true },
  'PUT /api/v1/reminders/settings': {
    summary: 'Set my reminder settings',
    tag: 'reminders',
    auth: true,
    body: ReminderSettingsSchema,
  },
  'GET /api/v1/reminders': {
    summary: 'My reminders and their delivery',
    tag: 'reminders',
    auth: true,
    query: RangeQuery,
  },
  'GET /api/v1/insights': { summary: 'What helps me', tag: 'insight', auth: true, query: InsightQuery },
  'GET /api/v1/reports/clinician': {
    summary: 'One printable page for a clinician (text/html)',
    tag: 'insight',
    auth: true,
    query: ReportQuery,
  },
  'GET /api/v1/me/fhir': {
    summary: 'My data as a FHIR R4 Bundle (application/fhir+json)',
    tag: 'insight',
    auth: true,
  },
  'GET /api/v1/peg': { summary: 'My weekly PEG answers', tag: 'insight', auth: true },
  'POST /api/v1/peg': { summary: 'Answer the weekly PEG', tag: 'insight', auth: true, body: PegSchema },
  'POST /api/v1/shares': {
    summary: 'Share my report by link',
    tag: 'insight',
    auth: true,
    body: CreateShareSchema,
  },
  'GET /api/v1/shares': { summary: 'My shared links and their accesses', tag: 'insight', auth: true },
  'DELETE /api/v1/shares/:id': {
    summary: 'Revoke a shared link',
    tag: 'insight',
    auth: true,
    ok: [204, null],
  },
  'GET /api/v1/shared/:token': {
    summary: 'A shared report (the unguessable token is the credential; no-store, noindex)',
    tag: 'insight',
  },
};

/** `/api/v1/events/:id` → `/api/v1/events/{id}`; a regex-constrained `:file{…}` → `{file}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{(?:[^{}]|\{[^{}]*\})*\})?/g, '{$1}');
}

function operation(method: string, path: string, doc: Doc): ZodOpenApiOperationObject {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const [status, body] = doc.ok ?? [method === 'POST' ? 201 : 200, null];
  return {
    summary: doc.summary,
    tags: [doc.tag],
    ...(doc.auth && { security: [{ session: [] }] }),
    ...((params.length > 0 || doc.query) && {
      requestParams: {
        ...(params.length > 0 && { path: z.object(Object.fromEntries(params.map((p) => [p, z.string()]))) }),
        ...(doc.query && { query: doc.query }),
      },
    }),
    ...(doc.body && { requestBody: { required: true, ...json(doc.body) } }),
    responses: {
      [String(status)]: {
        description: 'Success',
        ...(body === 'calendar' ? calendar : body ? json(body) : {}),
      },
      default: { description: 'A refusal or failure, in one shape', ...json(ErrorBody) },
    },
  };
}

let cached: string | undefined;

/** The OpenAPI 3.1 document as JSON text (built once). */
export function openApiJson(): string {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const [key, doc] of Object.entries(ROUTE_DOCS)) {
    const space = key.indexOf(' ');
    const method = key.slice(0, space);
    const path = openApiPath(key.slice(space + 1));
    paths[path] = { ...paths[path], [method.toLowerCase()]: operation(method, path, doc) };
  }
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Unknot API',
      version: '1',
      description:
        'Every refusal is `{ error: { message, code?, issues: [{ path, message }] } }`. Write requests take JSON only (415 otherwise) and may carry an `Idempotency-Key`.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'unknot_session' } },
    },
    paths,
  });
  cached = JSON.stringify(document);
  return cached;
}
