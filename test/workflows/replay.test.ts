import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { testDataConverter, workflowBundle } from '../support/engines';

// Histories recorded from real runs (ICJ_RECORD_HISTORIES=1 npx mocha test/workflows/procedure-workflow.test.ts test/workflows/registration-first.test.ts
// test/workflows/term-extension.test.ts)
// and committed: a change to the interpreter that would make running cases take another path on
// replay (non-determinism) fails here before it reaches a server.
// The `batched-*` histories were recorded after the `batched-projections` workflow patch, the
// `local-*` ones after `local-projections` (projection writes as a local activity; their payloads
// encrypted with the test codec key, so the replay decodes as the worker does), the `once-` ones after
// `statistics-once` (a task's act leaves the statistics facts to its step's projection writes), the
// others before all of them: cases on every path must keep replaying.
const HISTORIES = join(__dirname, 'histories');

describe('replay of recorded case histories (determinism guard)', function () {
  this.timeout(120_000);

  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json')).sort();

  it('has recorded histories to replay', () => {
    assert.ok(files.length >= 3, files.join(', '));
  });

  it('replays every recorded history with the current workflow code', async () => {
    const histories = files.map((f) => {
      const { workflowId, history } = JSON.parse(readFileSync(join(HISTORIES, f), 'utf8'));
      return { workflowId, history: temporal.api.history.v1.History.fromObject(history) };
    });
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: await workflowBundle(), dataConverter: testDataConverter }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.deepEqual(failures, []);
  });
});
