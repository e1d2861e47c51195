/**
 * The words for a massage visit's facts (pressure, body areas, the intake, the therapist's note), once for every
 * screen that shows them, so the booking review, the agenda, the client history, the note form and the client's
 * aftercare cannot drift apart.
 */
import type { VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import type { Intake } from '../../domain/booking/booking.schema.ts';

export type Pressure = VisitNote['pressure'];
export type NoteArea = VisitNote['areas'][number];
/** A term and its detail, as a `<dt>` and its `<dd>`. */
export type FactRow = readonly [term: string, detail: string];

// Keyed by the domain's types only (no zod in the browser bundle): an id without a label does not compile.
// The key order is the order the choices are offered in.
export const PRESSURE_LABELS: Record<Pressure, string> = {
  light: 'Light',
  medium: 'Medium',
  firm: 'Firm',
};

export const AREA_LABELS: Record<NoteArea, string> = {
  neck: 'Neck',
  upper: 'Upper back',
  middle: 'Middle back',
  lower: 'Lower back',
  hips: 'Hips',
  legs: 'Legs',
};

export const PRESSURE_IDS = Object.keys(PRESSURE_LABELS) as Pressure[];
export const AREA_IDS = Object.keys(AREA_LABELS) as NoteArea[];

/** "Lower back, Hips". */
export const areaList = (areas: readonly NoteArea[]): string => areas.map((a) => AREA_LABELS[a]).join(', ');

/** What a screen shows when the client told the therapist nothing before the visit. */
export const NO_INTAKE = 'The client left no notes.';

/**
 * What the client told the therapist before the visit, as labelled rows; empty when they told nothing.
 * `pressureTerm` lets the client history set the asked-for pressure apart from the pressure in the note.
 */
export function intakeRows(
  intake: Partial<Intake> | null,
  notes: string | null,
  pressureTerm = 'Pressure',
): FactRow[] {
  const i = intake ?? {};
  const rows: FactRow[] = [];
  if (i.pressure) rows.push([pressureTerm, PRESSURE_LABELS[i.pressure]]);
  if (i.avoidAreas && i.avoidAreas.length > 0) rows.push(['Avoid', i.avoidAreas.join(', ')]);
  if (i.spasmAfterPastMassage !== undefined) {
    rows.push(['Spasm after a massage before', i.spasmAfterPastMassage ? 'Yes' : 'No']);
  }
  if (i.history) rows.push(['Health history (shared with consent)', i.history]);
  if (i.homeNotes) rows.push(['Home', i.homeNotes]);
  if (notes) rows.push(['Notes', notes]);
  return rows;
}

/** Who reads a visit note: the therapist who wrote it, or the client it is about. */
export type NoteReader = 'therapist' | 'client';

/**
 * The terms for a note's parts. The therapist's match the note form they filled in; the client reads the
 * same facts told about the therapist ("What they noticed").
 */
export const NOTE_TERMS: Record<
  NoteReader,
  { areas: string; pressure: string; techniques: string; observations: string; advice: string }
> = {
  therapist: {
    areas: 'Areas worked',
    pressure: 'Pressure',
    techniques: 'Techniques',
    observations: 'Observations',
    advice: 'Advice given',
  },
  client: {
    areas: 'Areas worked on',
    pressure: 'Pressure',
    techniques: 'Techniques',
    observations: 'What they noticed',
    advice: 'Their advice',
  },
};

/** The therapist's note as labelled rows, in the words of its reader. */
export function noteRows(note: VisitNote, reader: NoteReader): FactRow[] {
  const t = NOTE_TERMS[reader];
  const rows: FactRow[] = [
    [t.areas, areaList(note.areas)],
    [t.pressure, PRESSURE_LABELS[note.pressure]],
  ];
  if (note.techniques.length > 0) rows.push([t.techniques, note.techniques.join(', ')]);
  if (note.observations) rows.push([t.observations, note.observations]);
  if (note.advice) rows.push([t.advice, note.advice]);
  return rows;
}
