import { randomBytes } from 'node:crypto';
import { caseDataConverter } from '../codec/data-converter';
import { listTasks } from '../domain/task-queries';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { skipTime } from '../temporal/skip-time';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { compileProcedure } from '../bpmn/compile-procedure';
import { createActivities } from '../activities';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { freePort } from '../system/free-port';
import { createDb } from '../db/knex';
import { prepareDatabase } from '../db/prepare-database';
import { seedDemo } from '../db/seed-demo';
import { findSessionUser } from '../domain/authenticate';
import { createCaseWorker } from '../temporal/case-worker';
import { resolveTestServer } from '../temporal/engines';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes';
import { recordTaskAct } from '../domain/tasks';
import { InputError } from '../domain/errors';
import { advanceMs, resolveInstants, type Scenario, type ScenarioExpectation, type ScenarioStep } from './scenario';
import { startProcedureCase } from './start-procedure-case';

const DAY_MS = 86_400_000;
/** The clock skew the simulated API allows, as the default configuration does. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface CaseSnapshot {
  openTasks: string[];
  records: string[];
  escalations: string[];
  /** Each limit's latest deadline (the one due last): its status. */
  deadlines: Record<string, string>;
  stage: string | null;
  finished: boolean;
}

export interface TraceStep extends CaseSnapshot {
  index: number;
  step: ScenarioStep;
  at: string;
  ok: boolean;
  detail?: string;
}

export interface SimulationTrace {
  procedure: string;
  ok: boolean;
  steps: TraceStep[];
}

export interface SimulationOptions {
  engineCacheDir: string;
  /** An existing, migrated database with the demo users; otherwise a throw-away embedded PostgreSQL. */
  db?: Knex;
  /** A prebuilt workflow bundle (tests); otherwise the workflows are bundled now. */
  workflowBundle?: WorkflowBundleWithSourceMap;
}

/**
 * Runs a diagram against a scenario on Temporal's time-skipping server with real activities and a
 * real PostgreSQL: what legal staff use to try a change before deploying it.
 */
export async function runSimulation(xml: string, scenario: Scenario, opts: SimulationOptions): Promise<SimulationTrace> {
  const compiled = await compileProcedure(xml);
  if (!compiled.model) throw new Error(compiled.errors.map((e) => `${e.elementId} ${e.message}`).join('\n'));
  const model = compiled.model;
  const cleanup: Array<() => Promise<void>> = [];
  try {
    const db = opts.db ?? (await throwAwayDatabase(cleanup));
    // A key of this run only: the throw-away server's histories are encrypted as in production.
    const dataConverter = caseDataConverter([{ id: 'simulation', key: randomBytes(32) }]);
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: resolveTestServer(opts.engineCacheDir) } },
      client: { dataConverter },
    });
    cleanup.unshift(() => env.teardown());
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
    const taskQueue = 'simulation';
    const worker = await createCaseWorker({
      connection: env.nativeConnection as NativeConnection, namespace: env.namespace ?? 'default', taskQueue,
      activities: createActivities({ db, clock: () => new Date(), log: () => {} }),
      workflowBundle: opts.workflowBundle,
      dataConverter,
    });
    const officer = await demoUser(db, 'officer1');
    return await worker.runUntil(async () => {
      const start = await env.currentTimeMs();
      const { caseId, handle } = await startProcedureCase(db, env.client, taskQueue, officer, model, resolveInstants(scenario.facts ?? {}, start));
      // Open tasks in a fixed order: the case's own first, then by the person's ordinal in the case, then
      // by creation. The called instances of the persons start together, so their tasks are created in
      // either order; `item` must not depend on which of them the worker ran first.
      const openTasks = (elementId?: string) => db('tasks')
        .leftJoin('persons', 'persons.id', 'tasks.person_id')
        .where({ 'tasks.case_id': caseId, 'tasks.status': 'open', ...(elementId ? { 'tasks.element_id': elementId } : {}) })
        .orderByRaw('persons.ordinal asc nulls first, tasks.created_at, tasks.id')
        .select('tasks.*');
      const snapshot = async (): Promise<CaseSnapshot> => ({
        openTasks: (await openTasks()).map((t) => t.element_id),
        records: (await db('records').where({ case_id: caseId }).orderBy('seq')).map((r) => r.record_type),
        escalations: (await db('escalations').where({ case_id: caseId }).orderBy('raised_at')).map((e) => e.severity),
        deadlines: Object.fromEntries((await db('deadlines').where({ case_id: caseId }).orderBy('due_at')).map((d) => [d.limit_id, d.status])),
        stage: (await db('cases').where({ id: caseId }).first('stage'))?.stage ?? null,
        finished: (await handle.describe()).status.name === 'COMPLETED',
      });
      const settle = async () => {
        // Activities run in real time after the clock moves: wait until the case stops changing.
        let last = JSON.stringify(await snapshot());
        for (let stable = 0, i = 0; stable < 3 && i < 100; i++) {
          await new Promise((r) => setTimeout(r, 100));
          const now = JSON.stringify(await snapshot());
          stable = now === last ? stable + 1 : 0;
          last = now;
        }
      };
      // The first workflow task must have run (on a loaded machine the worker can take seconds to start).
      for (const giveUp = Date.now() + 60_000; (await handle.describe()).historyLength < 4 && Date.now() < giveUp; ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await settle();
      const steps: TraceStep[] = [];
      for (const [index, step] of scenario.steps.entries()) {
        const nowMs = await env.currentTimeMs();
        let ok = true;
        let detail: string | undefined;
        if ('advance' in step) {
          await skipTime(env, advanceMs(step.advance));
        } else if ('advanceUntil' in step) {
          // Terms that roll over non-working days end on different days for different start dates:
          // move day by day until the task is open, so a scenario does not depend on the calendar.
          const open = async () => (await db('tasks').where({ case_id: caseId, status: 'open', element_id: step.advanceUntil }).first()) !== undefined;
          let waited = 0;
          for (const limit = advanceMs(step.within); !(await open()) && waited < limit; waited += DAY_MS) {
            await skipTime(env, DAY_MS);
            await settle();
          }
          if (!(await open())) {
            ok = false;
            detail = `no open task at ${step.advanceUntil} within ${step.within}`;
          }
        } else if ('complete' in step) {
          // Activities run in real time: give a task that is on its way a few seconds to appear.
          let task;
          for (const giveUp = Date.now() + 10_000; ; ) {
            const tasks = await openTasks(step.complete);
            task = tasks[step.item ?? 0];
            if (task || Date.now() > giveUp) break;
            await new Promise((r) => setTimeout(r, 200));
          }
          if (!task) {
            ok = false;
            detail = `no open task at ${step.complete}`;
          } else {
            const user = step.user ? await demoUser(db, step.user) : await performerOf(db, step.as ?? task.role, task.unit_id);
            const data = resolveInstants(step.data, nowMs);
            const deps = { db, temporal: env.client, taskQueue, clock: () => new Date(nowMs), clockSkewMs: CLOCK_SKEW_MS };
            // The API's rule: the task's role, in its institution (or, for a prosecutor, an office above it).
            const seen = (await listTasks(deps, user, { taskId: task.id }))[0];
            if (!seen?.canAct) {
              detail = `rejected: the task is performed by the role ${task.role} of its institution, not ${user.username} (${user.role})`;
              ok = step.expectRejection === true;
            } else {
              // As the API does it: the case's facts filled in, schema and case invariants, then the update.
              const actTask = { id: task.id, caseId, workflowId: task.workflow_id, recordType: task.record_type, personId: task.person_id };
              try {
                await recordTaskAct(deps, actTask, user, data as Record<string, unknown>);
                if (step.expectRejection) {
                  ok = false;
                  detail = 'the task was completed, but a rejection was expected';
                }
              } catch (e) {
                // Refusals of the API or of the engine (an extension past what the law allows) can be expected.
                ok = step.expectRejection === true;
                detail = e instanceof InputError
                  ? `rejected: ${e.errors.map((x) => `${x.path} ${x.message}`).join('; ') || e.message}`
                  : `the engine refused: ${(e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message}`;
              }
            }
          }
        }
        await settle();
        const state = await snapshot();
        if ('expect' in step) ({ ok, detail } = compare(step.expect, state));
        steps.push({ index, step, at: new Date(await env.currentTimeMs()).toISOString(), ok, ...(detail ? { detail } : {}), ...state });
      }
      return { procedure: model.key, ok: steps.every((s) => s.ok), steps };
    });
  } finally {
    for (const stop of cleanup) await stop();
  }
}

