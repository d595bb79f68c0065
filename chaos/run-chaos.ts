import type { Knex } from 'knex';
import type { Config } from '../config';
import { createDb } from '../db/knex';
import { verifyCaseChain } from '../db/records-repo';
import { DEMO_PASSWORD } from '../db/seed-demo';
import { startCluster, type RunningCluster } from '../cluster/start-cluster';
import { waitForFrontend } from '../cluster/temporal-node';
import { chaosReport, type ChaosFacts, type ChaosRow, type DueDeadline, type FaultWindow } from './chaos-report';

const HOUR = 3_600_000;
/** CPC 100: the 48-hour limit of an adult's detention, the liberty limit the suite lets fall due. */
const DETENTION_LIMIT_MS = 48 * HOUR;
/** Time a killed part takes to come back (measured: 3-13 s), allowed before the next fault. */
const RECOVERY_ALLOWANCE_S = 15;

export interface ChaosOptions {
  /** Seconds from one fault to the next, beyond the allowance for the first to recover. */
  gapSeconds: number;
  /** How long PostgreSQL stays down. */
  postgresDownSeconds: number;
  /** Concurrent load loops (each: register a report with a detained suspect, file the motion). */
  loops: number;
  /** Detained suspects whose 48 hours end inside each outage. */
  duePerFault: number;
  log: (line: string) => void;
}

export type Fault = 'worker-1' | 'api-1' | 'temporal-2' | 'postgres';
export const FAULTS: readonly Fault[] = ['worker-1', 'api-1', 'temporal-2', 'postgres'];

/**
 * The fault suite (issue 12, `npm run chaos`): on the production topology (cluster/), a load of
 * reports with detained suspects and task completions through the load balancer, while a worker,
 * an API process, a Temporal node and PostgreSQL are killed with SIGKILL in turn and come back.
 * Suspects are registered as detained 48 hours before an instant inside each outage, so their
 * liberty limit falls due while a part of the system is down. Everything on loopback; bounded by
 * the fault plan (a few minutes).
 */
export async function runChaos(config: Config, options: ChaosOptions): Promise<{ facts: ChaosFacts; rows: ChaosRow[]; passed: boolean }> {
  const say = options.log;
  const cluster = await startCluster(config, { log: say });
  // Its pool fails to connect while PostgreSQL is down, on purpose: counted, not printed.
  const db = createDb(cluster.postgres().url, 4, { warn: () => {}, error: () => {}, debug: () => {}, deprecate: () => {} });
  const state = new RunState();
  try {
    const api = new ApiClient(cluster.apiUrl, (status, retryAfter) => {
      if (status >= 500) state.serverErrors.push({ status, retryAfter });
    });
    await api.signIn('officer1');

    // The fault plan: when each fault strikes, measured from now; the suspects due inside each.
    const start = Date.now();
    const strikeAt = FAULTS.map((_, j) => start + 15_000 + j * (options.gapSeconds + RECOVERY_ALLOWANCE_S) * 1000);
    for (const at of strikeAt) {
      for (let k = 0; k < options.duePerFault; k++) {
        const dueAt = at + 1000 + k * 2000;
        const kase = await api.register(new Date(dueAt - DETENTION_LIMIT_MS));
        state.timedCases.push(kase.id);
        state.registered.push(kase.id);
      }
    }
    say(`${state.timedCases.length} suspects registered whose 48 hours end inside an outage`);

    const watcher = watchDeadlines(db, state);
    const loops = Array.from({ length: options.loops }, () => loadLoop(api, state));
    const faults: FaultWindow[] = [];
    for (const [j, fault] of FAULTS.entries()) {
      await sleepUntil(strikeAt[j]!);
      faults.push(await strike(cluster, fault, options, say, state));
    }
    state.loading = false;
    await Promise.all(loops);
    // Every limit due in the run has fired, or two minutes have passed since the last was due.
    const lastDue = Math.max(...state.deadlines.map((d) => d.dueAt), Date.now());
    while (state.deadlines.some((d) => d.firedSeenAt === null) && Date.now() < lastDue + 120_000) await sleep(500);
    state.watching = false;
    await watcher;
    await settle(db, state);
    const facts = await gatherFacts(db, state, faults);
    return { facts, ...chaosReport(facts) };
  } finally {
    state.loading = false;
    state.watching = false;
    await db.destroy();
    await cluster.stop();
  }
}

