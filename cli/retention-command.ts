import { Connection } from '@temporalio/client';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { runRetention } from '../privacy/retention-run';
import { databaseUrlOf } from '../system/database-url';
import { connectionOptions } from '../temporal/connection';
import { CliError, parseArgs } from './cli-error';

/**
 * `icj retention run [--at <instant>]`: destroys the keys of the personal data whose retention
 * rule has ended and deletes the case's Temporal histories (the worker also runs it on a
 * schedule). Prints what it destroyed as JSON. `--at` judges "today" at another instant (a dry
 * look ahead is `GET /api/retention-rules`; this one destroys).
 */
export async function runRetentionCommand(args: string[]): Promise<void> {
  const { positional, options } = parseArgs(args);
  if (positional[0] !== 'run') throw new CliError('usage: icj retention run [--at <ISO 8601 instant>]');
  const at = options.at ? new Date(options.at) : new Date();
  if (Number.isNaN(at.getTime())) throw new CliError(`--at must be an ISO 8601 instant, got "${options.at}"`);
  const config = loadConfig(process.env);
  const db = createDb(databaseUrlOf(config), 2);
  const address = config.temporalAddress ?? `127.0.0.1:${config.devServerPort}`;
  const connection = await Connection.connect(connectionOptions({ address, tls: config.temporalTls }));
  try {
    const report = await runRetention(db, at, { namespace: config.temporalNamespace, workflowService: connection.workflowService });
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await connection.close();
    await db.destroy();
  }
}
