// Types only (erased at build): @medplum/fhirtypes is a dev dependency and never reaches the server bundle.
import type {
  Bundle,
  BundleEntry,
  MedicationStatement,
  Observation,
  Patient,
  Procedure,
  Reference,
} from '@medplum/fhirtypes';
import type { ReportPeg } from '../../domain/insight/clinician-summary.ts';
import { PEG_ITEMS, pegScore } from '../../domain/insight/peg.ts';
import type { StoredEvent } from './insight.repository.ts';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** Who the bundle is about. */
export interface FhirPerson {
  readonly id: string;
  readonly name: string;
}

const urn = (id: string) => `urn:uuid:${id}`;

function painObservation(e: StoredEvent, subject: Reference<Patient>): Observation {
  return {
    resourceType: 'Observation',
    id: e.id,
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] },
    ],
    code: {
      coding: [
        {
          system: LOINC,
          code: '72514-3',
          display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
        },
      ],
      text: 'Pain score (0-10)',
    },
    subject,
    effectiveDateTime: e.at,
    valueInteger: e.score ?? 0,
  };
}

function pegObservation(p: ReportPeg & { id: string }, subject: Reference<Patient>): Observation {
  return {
    resourceType: 'Observation',
    id: p.id,
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] },
    ],
    // No LOINC code verified for the PEG: text only (IN-PEG), rather than a guessed code.
    code: { text: 'PEG three-item pain scale (pain, enjoyment of life, general activity), mean 0-10' },
    subject,
    effectiveDateTime: p.at,
    valueQuantity: { value: pegScore(p), unit: 'score', system: UCUM, code: '{score}' },
    component: PEG_ITEMS.map((item) => ({ code: { text: item.question }, valueInteger: p[item.key] })),
  };
}

function doseStatement(e: StoredEvent, subject: Reference<Patient>): MedicationStatement {
  const mg = e.mg ?? 0;
  return {
    resourceType: 'MedicationStatement',
    id: e.id,
    status: 'completed',
    medicationCodeableConcept: {
      coding: [{ system: RXNORM, code: '5640', display: 'Ibuprofen' }],
      text: 'Ibuprofen',
    },
    subject,
    effectiveDateTime: e.at,
    dosage: [
      {
        text: `${mg} mg by mouth`,
        doseAndRate: [{ doseQuantity: { value: mg, unit: 'mg', system: UCUM, code: 'mg' } }],
      },
    ],
  };
}

function massageProcedure(e: StoredEvent, subject: Reference<Patient>): Procedure {
  const start = Date.parse(e.at);
  const performed: Pick<Procedure, 'performedDateTime' | 'performedPeriod'> =
    typeof e.minutes === 'number'
      ? { performedPeriod: { start: e.at, end: new Date(start + e.minutes * 60_000).toISOString() } }
      : { performedDateTime: e.at };
  return {
    resourceType: 'Procedure',
    id: e.id,
    status: 'completed',
    code: { text: 'Massage therapy' },
    subject,
    ...performed,
  };
}

/**
 * The person's diary as a FHIR R4 Bundle of type `collection` (contract v2): the Patient, one Observation
 * per pain score (LOINC 72514-3, valueInteger), one per PEG answer (with its three items), one
 * MedicationStatement per ibuprofen dose (with the dose) and one Procedure per massage.
 */
export function fhirBundle(
  person: FhirPerson,
  events: readonly StoredEvent[],
  peg: readonly (ReportPeg & { id: string })[],
  now: Date,
): Bundle {
  const subject: Reference<Patient> = { reference: urn(person.id), display: person.name };
  const entries: BundleEntry[] = [
    {
      fullUrl: urn(person.id),
      resource: { resourceType: 'Patient', id: person.id, name: [{ text: person.name }] },
    },
  ];
  for (const e of events) {
    if (e.kind === 'pain' && typeof e.score === 'number')
      entries.push({ fullUrl: urn(e.id), resource: painObservation(e, subject) });
    else if (e.kind === 'ibuprofen' && typeof e.mg === 'number')
      entries.push({ fullUrl: urn(e.id), resource: doseStatement(e, subject) });
    else if (e.kind === 'massage')
      entries.push({ fullUrl: urn(e.id), resource: massageProcedure(e, subject) });
  }
  for (const p of peg) entries.push({ fullUrl: urn(p.id), resource: pegObservation(p, subject) });
  return { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString(), entry: entries };
}
