/**
 * Many liberty limits due in the same minute (issue 12): N suspects registered through the API as
 * detained 48 hours (CPC 100(2)) before an instant inside one minute a little ahead, spread over
 * that minute, so N timers of N case workflows fire together. Measured: that every limit expired
 * and was escalated to the board, and the lateness of the escalation (its raised_at, the
 * workflow's clock when the timer fired; and when this process first saw its row) after the due
 * instant. The target minute is placed after the arming of every limit by a rate measured on a probe.
 */
import type { Knex } from 'knex';
import { percentile, runConcurrent } from './measure';
import { registerDetained, signIn } from './step-series';

const HOUR = 3_600_000;
const DETENTION_LIMIT_MS = 48 * HOUR;
const SUSPECTS_PER_CASE = 10;
const CONCURRENCY = 8;
/** The limits fall due over this window, from the target instant. */
const WINDOW_MS = 55_000;

export interface Lateness { p50Ms: number; p99Ms: number; maxMs: number }
export interface BurstResult {
  deadlines: number;
  registrationSeconds: number;
  /** Registration and the opening of every limit were over before the first fell due. */
  armedInTime: boolean;
  expired: number;
  escalated: number;
  raised: Lateness;
  seen: Lateness;
}

const lateness = (ms: number[]): Lateness => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted[sorted.length - 1] ?? NaN };
};

/** `op(i)` for i in [0, count), `concurrency` at a time (runConcurrent; its timings are not needed here). */
async function inParallel(count: number, concurrency: number, op: (i: number) => Promise<void>): Promise<void> {
  await runConcurrent('setup', count, concurrency, op);
}

/**
 * Detained suspects armed per second: registered through the API and their 48-hour limit opened
 * by the workflow, on `cases` cases of 10 detained an hour ago (their earlier limits expire at
 * once, as they will in the burst's cases).
 */
export async function armingRate(apiUrl: string, db: Knex, cases = 20): Promise<number> {
  const officer = await signIn(apiUrl, 'officer1');
  const t0 = Date.now();
  const ids: string[] = [];
  await inParallel(cases, CONCURRENCY, async () => {
    ids.push((await registerDetained(apiUrl, officer, SUSPECTS_PER_CASE, new Date(Date.now() - HOUR))).id);
  });
  await armed(db, ids, cases * SUSPECTS_PER_CASE, Date.now() + 600_000);
  return (cases * SUSPECTS_PER_CASE * 1000) / (Date.now() - t0);
}

/** Waits until `count` 48-hour limits of the cases are open, or `until`. */
async function armed(db: Knex, caseIds: string[], count: number, until: number): Promise<void> {
  for (;;) {
    const [{ n }] = await db('deadlines').whereIn('case_id', caseIds).where('limit_id', 'detention.max').count<{ n: string }[]>('* as n');
    if (Number(n) >= count || Date.now() > until) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function deadlineBurst(apiUrl: string, db: Knex, count: number, armedPerSecond: number, log: (s: string) => void): Promise<BurstResult> {
  const officer = await signIn(apiUrl, 'officer1');
  const cases = Math.ceil(count / SUSPECTS_PER_CASE);
  // At the probe's pace, arming took up to twice as long for 1,000 (the earlier limits of each
  // suspect expire at registration and start their escalations, a backlog the probe does not
  // build up): three times the probe's time and a minute to spare.
  const target = Date.now() + Math.ceil((count / armedPerSecond) * 3 * 1000) + 60_000;
  log(`${count} limits due from ${new Date(target).toISOString()} over ${WINDOW_MS / 1000} s`);
  const caseIds: string[] = [];
  const t0 = Date.now();
  await inParallel(cases, CONCURRENCY, async (c) => {
    const dueAt = target + Math.floor((c / cases) * WINDOW_MS);
    caseIds.push((await registerDetained(apiUrl, officer, SUSPECTS_PER_CASE, new Date(dueAt - DETENTION_LIMIT_MS))).id);
  });
  const registrationSeconds = (Date.now() - t0) / 1000;
  const limits = () => db('deadlines').whereIn('deadlines.case_id', caseIds).where('deadlines.limit_id', 'detention.max');
  await armed(db, caseIds, count, target + WINDOW_MS);
  const armedInTime = Date.now() < target;
  log(`registered in ${registrationSeconds.toFixed(0)} s; limits armed ${armedInTime ? `${((target - Date.now()) / 1000).toFixed(0)} s before the first is due` : 'TOO LATE'}`);

  const seenAt = new Map<string, number>();
  // Followed until every limit is escalated, at most 10 minutes after the window (30 for 10,000).
  const giveUp = target + WINDOW_MS + Math.max(600_000, count * 180);
  let rows: Array<{ id: string; status: string; due_at: Date; raised_at: Date | null }> = [];
  while (Date.now() < giveUp) {
    rows = await limits().clone()
      .leftJoin('escalations as e', function () {
        this.on('e.deadline_id', 'deadlines.id').andOnVal('e.severity', 'expired');
      })
      .select('deadlines.id', 'deadlines.status', 'deadlines.due_at', 'e.raised_at');
    const now = Date.now();
    for (const r of rows) if (r.raised_at && !seenAt.has(r.id)) seenAt.set(r.id, now);
    if (seenAt.size >= count) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const escalatedRows = rows.filter((r) => r.raised_at);
  return {
    deadlines: rows.length, registrationSeconds, armedInTime,
    expired: rows.filter((r) => r.status === 'expired').length,
    escalated: new Set(escalatedRows.map((r) => r.id)).size,
    raised: lateness(escalatedRows.map((r) => r.raised_at!.getTime() - r.due_at.getTime())),
    seen: lateness(escalatedRows.map((r) => seenAt.get(r.id)! - r.due_at.getTime())),
  };
}
