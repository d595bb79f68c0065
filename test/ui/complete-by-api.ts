import assert from 'node:assert/strict';
import { eventually } from '../support/fixtures';
import type { TestStack } from '../support/stack';

/**
 * Completes the case's open task of `recordType` through the API as `user` (default officer1), as
 * the officer's own form would: once the workflow has opened it. Fails with the server's answer
 * if the act is refused.
 */
export async function completeByApi(stack: TestStack, caseId: string, recordType: string, data: Record<string, unknown>, user = 'officer1') {
  const task = await eventually(async () => {
    const tasks = await stack.api('/api/tasks', { user });
    assert.equal(tasks.status, 200, JSON.stringify(tasks.body));
    return (tasks.body.items as Array<{ id: string; caseId: string; recordType: string }>)
      .find((t) => t.caseId === caseId && t.recordType === recordType);
  }, `the ${recordType} task of the case`);
  const done = await stack.api(`/api/tasks/${task.id}/complete`, { method: 'POST', body: { data }, user });
  assert.equal(done.status, 200, `${recordType} refused: ${JSON.stringify(done.body)}`);
}
