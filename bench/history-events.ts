/**
 * How many Temporal history events one step writes, against a bare update (issue 12: on a
 * cluster, history writes to PostgreSQL set the ceiling, so events per step matter). One case of
 * one detained suspect whose motion is filed; the workflow is left to go idle; then the judge's
 * custody decision is recorded and every event the workflow writes until it is idle again is
 * listed by type. The same for one bare update. Nothing else runs on these workflows meanwhile.
 */
import type { Knex } from 'knex';
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { pingUpdate } from './bench-workflows';
import { completeTask, decision, motion, openTasks, registerDetained, signIn, withBareWorkflows } from './step-series';

export interface StepEvents {
  step: string[];
  bare: string[];
}

const typeName = (t: number | null | undefined) =>
  (temporal.api.enums.v1.EventType[t ?? 0] ?? String(t)).replace(/^EVENT_TYPE_/, '').toLowerCase();

async function historyTypes(connection: Connection, namespace: string, workflowId: string): Promise<string[]> {
  const types: string[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await connection.workflowService.getWorkflowExecutionHistory({ namespace, execution: { workflowId }, nextPageToken });
    for (const e of page.history?.events ?? []) types.push(typeName(e.eventType));
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return types;
}

/** The history once it has not grown for `quietMs` (the workflow has finished reacting). */
async function idleHistory(connection: Connection, namespace: string, workflowId: string, quietMs = 3000): Promise<string[]> {
  let last = await historyTypes(connection, namespace, workflowId);
  for (let since = Date.now(); Date.now() - since < quietMs; ) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await historyTypes(connection, namespace, workflowId);
    if (now.length !== last.length) since = Date.now();
    last = now;
  }
  return last;
}

export async function stepEvents(apiUrl: string, db: Knex, temporalAddress: string, namespace: string): Promise<StepEvents> {
  const officer = await signIn(apiUrl, 'officer1');
  const judge = await signIn(apiUrl, 'judge1');
  const kase = await registerDetained(apiUrl, officer, 1, new Date(Date.now() - 3_600_000));
  const [m] = await openTasks(db, 'measure-motion', 1, [kase.id]);
  await completeTask(apiUrl, officer, m!.id, motion());
  const [task] = await openTasks(db, 'measure-decision', 1, [kase.id]);
  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const before = await idleHistory(connection, namespace, task!.workflow_id);
    await completeTask(apiUrl, judge, task!.id, decision());
    const after = await idleHistory(connection, namespace, task!.workflow_id);
    const bare = await withBareWorkflows(temporalAddress, namespace, 1, async (_, [h]) => {
      const b = await idleHistory(connection, namespace, h!.workflowId);
      await h!.executeUpdate(pingUpdate, { args: [1] });
      return (await idleHistory(connection, namespace, h!.workflowId)).slice(b.length);
    });
    return { step: after.slice(before.length), bare };
  } finally {
    await connection.close();
  }
}

/** `[3] workflow_task_scheduled, ...`: the events in order, runs of one type folded. */
export function describeEvents(types: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < types.length; ) {
    let j = i;
    while (j < types.length && types[j] === types[i]) j++;
    out.push(j - i > 1 ? `${types[i]} x${j - i}` : types[i]!);
    i = j;
  }
  return out.join(', ');
}