class RunState {
  loading = true;
  watching = true;
  registered: string[] = [];
  timedCases: string[] = [];
  completedTasks: string[] = [];
  deadlines: DueDeadline[] = [];
  failures = 0;
  serverErrors: Array<{ status: number; retryAfter: boolean }> = [];
  healthWhileDown: Array<{ status: number; ms: number }> = [];
}

/** Kills one part and waits until its replacement serves: the outage window. */
async function strike(cluster: RunningCluster, fault: Fault, options: ChaosOptions, say: (line: string) => void, state: RunState): Promise<FaultWindow> {
  const from = Date.now();
  if (fault === 'postgres') {
    const pid = cluster.killPostgres();
    say(`kill -9 PostgreSQL (pid ${pid}); down for ${options.postgresDownSeconds} s`);
    const upAgain = Date.now() + options.postgresDownSeconds * 1000;
    // An API process's own health check, asked directly while its database is gone.
    const api = cluster.layout.apis[1]!;
    await sleep(1000);
    while (Date.now() < upAgain - 1000) {
      const t0 = Date.now();
      const status = await fetch(`http://${cluster.layout.bindIp}:${api.port}/healthz`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0);
      state.healthWhileDown.push({ status, ms: Date.now() - t0 });
      await sleep(500);
    }
    await sleepUntil(upAgain);
    await cluster.restartPostgres();
  } else {
    const p = cluster.supervisor.get(fault);
    const restarts = p.restarts();
    say(`kill -9 ${fault} (pid ${p.pid()})`);
    p.kill9();
    await cluster.supervisor.restartedAndReady(fault, restarts);
    if (fault === 'temporal-2') {
      const node = cluster.layout.nodes.find((n) => n.name === fault)!;
      await waitForFrontend(`${cluster.layout.bindIp}:${node.frontend}`, 120_000);
    }
  }
  await waitHealthy(`${cluster.apiUrl}/healthz`);
  const to = Date.now();
  say(`${fault} back after ${((to - from) / 1000).toFixed(1)} s`);
  return { fault, from, to };
}

/** One loop of load: register a report with a suspect detained an hour ago, then file the custody motion. */
async function loadLoop(api: ApiClient, state: RunState): Promise<void> {
  while (state.loading) {
    try {
      const kase = await api.register(new Date(Date.now() - HOUR));
      state.registered.push(kase.id);
      const taskId = await api.openTask(kase.id, 'measure-motion', () => state.loading);
      if (taskId && (await api.complete(taskId, custodyMotion(new Date().toISOString())))) state.completedTasks.push(taskId);
    } catch {
      state.failures++;
      await sleep(1000);
    }
  }
}

/** Polls the timed suspects' 48-hour limits, noting when each is first seen closed. */
async function watchDeadlines(db: Knex, state: RunState): Promise<void> {
  while (state.watching) {
    try {
      const rows: Array<{ id: string; due_at: Date; status: string }> = await db('deadlines')
        .whereIn('case_id', state.timedCases).where('limit_id', 'detention.max').select('id', 'due_at', 'status');
      const now = Date.now();
      for (const r of rows) {
        let d = state.deadlines.find((x) => x.deadlineId === r.id);
        if (!d) state.deadlines.push((d = { deadlineId: r.id, dueAt: r.due_at.getTime(), firedSeenAt: null }));
        if (d.firedSeenAt === null && r.status !== 'running') d.firedSeenAt = now;
      }
    } catch {
      // PostgreSQL is down: the next poll sees it.
    }
    await sleep(500);
  }
}

/**
 * Waits (up to a minute) until the completions and registrations acknowledged have their records.
 * A report acknowledged just before PostgreSQL went down has its registration record written by a
 * retry of the workflow's first activity, up to its backoff after PostgreSQL is back: waited for.
 */
async function settle(db: Knex, state: RunState): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const done = await db('tasks').whereIn('id', state.completedTasks).where('status', 'open').count<{ n: string }[]>('* as n');
    const open = await db('incidents').whereNull('resolved_at').count<{ n: string }[]>('* as n');
    const recorded = await db('records').whereIn('case_id', state.registered).where('record_type', 'report-registration')
      .countDistinct<{ n: string }[]>('case_id as n');
    if (Number(done[0]!.n) === 0 && Number(open[0]!.n) === 0 && Number(recorded[0]!.n) === state.registered.length) return;
    await sleep(1000);
  }
}