function compare(expected: ScenarioExpectation, actual: CaseSnapshot): { ok: boolean; detail?: string } {
  const problems: string[] = [];
  const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  if (expected.openTasks && !same(expected.openTasks, actual.openTasks)) problems.push(`open tasks ${JSON.stringify(actual.openTasks)}, expected ${JSON.stringify(expected.openTasks)}`);
  if (expected.records && JSON.stringify(expected.records) !== JSON.stringify(actual.records)) problems.push(`records ${JSON.stringify(actual.records)}, expected ${JSON.stringify(expected.records)}`);
  if (expected.escalations && !same(expected.escalations, actual.escalations)) problems.push(`escalations ${JSON.stringify(actual.escalations)}, expected ${JSON.stringify(expected.escalations)}`);
  const missing = (expected.openTasksInclude ?? []).filter((t) => !actual.openTasks.includes(t));
  if (missing.length > 0) problems.push(`open tasks ${JSON.stringify(actual.openTasks)} lack ${JSON.stringify(missing)}`);
  const absent = (expected.openTasksExclude ?? []).filter((t) => actual.openTasks.includes(t));
  if (absent.length > 0) problems.push(`open tasks ${JSON.stringify(actual.openTasks)} include ${JSON.stringify(absent)}`);
  for (const [limit, status] of Object.entries(expected.deadlines ?? {})) {
    if (actual.deadlines[limit] !== status) problems.push(`deadline ${limit} ${actual.deadlines[limit] ?? 'absent'}, expected ${status}`);
  }
  if (expected.stage !== undefined && expected.stage !== actual.stage) problems.push(`stage ${actual.stage}, expected ${expected.stage}`);
  if (expected.finished !== undefined && expected.finished !== actual.finished) problems.push(`finished ${actual.finished}, expected ${expected.finished}`);
  return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join('; ') };
}

/** A demo user of a role, in the task's institution when there is one of that role there. */
async function performerOf(db: Knex, role: string, unitId: string | null) {
  const row = await db('users').where({ role, active: true }).orderByRaw('unit_id = ? desc, username', [unitId]).first('id');
  const user = row ? await findSessionUser(db, { id: row.id }) : null;
  if (!user) throw new Error(`no user with the role ${role} to act in the simulation`);
  return user;
}

async function demoUser(db: Knex, username: string) {
  const user = await findSessionUser(db, { username });
  if (!user) throw new Error(`no user ${username} to act in the simulation`);
  return user;
}

async function throwAwayDatabase(cleanup: Array<() => Promise<void>>): Promise<Knex> {
  const dir = mkdtempSync(join(tmpdir(), 'icj-sim-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), await freePort());
  cleanup.push(async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  await prepareDatabase(pg);
  const db = createDb(pg.url, 5);
  cleanup.unshift(() => db.destroy());
  await seedDemo(db);
  return db;
}
