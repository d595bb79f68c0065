import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillKnownFacts } from '../../casefile/fill-known-facts';
import { validateRecord } from '../../law/record-schemas';
import { fieldPointers } from '../../ui/src/form/field-pointers';
import { initialFormValue } from '../../ui/src/form/initial-form-value';
import { initialRecordFormValue } from '../../ui/src/form/initial-record-form-value';
import { toSubmission } from '../../ui/src/form/to-submission';
import { fieldId } from '../../ui/src/schema/field-id';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { ACCUSED, SUSPECT, taskForm } from './task-form-fixture';

const schema = (name: string): JsonSchema =>
  JSON.parse(readFileSync(path.resolve('law/schemas', `${name}.schema.json`), 'utf8')) as JsonSchema;

describe('ui form generation (pure parts)', () => {
  const report = schema('report-registration');
  const measure = schema('measure-decision');

  it('when a measure-decision form is left blank, submits an empty object so the server names every missing field', () => {
    assert.deepEqual(toSubmission(measure, measure, initialFormValue(measure, measure)), {});
  });

  it('when custody is chosen without a term, sends Bishkek time with +06:00 and the integer as a number, omitting blanks', () => {
    const value = { decidedAt: '2026-11-26T14:05', court: 'Bishkek city court', outcome: 'custody', measure: '', termMonths: '' };
    assert.deepEqual(toSubmission(measure, measure, value), {
      decidedAt: '2026-11-26T14:05:00+06:00',
      court: 'Bishkek city court',
      outcome: 'custody',
    });
    assert.equal((toSubmission(measure, measure, { ...value, termMonths: '2' }) as { termMonths: unknown }).termMonths, 2);
  });

  it('when the report has suspects, resolves the $ref items, keeps booleans and item positions, and omits blank optionals', () => {
    const value = {
      ...(initialFormValue(report, report) as object),
      place: '',
      suspects: [
        { lastName: 'Testov', firstName: 'Asan', birthDate: '1990-04-12', sex: 'male', detained: true, detainedAt: '2026-11-26T12:00', detentionPlace: '' },
        { lastName: '', firstName: '', birthDate: '', sex: '', detained: false, detainedAt: '', detentionPlace: '' },
      ],
    };
    const out = toSubmission(report, report, value) as { suspects: unknown[]; place?: string };
    assert.equal('place' in out, false);
    assert.deepEqual(out.suspects, [
      { lastName: 'Testov', firstName: 'Asan', birthDate: '1990-04-12', sex: 'male', detained: true, detainedAt: '2026-11-26T12:00:00+06:00' },
      { detained: false },
    ]);
  });

  it('when a required array is empty, sends [] rather than leaving it out', () => {
    const out = toSubmission(report, report, initialFormValue(report, report)) as { suspects?: unknown };
    assert.deepEqual(out.suspects, []);
  });

  it('lists the pointers of nested array items, so /suspects/0/detainedAt errors are shown inline', () => {
    const pointers = fieldPointers(report, report, { suspects: [{}] });
    assert.ok(pointers.has('/suspects'));
    assert.ok(pointers.has('/suspects/0'));
    assert.ok(pointers.has('/suspects/0/detainedAt'));
    assert.ok(!pointers.has('/suspects/1/detainedAt'));
    assert.ok(!pointers.has(''));
  });

  it('derives field ids from pointers with / replaced by .', () => {
    assert.equal(fieldId('/termMonths'), 'field-.termMonths');
    assert.equal(fieldId('/suspects/0/lastName'), 'field-.suspects.0.lastName');
    assert.notEqual(fieldId('/a.b'), fieldId('/a/b'));
  });
});

describe('ui form generation - facts the case file holds', () => {
  const toProsecutor = schema('detention-record-to-prosecutor');
  const indictment = schema('indictment');

  it('when the task concerns a person, starts with that person chosen; otherwise with nobody', () => {
    assert.equal(initialRecordFormValue(toProsecutor, taskForm(SUSPECT)).personId, SUSPECT);
    assert.equal(initialRecordFormValue(toProsecutor, taskForm(null)).personId, '');
    assert.equal(initialRecordFormValue(toProsecutor, undefined).personId, '');
    assert.equal('personId' in initialRecordFormValue(indictment, taskForm(SUSPECT)), false, 'an indictment names its persons per accused');
  });

  it('submits the task\'s person and what the officer typed, never the sex, age band, child flag or detention moment', () => {
    const value = {
      ...initialRecordFormValue(toProsecutor, taskForm(SUSPECT)),
      // whatever the state holds for a read-only fact is not sent
      sex: 'female', ageBand: '18-24', isChild: true, detainedAt: '2026-11-27T20:00',
      sentAt: '2026-11-28T08:00', method: 'register', prosecutorOffice: 'Synthetic district prosecutor',
    };
    const sent = toSubmission(toProsecutor, toProsecutor, value) as Record<string, unknown>;
    assert.deepEqual(sent, { personId: SUSPECT, sentAt: '2026-11-28T08:00:00+06:00', method: 'register', prosecutorOffice: 'Synthetic district prosecutor' });

    // and what the server fills in from the case file makes it a valid record
    const filled = fillKnownFacts({
      recordType: 'detention-record-to-prosecutor', data: sent, taskPersonId: SUSPECT, now: Date.parse('2026-11-28T09:00:00+06:00'), clockSkewMs: 0,
      facts: {
        registerNumber: 'BSK-01-2026-000007', receivedAt: '2026-11-27T23:30:00+06:00', registeredAt: '2026-11-27T23:40:00+06:00', gravity: 'grave', acts: [],
        persons: [{ id: SUSPECT, roles: [{ role: 'suspect', since: '2026-11-27T23:40:00+06:00' }], sex: 'male', birthDate: '1990-05-01', detainedAt: '2026-11-27T22:15:00+06:00' }],
      },
    });
    assert.deepEqual(validateRecord('detention-record-to-prosecutor', filled), []);
  });

  it('leaves the case\'s own facts and each accused\'s facts out of an indictment, keeping the persons chosen', () => {
    const value = {
      ...initialRecordFormValue(indictment, taskForm(null)),
      registerNumber: 'XXX', gravity: 'small', drawnUpAt: '2026-12-01T10:00',
      accused: [{ personId: ACCUSED, sex: 'male', ageBand: '', isChild: false, crimeArticles: ['CC 122(1)'], inCustody: false }],
    };
    const sent = toSubmission(indictment, indictment, value) as Record<string, unknown>;
    assert.equal('registerNumber' in sent, false);
    assert.equal('gravity' in sent, false);
    assert.deepEqual(sent.accused, [{ personId: ACCUSED, crimeArticles: ['CC 122(1)'], inCustody: false }]);
  });

  it('never submits the deciding prosecutor\'s rung of an extension: the server fills it in from the prosecutor\'s office and rank', () => {
    const extension = schema('investigation-extension-decision');
    const value = { ...initialRecordFormValue(extension, taskForm(null, 'district-or-city-prosecutor')), authority: 'prosecutor-general', outcome: 'extension-refused' };
    const sent = toSubmission(extension, extension, value) as Record<string, unknown>;
    assert.equal('authority' in sent, false);
    assert.equal(sent.outcome, 'extension-refused');
  });
});
