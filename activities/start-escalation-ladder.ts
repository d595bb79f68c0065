import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

/** The workflow id of an escalation's ladder: one per escalation. */
export const ladderWorkflowId = (escalationId: string) => `escalation-${escalationId}`;

/** Starts `escalation-<id>` (workflows/escalation-ladder-workflow.ts); a second start (a retried activity) is a no-op. */
export async function startEscalationLadderWorkflow(client: Client, taskQueue: string, escalationId: string, firstWaitMs?: number): Promise<void> {
  try {
    await client.workflow.start('escalationLadderWorkflow', {
      taskQueue, workflowId: ladderWorkflowId(escalationId), args: [{ escalationId, ...(firstWaitMs === undefined ? {} : { firstWaitMs }) }], workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
  }
}
