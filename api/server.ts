/** Composition root of a production API process: `npm run start:api`. */
import { Connection } from '@temporalio/client';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { checkLeastPrivilege, prepareDatabase } from '../db/prepare-database';
import { deployShippedProcedures } from '../domain/procedures';
import { connectionOptions } from '../temporal/connection';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes';
import { startApi } from '../system/api-process';
import { createLogger } from '../system/logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl || !config.temporalAddress) throw new Error('start:api needs DATABASE_URL and TEMPORAL_ADDRESS');
  const log = createLogger(config.logLevel, 'api');
  // The schema owner migrates (two API processes starting at once take turns: knex locks).
  await prepareDatabase({ url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl });
  const db = createDb(config.databaseUrl);
  await checkLeastPrivilege(db, config.nodeEnv === 'production', (m) => log.warn(m));
  await deployShippedProcedures(db);
  const connection = await Connection.connect(connectionOptions({ address: config.temporalAddress, tls: config.temporalTls }));
  await ensureSearchAttributes(connection, config.temporalNamespace);
  const api = await startApi(config, db, connection, log);
  log('api listening', { url: api.url });
  const stop = async () => {
    await api.stop();
    await connection.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
