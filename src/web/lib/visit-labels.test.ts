import { describe, expect, it } from 'vitest';
import { VisitNoteSchema } from '../../domain/aftercare/aftercare.schema.ts';
import { IntakeSchema } from '../../domain/booking/booking.schema.ts';
import {
  AREA_IDS,
  AREA_LABELS,
  areaList,
  intakeRows,
  noteRows,
  PRESSURE_IDS,
  PRESSURE_LABELS,
} from './visit-labels.ts';

// The ids the server accepts, read from the schemas themselves: a new id there without a label here fails.
const notePressures = VisitNoteSchema.shape.pressure.options;
const intakePressures = IntakeSchema.shape.pressure.unwrap().options;
const noteAreas = VisitNoteSchema.shape.areas.element.options;

describe('visit labels', () => {
  it('label every pressure the note and the intake allow, and nothing else', () => {
    for (const ids of [notePressures, intakePressures]) {
      expect([...PRESSURE_IDS].sort()).toEqual([...ids].sort());
      for (const id of ids) expect(PRESSURE_LABELS[id]).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('label every body area a note allows, and nothing else', () => {
    expect([...AREA_IDS].sort()).toEqual([...noteAreas].sort());
    for (const id of noteAreas) expect(AREA_LABELS[id]).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
    expect(new Set(Object.values(AREA_LABELS)).size).toBe(noteAreas.length);
  });

  it('list areas by their labels, in the order given', () => {
    expect(areaList(['lower', 'hips'])).toBe('Lower back, Hips');
    expect(areaList([])).toBe('');
  });
});

describe('intakeRows', () => {
  const full = {
    pressure: 'firm',
    avoidAreas: ['left knee', 'neck'],
    spasmAfterPastMassage: false,
    historyConsent: true,
    history: 'Disc bulge L4/5 in 2021.',
    homeNotes: 'Second floor, no lift.',
  } as const;

  it('turn every fact the client gave into a labelled row, in a fixed order', () => {
    expect(intakeRows({ ...full, avoidAreas: [...full.avoidAreas] }, 'Ring twice.')).toEqual([
      ['Pressure', 'Firm'],
      ['Avoid', 'left knee, neck'],
      ['Spasm after a massage before', 'No'],
      ['Health history (shared with consent)', 'Disc bulge L4/5 in 2021.'],
      ['Home', 'Second floor, no lift.'],
      ['Notes', 'Ring twice.'],
    ]);
  });

  it('let a screen name the pressure its own way', () => {
    expect(intakeRows({ pressure: 'light' }, null, 'Pressure they asked for')).toEqual([
      ['Pressure they asked for', 'Light'],
    ]);
  });

  it('leave out what the client did not say, and say "Yes" for a past spasm', () => {
    expect(intakeRows(null, null)).toEqual([]);
    expect(intakeRows({ avoidAreas: [], historyConsent: false }, '')).toEqual([]);
    expect(intakeRows({ spasmAfterPastMassage: true }, null)).toEqual([
      ['Spasm after a massage before', 'Yes'],
    ]);
  });
});

describe('noteRows', () => {
  const note = VisitNoteSchema.parse({
    areas: ['lower', 'hips'],
    pressure: 'firm',
    techniques: ['Trigger point'],
    observations: 'Tight left QL.',
    advice: 'Walk daily.',
  });

  it('show the client a capitalised pressure and area names, in words about the therapist', () => {
    expect(noteRows(note, 'client')).toEqual([
      ['Areas worked on', 'Lower back, Hips'],
      ['Pressure', 'Firm'],
      ['Techniques', 'Trigger point'],
      ['What they noticed', 'Tight left QL.'],
      ['Their advice', 'Walk daily.'],
    ]);
  });

  it('show the therapist the terms of the note form they filled in', () => {
    expect(noteRows(note, 'therapist').map(([term]) => term)).toEqual([
      'Areas worked',
      'Pressure',
      'Techniques',
      'Observations',
      'Advice given',
    ]);
  });

  it('leave out the optional parts that are empty', () => {
    expect(noteRows({ areas: ['neck'], pressure: 'medium', techniques: [] }, 'client')).toEqual([
      ['Areas worked on', 'Neck'],
      ['Pressure', 'Medium'],
    ]);
  });
});
