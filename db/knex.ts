import knex, { type Knex } from 'knex';
import { types } from 'pg';
import { migrationSource } from './migrations';

// bigint counts (count(*)) come back as strings by default; our counts fit in a double.
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
// Dates (not instants) stay 'YYYY-MM-DD' strings instead of local-midnight Date objects.
types.setTypeParser(types.builtins.DATE, (v) => v);

/** Opens a knex pool on a PostgreSQL URL; `log` replaces knex's console warnings (e.g. while a fault suite has the server down). */
export function createDb(databaseUrl: string, poolMax = 10, log?: Knex.Logger): Knex {
  // A frozen or unreachable server fails a request after 15 s (503, api/problem.ts), not 60.
  return knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: poolMax }, acquireConnectionTimeout: 15_000, ...(log ? { log } : {}) });
}

/** Brings the schema up to date; safe to call on every start (knex locks concurrent runs). */
export async function migrateLatest(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource });
}
