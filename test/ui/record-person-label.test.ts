import assert from 'node:assert/strict';
import { recordSchemaSources } from '../../law/record-schema-sources';
import { recordPersonLabel } from '../../ui/src/case/record-person-label';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { schemaAtPointer } from '../../ui/src/schema/schema-at-pointer';
import { ACCUSED, SUSPECT } from './task-form-fixture';

const persons = [
  { id: SUSPECT, label: 'Тестов Асан' },
  { id: ACCUSED, label: 'Примерова Бермет' },
];

describe('ui case timeline - persons in record data', () => {
  const indictment = recordSchemaSources.indictment as unknown as JsonSchema;

  it('shows a personId by the person\'s name, also inside a list (an indictment\'s accused)', () => {
    assert.equal(recordPersonLabel('personId', undefined, SUSPECT, persons, 'ru'), 'Тестов Асан');
    const nested = schemaAtPointer(indictment, '/accused/0/personId');
    assert.ok(Array.isArray(nested?.['x-icj-person']));
    assert.equal(recordPersonLabel('personId', nested, ACCUSED, persons, 'en'), 'Примерова Бермет');
  });

  it('says the person is not found rather than showing an unknown id', () => {
    const text = recordPersonLabel('personId', undefined, '99999999-9999-4999-8999-999999999999', persons, 'en');
    assert.equal(text, 'person not found in the case file');
  });

  it('leaves other fields, and an absent person, to the ordinary display', () => {
    assert.equal(recordPersonLabel('court', undefined, SUSPECT, persons, 'ru'), null);
    assert.equal(recordPersonLabel('personId', undefined, null, persons, 'ru'), null);
    assert.equal(recordPersonLabel('defendant', { 'x-icj-person': ['defendant'] }, ACCUSED, persons, 'ru'), 'Примерова Бермет', 'any field the schema marks as a person');
  });
});
