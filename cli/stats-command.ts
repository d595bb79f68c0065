import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { rebuildStatistics } from '../statistics/facts/facts-repo';
import { databaseUrlOf } from '../system/database-url';
import { CliError, parseArgs } from './cli-error';

/**
 * `icj stats rebuild [--batch N]`: every case's statistics facts recomputed from its records, in
 * batches (the same pure projection the workflow's steps run incrementally, so the result equals
 * theirs). Prints `{ cases, records, frozen, seconds, recordsPerSecond }` as JSON; `frozen` are the
 * cases whose personal data a retention rule destroyed, whose facts stay as they were.
 */
export async function runStatsCommand(args: string[]): Promise<void> {
  const { positional, options } = parseArgs(args);
  if (positional[0] !== 'rebuild') throw new CliError('usage: icj stats rebuild [--batch <cases per transaction>]');
  const batch = options.batch === undefined ? 500 : Number(options.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) throw new CliError(`--batch must be a whole number from 1 to 10000, got "${options.batch}"`);
  const db = createDb(databaseUrlOf(loadConfig(process.env)), 2);
  try {
    const report = await rebuildStatistics(db, { batch });
    process.stdout.write(`${JSON.stringify({ ...report, recordsPerSecond: report.seconds > 0 ? Math.round(report.records / report.seconds) : null })}\n`);
  } finally {
    await db.destroy();
  }
}
