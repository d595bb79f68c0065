/**
 * `npm run db:migrate`: brings the database up to date as its owner (DATABASE_OWNER_URL) and grants
 * the application role (DATABASE_URL) its privileges; or the embedded database of npm start.
 */
import { loadConfig } from '../config';
import { prepareDatabase } from '../db/prepare-database';
import { databaseUrlsOf } from '../system/database-url';

async function main(): Promise<void> {
  await prepareDatabase(databaseUrlsOf(loadConfig(process.env)));
  process.stdout.write('migrations are up to date, the application role has its grants\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
