import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { addParticipant } from '../../domain/add-participant';
import type { DomainDeps } from '../../domain/deps';
import { registerCase } from '../../domain/register-case';
import { verifyCaseChain } from '../../db/records-repo';
import { testDatabase, timeSkippingEnv } from '../support/engines';
import { keepHistory } from '../support/histories';
import { demoUser, registration } from '../support/fixtures';
import { startTestWorker } from '../support/test-worker';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * CPC KR 145(1): the registration is the first record of a case. A participant may be added as
 * soon as the API has answered the registration, which is before the workflow's registration
 * activity has run; the act waits for it (clean-clone CI once recorded it ahead).
 */
describe('an act sent before the registration is recorded comes after it', function () {
  this.timeout(120_000);
  let db: Knex;
  let env: TestWorkflowEnvironment;

  before(async () => {
    ({ db } = await testDatabase());
    env = await timeSkippingEnv();
  });

  it('a victim added while no worker has run the case yet is record #2, after the registration', async () => {
    const taskQueue = `registration-first-${randomUUID()}`;
    const officer = await demoUser(db, 'officer1');
    const now = Date.now();
    const deps: DomainDeps = { db, temporal: env.client, taskQueue, clock: () => new Date(now), clockSkewMs: 300_000 };
    // No worker polls the queue yet: the workflow's first task holds its start and the update together.
    const kase = await registerCase(deps, officer, registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(now - 2 * HOUR).toISOString() }]));
    const added = addParticipant(deps, officer, kase.id, {
      role: 'victim', lastName: 'Victimova', firstName: 'Aigul', sex: 'female', birthDate: '1990-05-05', relationshipToSuspect: 'stranger', addedAt: new Date(now - MINUTE).toISOString(),
    });
    const worker = await startTestWorker(env, db, taskQueue);
    try {
      const result = await added;
      const records = await db('records').where({ case_id: kase.id }).orderBy('seq');
      assert.deepEqual(records.map((r) => [r.seq, r.record_type]), [[1, 'report-registration'], [2, 'participant-added']]);
      assert.equal(result.seq, 2);
      await keepHistory(env, 'participant-before-registration', kase.workflowId);
      assert.deepEqual(await verifyCaseChain(db, kase.id), { valid: true, count: 2, brokenAtSeq: null });
    } finally {
      await worker.stop();
    }
  });
});