async function gatherFacts(db: Knex, state: RunState, faults: FaultWindow[]): Promise<ChaosFacts> {
  const registrations = await db('records').whereIn('case_id', state.registered).where('record_type', 'report-registration')
    .select('case_id').count<{ case_id: string; n: string }[]>('* as n').groupBy('case_id');
  const completions = await db('tasks as t').join('records as r', 'r.id', 't.record_id').whereIn('t.id', state.completedTasks)
    .where('t.status', 'completed').countDistinct<{ n: string }[]>('t.id as n');
  const twiceByTask = await db('records').whereNotNull('task_id').select('task_id').groupBy('task_id').havingRaw('count(*) > 1');
  const stillOpen = await db('tasks').whereIn('id', state.completedTasks).where('status', 'open').count<{ n: string }[]>('* as n');
  const incidents = await db('incidents').whereNull('resolved_at').count<{ n: string }[]>('* as n');
  const cases: Array<{ id: string }> = await db('cases').select('id');
  let verified = 0;
  let broken = 0;
  for (const c of cases) {
    if ((await verifyCaseChain(db, c.id)).valid) verified++;
    else broken++;
  }
  return {
    acknowledged: { registrations: state.registered.length, completions: state.completedTasks.length },
    written: { registrations: registrations.length, completions: Number(completions[0]!.n) },
    duplicates: registrations.filter((r) => Number(r.n) > 1).length + twiceByTask.length,
    stuck: Number(stillOpen[0]!.n) + Number(incidents[0]!.n),
    faults,
    deadlines: state.deadlines,
    chains: { verified, broken },
    serverErrors: state.serverErrors,
    healthWhileDown: state.healthWhileDown,
  };
}

/** The API through the load balancer, as the officer's browser uses it; a 5xx or a refused connection is thrown. */
class ApiClient {
  private token = '';
  constructor(private readonly base: string, private readonly onAnswer: (status: number, retryAfter: boolean) => void) {}

  async signIn(username: string): Promise<void> {
    const res = await this.call('/api/auth/login', { method: 'POST', body: { username, password: DEMO_PASSWORD } });
    this.token = (res.body as { token: string }).token;
  }

  async register(detainedAt: Date): Promise<{ id: string }> {
    const at = detainedAt.toISOString();
    const res = await this.call('/api/cases', {
      method: 'POST',
      body: {
        receivedAt: at, source: 'written-statement', summary: 'Synthetic fault-suite report: a stolen bicycle.',
        crimeArticle: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek', place: 'Synthetic street 9',
        suspects: [{ lastName: 'Chaosov', firstName: 'Test', birthDate: '1991-03-04', sex: 'male', detained: true, detainedAt: at, detentionPlace: 'Synthetic district police station' }],
      },
    });
    if (res.status !== 201) throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  }

  async openTask(caseId: string, recordType: string, keepTrying: () => boolean): Promise<string | null> {
    for (let i = 0; i < 120 && keepTrying(); i++) {
      try {
        const res = await this.call('/api/tasks');
        const task = (res.body as { items?: Array<{ id: string; caseId: string; recordType: string; status: string }> }).items
          ?.find((t) => t.caseId === caseId && t.recordType === recordType && t.status === 'open');
        if (task) return task.id;
      } catch {
        // an outage: try again
      }
      await sleep(500);
    }
    return null;
  }

  /** Completes a task, trying again through an outage; true when acknowledged (200). */
  async complete(taskId: string, data: Record<string, unknown>): Promise<boolean> {
    for (let i = 0; i < 60; i++) {
      try {
        const res = await this.call(`/api/tasks/${taskId}/complete`, { method: 'POST', body: { data } });
        if (res.status === 200) return true;
        if (res.status < 500 && res.status !== 429) return false;
      } catch {
        // refused or timed out
      }
      await sleep(1000);
    }
    return false;
  }

  private async call(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(30_000),
    });
    const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
    this.onAnswer(res.status, res.headers.has('retry-after'));
    if (res.status >= 500) throw new Error(`${path} answered ${res.status}`);
    return { status: res.status, body };
  }
}

function custodyMotion(filedAt: string): Record<string, unknown> {
  return {
    filedAt, court: 'Synthetic District Court No. 1', requestedMeasure: 'custody', termMonths: 2, crimeArticles: ['CC 205(1)'],
    grounds: 'Synthetic: no permanent residence.',
    exceptionalCircumstances: 'Synthetic: the suspect has hidden from the investigation before.',
    prosecutorConsent: { consentedAt: filedAt, prosecutor: 'Synthetic district prosecutor' },
  };
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not yet
    }
    await sleep(500);
  }
  throw new Error(`${url} did not become healthy`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sleepUntil = (at: number) => sleep(Math.max(0, at - Date.now()));
