import { proxyActivities, sleep } from '@temporalio/workflow';
import type { CaseActivities } from '../activities';

const ladder = proxyActivities<Pick<CaseActivities, 'escalationStep'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export interface EscalationLadderInput {
  escalationId: string;
  /** The wait before the first climb, read when the escalation was raised (ladders started before it read it themselves). */
  firstWaitMs?: number;
}

/**
 * An escalation nobody acknowledges climbs the prosecutor's rungs (org/escalation-policy.json:
 * the time it waits, by limit and severity) until someone acknowledges it or it reaches the
 * Prosecutor General's Office. Started once per escalation (workflow id `escalation-<id>`).
 */
export async function escalationLadderWorkflow({ escalationId, firstWaitMs }: EscalationLadderInput): Promise<void> {
  let wait = firstWaitMs ?? await ladder.escalationStep({ escalationId, climb: false });
  while (wait !== null) {
    await sleep(wait);
    wait = await ladder.escalationStep({ escalationId, climb: true });
  }
}
