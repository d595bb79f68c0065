import assert from 'node:assert/strict';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { watchStep } from '../../activities/incident-watch';
import { testDatabase } from '../support/engines';

describe('activities - incident watch: no failing step goes unseen', () => {
  let db: Knex;
  before(async () => {
    ({ db } = await testDatabase());
  });

  // The mock logs every failed attempt; these failures are the point of the test.
  const quiet = { logger: new DefaultLogger('ERROR', () => {}) };
  const attempt = (n: number) => new MockActivityEnvironment({ attempt: n }, quiet);
  const step = () => ({ caseId: randomUUID(), workflowId: `case-W-${randomUUID()}`, activity: 'recordStep', stepKey: 'registration' });
  const sqlError = (code: string) => Object.assign(new Error(`synthetic ${code}`), { code });

  it('a data error PostgreSQL refuses on every try (22P05, NUL in jsonb) is non-retryable, with no incident', async () => {
    const s = step();
    await assert.rejects(
      attempt(5).run(() => watchStep(db, s, () => Promise.reject(sqlError('22P05')))),
      (e: unknown) => e instanceof ApplicationFailure && e.nonRetryable === true && e.type === 'RecordUnstorable',
    );
    assert.equal(await db('incidents').where({ workflow_id: s.workflowId }).first(), undefined);
  });

  it('a lost race on a unique key (23505) is retried: the retry finds the row written', async () => {
    await assert.rejects(
      attempt(1).run(() => watchStep(db, step(), () => Promise.reject(sqlError('23505')))),
      (e: unknown) => !(e instanceof ApplicationFailure),
    );
  });

  it('a transient fault is retried; from the third attempt it is an open incident (class and code, no data), resolved by the next success', async () => {
    const s = step();
    const failing = () => Promise.reject(sqlError('ECONNREFUSED'));
    await assert.rejects(attempt(2).run(() => watchStep(db, s, failing)));
    assert.equal(await db('incidents').where({ workflow_id: s.workflowId }).first(), undefined, 'two attempts are no incident yet');
    await assert.rejects(attempt(3).run(() => watchStep(db, s, failing)));
    await assert.rejects(attempt(4).run(() => watchStep(db, s, failing)));
    const open = await db('incidents').where({ workflow_id: s.workflowId }).first();
    assert.deepEqual([open.attempts, open.error, open.resolved_at, open.case_id], [4, 'Error ECONNREFUSED', null, null]);
    assert.equal(await attempt(5).run(() => watchStep(db, s, async () => 'written')), 'written');
    assert.ok((await db('incidents').where({ workflow_id: s.workflowId }).first()).resolved_at);
  });
});
