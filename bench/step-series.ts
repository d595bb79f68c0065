/**
 * The series of the step benchmark, shared by the dev-server run (bench/run.ts) and the cluster
 * run (bench/cluster-bench.ts) so both measure exactly the same work:
 *   - raw PostgreSQL insert of the same record (one autocommit INSERT of the jsonb),
 *   - a bare Temporal update (a workflow whose handler only returns),
 *   - the system: HTTP POST /api/tasks/:id/complete -> validation -> workflow update ->
 *     recordStep activity (schema check, hash chain, task row) -> commit -> answer.
 * BENCH_STEPS and BENCH_CONCURRENCY size it (defaults 400 and 16).
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DEMO_PASSWORD } from '../db/seed-demo';
import { runConcurrent, type Series } from './measure';
import { bareUpdateWorkflow, pingUpdate, stopSignal } from './bench-workflows';

export const STEPS = Number(process.env.BENCH_STEPS ?? 400);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
export const SUSPECTS_PER_CASE = 10;

export const motion = () => ({
  filedAt: new Date(Date.now() - 60_000).toISOString(), court: 'Synthetic District Court No. 1', requestedMeasure: 'custody', termMonths: 2,
  crimeArticles: ['CC 280(2)'], grounds: 'Synthetic benchmark motion.', prosecutorConsent: { consentedAt: new Date(Date.now() - 120_000).toISOString(), prosecutor: 'Synthetic prosecutor' },
});
export const decision = () => ({ decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 1', outcome: 'custody', termMonths: 2 });

export type Headers = Record<string, string>;

export async function signIn(apiUrl: string, username: string): Promise<Headers> {
  const login = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${username} failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/** Registers a report whose suspects were all detained at `detainedAt` (a synthetic case). */
