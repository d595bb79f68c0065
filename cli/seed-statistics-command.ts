import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { seedStatistics } from '../statistics/synthetic/seed-statistics';
import { databaseUrlOf } from '../system/database-url';
import { CliError, parseArgs } from './cli-error';

/**
 * `icj seed-statistics --cases N [--seed S]`: a synthetic national caseload for the dashboard and
 * the benchmarks, written in bulk (statistics/synthetic/seed-statistics.ts). Synthetic names and
 * numbers only; refused in production, where every case is a real one.
 */
export async function runSeedStatistics(args: string[]): Promise<void> {
  const { options } = parseArgs(args);
  const cases = Number(options.cases);
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(cases) || cases < 1 || cases > 10_000_000) throw new CliError('usage: icj seed-statistics --cases <1..10000000> [--seed <integer>]');
  if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, got "${options.seed}"`);
  const config = loadConfig(process.env);
  if (config.nodeEnv === 'production') throw new CliError('seed-statistics writes synthetic cases: not in production');
  const db = createDb(databaseUrlOf(config), 2);
  try {
    const report = await seedStatistics(db, { cases, seed, onBatch: (done) => process.stderr.write(`\r${done} / ${cases} cases`) });
    process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify({ ...report, casesPerSecond: Math.round(report.cases / report.seconds) })}\n`);
  } finally {
    await db.destroy();
  }
}
