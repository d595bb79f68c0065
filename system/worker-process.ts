import type { Knex } from 'knex';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Config } from '../config';
import { createActivities } from '../activities';
import { createCaseWorker } from '../temporal/case-worker';
import { caseDataConverter } from '../codec/data-converter';
import type { Log } from './logger';
import { runRetention } from '../privacy/retention-run';
import { runLibertyWatchdog } from '../liberty/liberty-watchdog-run';

export interface RunningWorker {
  /** Resolves when the worker has stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Runs the case worker until stopped. */
export async function startWorker(
  config: Config, db: Knex, connection: NativeConnection, log: Log,
  opts: { workflowBundle?: WorkflowBundleWithSourceMap; onRecordWritten?: (recordType: string) => void } = {},
): Promise<RunningWorker> {
  const worker = await createCaseWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.temporalTaskQueue,
    activities: createActivities({ db, clock: () => new Date(), log, onRecordWritten: opts.onRecordWritten }),
    workflowBundle: opts.workflowBundle,
    dataConverter: caseDataConverter(config.codecKeys),
    maxCachedWorkflows: config.workflowCacheSize,
  });
  const done = worker.run();
  const retention = [...scheduleRetention(config, db, connection, log), ...scheduleWatchdog(config, db, connection, log)];
  return {
    done,
    async stop() {
      retention.forEach(clearTimeout);
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}

/**
 * The retention rules, run by every worker every RETENTION_EVERY_HOURS (first an hour after start):
 * idempotent, so two workers running it at once destroy each key once. A failure is logged as an
 * error and tried again at the next run; nothing is lost by waiting.
 */
function scheduleRetention(config: Config, db: Knex, connection: NativeConnection, log: Log & { error?: Log }): NodeJS.Timeout[] {
  const run = async () => {
    try {
      const report = await runRetention(db, new Date(), { namespace: config.temporalNamespace, workflowService: connection.workflowService });
      if (report.destroyed.length > 0) log('retention: personal data destroyed', { keys: report.destroyed.length, historiesDeleted: report.historiesDeleted });
      if (report.historiesFailed.length > 0) (log.error ?? log)('retention: Temporal histories not deleted yet, tried again at the next run', { cases: report.historiesFailed.length, error: report.historiesFailed[0].error });
    } catch (e) {
      (log.error ?? log)('retention run failed', { error: String(e) });
    }
  };
  const every = config.retentionEveryHours * 3_600_000;
  const timers = [setInterval(() => void run(), every), setTimeout(() => void run(), Math.min(3_600_000, every))];
  for (const t of timers) t.unref();
  return timers;
}

/**
 * The liberty watchdog, run by every worker every WATCHDOG_EVERY_MINUTES (first a minute after
 * start): idempotent (an alarm is one incident and one escalation however many workers raise it).
 */
function scheduleWatchdog(config: Config, db: Knex, connection: NativeConnection, log: Log & { error?: Log }): NodeJS.Timeout[] {
  if (config.watchdogEveryMinutes === 0) return [];
  const run = async () => {
    try {
      const report = await runLibertyWatchdog(db, new Date(), { namespace: config.temporalNamespace, workflowService: connection.workflowService });
      if (report.alarms.length > 0) (log.error ?? log)('liberty watchdog: persons held without a clock', { alarms: report.alarms.length, held: report.held });
    } catch (e) {
      (log.error ?? log)('liberty watchdog run failed', { error: String(e) });
    }
  };
  const every = config.watchdogEveryMinutes * 60_000;
  const timers = [setInterval(() => void run(), every), setTimeout(() => void run(), Math.min(60_000, every))];
  for (const t of timers) t.unref();
  return timers;
}
