import assert from 'node:assert/strict';
import { ServiceError } from '@temporalio/client';
import { outageOf } from '../../domain/dependency-outage';

describe('domain: which dependency an error says is out of reach (503, not 500)', () => {
  it('PostgreSQL refusing, dropping or not yet accepting connections, or knex timing out acquiring one', () => {
    assert.equal(outageOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })), 'database');
    assert.equal(outageOf(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })), 'database');
    assert.equal(outageOf(Object.assign(new Error('the database system is starting up'), { code: '57P03' })), 'database');
    assert.equal(outageOf(new Error('Connection terminated unexpectedly')), 'database');
    assert.equal(outageOf(Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })), 'database');
  });

  it('the Temporal frontend unavailable or past its deadline, also as the cause of a client error', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'x', metadata: {} });
    assert.equal(outageOf(grpc), 'temporal');
    assert.equal(outageOf(new ServiceError('Failed to start Workflow', { cause: grpc })), 'temporal');
    assert.equal(outageOf(Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4, details: 'x', metadata: {} })), 'temporal');
  });

  it('anything else stays what it is: a bug is a 500, a constraint a 4xx elsewhere', () => {
    assert.equal(outageOf(new TypeError('x is undefined')), null);
    assert.equal(outageOf(Object.assign(new Error('duplicate key value'), { code: '23505' })), null);
    assert.equal(outageOf(Object.assign(new Error('5 NOT_FOUND'), { code: 5, details: 'x', metadata: {} })), null);
    assert.equal(outageOf(undefined), null);
  });
});
