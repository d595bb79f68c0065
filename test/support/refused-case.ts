import assert from 'node:assert/strict';
import { completeByApi } from '../ui/complete-by-api';
import { eventually } from './fixtures';
import type { TestStack } from './stack';

/**
 * Registers a report (the body given) as officer1 and refuses to open a case on it (CPC 153),
 * decided a minute ago, with the reasons given: the outcome whose retention rule ends first.
 */
export async function refusedCase(stack: TestStack, body: Record<string, unknown>, reasons = 'Synthetic: nothing happened.'): Promise<{ id: string; registerNumber: string; workflowId: string; decidedAt: string }> {
  const created = await stack.api('/api/cases', { method: 'POST', body });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const decidedAt = new Date(Date.now() - 60_000).toISOString();
  await completeByApi(stack, created.body.id, 'check-decision', {
    decidedAt, registerNumber: created.body.registerNumber, decision: 'refuse-to-open', refusalGrounds: 'no-event', reasons, applicantCopy: 'no-applicant',
  });
  await eventually(async () => (await stack.db('records').where({ case_id: created.body.id, record_type: 'check-decision' }).first()) ?? false, 'the refusal recorded');
  return { ...created.body, decidedAt };
}
