/** `npm run db:migrate`: brings DATABASE_URL (or the embedded database of npm start) up to date. */
import { loadConfig } from '../config';
import { createDb, migrateLatest } from '../db/knex';
import { databaseUrlOf } from '../system/database-url';

async function main(): Promise<void> {
  const db = createDb(databaseUrlOf(loadConfig(process.env)), 1);
  try {
    await migrateLatest(db);
    process.stdout.write('migrations are up to date\n');
  } finally {
    await db.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
