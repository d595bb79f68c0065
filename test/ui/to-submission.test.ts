import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fieldPointers } from '../../ui/src/form/field-pointers';
import { initialFormValue } from '../../ui/src/form/initial-form-value';
import { toSubmission } from '../../ui/src/form/to-submission';
import { fieldId } from '../../ui/src/schema/field-id';
import type { JsonSchema } from '../../ui/src/schema/json-schema';

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
