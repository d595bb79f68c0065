import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

export const HISTORIES = join(__dirname, '..', 'workflows', 'histories');

/**
 * Keeps a run's history for the replay test when ICJ_RECORD_HISTORIES is set
 * (`ICJ_RECORD_HISTORIES=1 npx mocha test/workflows/procedure-workflow.test.ts test/workflows/term-extension.test.ts`).
 * A value other than 1 is a prefix of the file names, so that histories of a new workflow patch
 * are kept beside those recorded before it (`ICJ_RECORD_HISTORIES=warned-`).
 */
export async function keepHistory(env: TestWorkflowEnvironment, name: string, workflowId: string): Promise<void> {
  if (!process.env.ICJ_RECORD_HISTORIES) return;
  const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
  mkdirSync(HISTORIES, { recursive: true });
  const prefix = process.env.ICJ_RECORD_HISTORIES === '1' ? '' : process.env.ICJ_RECORD_HISTORIES;
  writeFileSync(join(HISTORIES, `${prefix}${name}.json`), JSON.stringify({ workflowId, history }, null, 1));
}
