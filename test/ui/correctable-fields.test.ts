import assert from 'node:assert/strict';
import { recordSchemaSources } from '../../law/record-schema-sources';
import { correctableFields } from '../../ui/src/case/correctable-fields';
import { correctionFormValue } from '../../ui/src/case/correction-form-value';
import { fieldLabel } from '../../ui/src/case/field-label';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { registration } from '../support/fixtures';
import { SUSPECT } from './task-form-fixture';

const schemaOf = (type: string) => recordSchemaSources[type] as unknown as JsonSchema;

describe('ui corrections - the fields of a record a correction may change', () => {
  const report = schemaOf('report-registration');
  const data = registration('2026-12-01T17:47:00.000Z', [{ detainedAt: '2026-12-01T18:17:00.000Z' }]);

  it('offers the scalar fields of a report, down into the recorded suspect, with their current values; the moment of detention is marked as a clock', () => {
    const fields = correctableFields(report, data);
    const pointers = fields.map((f) => f.pointer);
    for (const p of ['/receivedAt', '/place', '/gravity', '/suspects/0/lastName', '/suspects/0/detained', '/suspects/0/detainedAt', '/suspects/0/citizenship']) {
      assert.ok(pointers.includes(p), `${p} in ${pointers.join(' ')}`);
    }
    assert.ok(!pointers.some((p) => p === '/suspects' || p.startsWith('/victims')), 'lists are not fields; no victim was recorded');
    assert.deepEqual(fields.filter((f) => f.clock).map((f) => f.pointer), ['/suspects/0/detainedAt']);
    assert.equal(fields.find((f) => f.pointer === '/place')?.value, 'Synthetic street 1');
    assert.equal(fields.find((f) => f.pointer === '/suspects/0/citizenship')?.value, undefined, 'an optional field not recorded can be filled in');
  });

  it('leaves out whom an act concerns and the facts it took from the case file, except the moment of detention it repeats', () => {
    const protocol = { personId: SUSPECT, sex: 'male', ageBand: '30-39', isChild: false, detainedAt: '2026-12-01T18:17:00.000Z', place: 'Synthetic station', crimeArticles: ['CC 205(1)'], drawnUpBy: { role: 'investigator', name: 'Synthetic A.' } };
    const fields = correctableFields(schemaOf('detention-protocol'), protocol);
    const pointers = fields.map((f) => f.pointer);
    for (const p of ['/personId', '/sex', '/ageBand', '/isChild']) assert.ok(!pointers.includes(p), `${p} offered`);
    assert.deepEqual(fields.filter((f) => f.clock).map((f) => f.pointer), ['/detainedAt']);
    assert.ok(pointers.includes('/crimeArticles/0') && pointers.includes('/drawnUpBy/name'), pointers.join(' '));
  });

  it('names a nested field by its list, the item\'s number and its own label, in each language', () => {
    assert.equal(fieldLabel(report, '/suspects/0/detainedAt', 'en'), 'Suspects 1 · Moment of actual detention (hour and minute)');
    assert.equal(fieldLabel(report, '/suspects/1/lastName', 'ru'), 'Подозреваемые 2 · Фамилия');
    assert.equal(fieldLabel(report, '/place', 'ky'), 'Окуянын орду');
    assert.equal(fieldLabel(report, '/nothing', 'en'), 'nothing', 'a name the schema does not know, as it is');
  });

  it('starts the new value from the current one, an instant as Bishkek wall-clock time', () => {
    const at = (pointer: string) => correctableFields(report, data).find((f) => f.pointer === pointer)!;
    const detained = at('/suspects/0/detainedAt');
    assert.equal(correctionFormValue(detained.schema, detained.value), '2026-12-02T00:17');
    assert.equal(correctionFormValue(at('/suspects/0/detained').schema, true), true);
    assert.equal(correctionFormValue(at('/suspects/0/citizenship').schema, undefined), '');
  });
});
