import assert from 'node:assert/strict';
import { recordSchemaSources } from '../../law/record-schema-sources';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { referencedRecordTypes } from '../../ui/src/schema/referenced-record-types';

const schemaOf = (type: string) => recordSchemaSources[type] as unknown as JsonSchema;

describe('ui form - record types a refusal may name', () => {
  it('finds the preconditions and the latest records an instant may not precede', () => {
    assert.deepEqual(referencedRecordTypes(schemaOf('measure-decision')), ['measure-motion']);
    assert.deepEqual(referencedRecordTypes(schemaOf('appeal')), ['verdict']);
    assert.deepEqual(referencedRecordTypes(schemaOf('charge-decision')), ['check-decision']);
  });

  it('adds the record types the errors at hand name, but not facts', () => {
    const errors = [
      { path: '', message: '', code: 'precondition', params: { requires: 'indictment' } },
      { path: '', message: '', code: 'precondition', params: { requires: 'person.detainedAt' } },
      { path: '/x', message: '', code: 'before-fact', params: { fact: 'last:suspension.suspendedAt' } },
    ];
    assert.deepEqual(referencedRecordTypes(schemaOf('report-registration'), errors), ['indictment', 'suspension']);
  });
});