export async function registerDetained(apiUrl: string, headers: Headers, suspects: number, detainedAt: Date): Promise<{ id: string }> {
  const at = detainedAt.toISOString();
  const res = await fetch(`${apiUrl}/api/cases`, {
    method: 'POST', headers,
    body: JSON.stringify({
      receivedAt: at, source: 'official-report', summary: 'Synthetic benchmark report', crimeArticle: 'CC 280(2)', gravity: 'grave', region: 'bishkek',
      suspects: Array.from({ length: suspects }, (_, s) => ({
        lastName: `Benchov${s}`, firstName: 'Test', birthDate: '1990-01-01', sex: 'male', detained: true, detainedAt: at,
      })),
    }),
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

export async function completeTask(apiUrl: string, headers: Headers, taskId: string, data: unknown): Promise<void> {
  const res = await fetch(`${apiUrl}/api/tasks/${taskId}/complete`, { method: 'POST', headers, body: JSON.stringify({ data }) });
  if (res.status !== 200) throw new Error(`completing ${taskId} failed: ${res.status} ${await res.text()}`);
}

/** Waits until `count` tasks of a type are open (of the given cases, or of any). */
export async function openTasks(db: Knex, recordType: string, count: number, caseIds?: string[]): Promise<Array<{ id: string; workflow_id: string }>> {
  let tasks: Array<{ id: string; workflow_id: string }> = [];
  for (const giveUp = Date.now() + 300_000; tasks.length < count; ) {
    const q = db('tasks').where({ status: 'open', record_type: recordType });
    if (caseIds) q.whereIn('case_id', caseIds);
    tasks = await q.select('id', 'workflow_id');
    if (Date.now() > giveUp) throw new Error(`only ${tasks.length} of ${count} ${recordType} tasks opened`);
    if (tasks.length < count) await new Promise((r) => setTimeout(r, 200));
  }
  return tasks;
}

/** `db` as the schema owner: it creates and drops the table of the baseline. */
export async function rawInsert(db: Knex): Promise<Series> {
  await db.schema.createTable('bench_raw_records', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable();
    t.text('record_type').notNullable();
    t.jsonb('data').notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable();
  });
  const caseId = randomUUID();
  try {
    return await runConcurrent('raw PostgreSQL insert', STEPS, CONCURRENCY, async () => {
      await db('bench_raw_records').insert({ id: randomUUID(), case_id: caseId, record_type: 'measure-decision', data: decision(), recorded_at: new Date() });
    });
  } finally {
    await db.schema.dropTable('bench_raw_records');
  }
}

/** A worker in this process on its own task queue; the updates go to `address` (a frontend or the load balancer). */
export async function withBareWorkflows<T>(address: string, namespace: string, count: number, run: (client: Client, handles: Array<ReturnType<Client['workflow']['getHandle']>>) => Promise<T>): Promise<T> {
  const taskQueue = `bench-bare-${randomUUID()}`;
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({ connection, namespace, taskQueue, workflowsPath: require.resolve('./bench-workflows') });
  const clientConnection = await Connection.connect({ address });
  const client = new Client({ connection: clientConnection, namespace });
  try {
    return await worker.runUntil(async () => {
      const handles = await Promise.all(Array.from({ length: count }, (_, i) =>
        client.workflow.start(bareUpdateWorkflow, { taskQueue, workflowId: `bench-bare-${i}-${randomUUID()}` })));
      try {
        return await run(client, handles);
      } finally {
        await Promise.all(handles.map((h) => h.signal(stopSignal)));
      }
    });
  } finally {
    await clientConnection.close();
    await connection.close();
  }
}

/** Wraps the measured part of a series (after its setup): the cluster bench reads CPU time around it. */
export type Measured = (run: () => Promise<Series>) => Promise<Series>;
const asIs: Measured = (run) => run();

export async function bareUpdate(address: string, namespace = 'default', measured: Measured = asIs): Promise<Series> {
  return withBareWorkflows(address, namespace, STEPS / SUSPECTS_PER_CASE, (_, handles) =>
    measured(() => runConcurrent('bare Temporal update', STEPS, CONCURRENCY, async (i) => {
      await handles[i % handles.length]!.executeUpdate(pingUpdate, { args: [i] });
    })));
}

/**
 * The end-to-end series against a running API: the investigator registers STEPS / 10 cases of 10
 * detained suspects and files each suspect's motion (CPC 106(3)) before the clock starts; the
 * series measures the investigating judge's custody decisions.
 */
export async function stepSeries(apiUrl: string, db: Knex, name = 'end-to-end step (HTTP -> update -> activity -> commit)', measured: Measured = asIs): Promise<Series> {
  const headers = await signIn(apiUrl, 'officer1');
  const judge = await signIn(apiUrl, 'judge1');
  const caseIds: string[] = [];
  const at = new Date(Date.now() - 3_600_000);
  for (let c = 0; c < STEPS / SUSPECTS_PER_CASE; c++) caseIds.push((await registerDetained(apiUrl, headers, SUSPECTS_PER_CASE, at)).id);
  const motions = await openTasks(db, 'measure-motion', STEPS, caseIds);
  await runConcurrent('motions (setup, not reported)', STEPS, CONCURRENCY, (i) => completeTask(apiUrl, headers, motions[i]!.id, motion()));
  const tasks = await openTasks(db, 'measure-decision', STEPS, caseIds);
  return measured(() => runConcurrent(name, STEPS, CONCURRENCY, (i) => completeTask(apiUrl, judge, tasks[i]!.id, decision())));
}

export function seriesTable(results: Series[]): string[] {
  const row = (s: Series) =>
    `| ${s.name.padEnd(56)} | ${s.opsPerSecond.toFixed(0).padStart(8)} | ${s.p50Ms.toFixed(1).padStart(8)} | ${s.p99Ms.toFixed(1).padStart(8)} |`;
  return [
    `| ${'series'.padEnd(56)} | ${'ops/s'.padStart(8)} | ${'p50 ms'.padStart(8)} | ${'p99 ms'.padStart(8)} |`,
    `|${'-'.repeat(58)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|`,
    ...results.map(row),
  ];
}

/** The ratios of the system's step against the baselines of the same run. */
export function stepRatios(e2e: Series, bare: Series, raw?: Series): string[] {
  return [
    `end-to-end throughput / bare Temporal update: ${(e2e.opsPerSecond / bare.opsPerSecond).toFixed(2)}`,
    ...(raw ? [`end-to-end throughput / raw PostgreSQL insert: ${(e2e.opsPerSecond / raw.opsPerSecond).toFixed(3)}`] : []),
    `end-to-end p50 latency / bare Temporal update p50: ${(e2e.p50Ms / bare.p50Ms).toFixed(2)}`,
    `end-to-end p99 latency / bare Temporal update p99: ${(e2e.p99Ms / bare.p99Ms).toFixed(2)}`,
  ];
}
