import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TemporalDatabaseTarget {
  /** temporal-sql-tool from the server's module (scripts/install-engines.sh --cluster). */
  sqlTool: string;
  /** The module's schema folder holding postgresql/v12/{temporal,visibility}/versioned. */
  schemaDir: string;
  host: string;
  port: number;
  /** The Temporal server's own role; its password. */
  user: string;
  password: string;
  /** A superuser connection that creates the role when it is missing. */
  adminUrl: string;
}

/**
 * The Temporal server's role and its two databases, `temporal` (histories, shards, membership)
 * and `temporal_visibility` (the list of workflows and their search attributes), brought to the
 * schema version the server expects with temporal-sql-tool: created and set up on the first run,
 * updated (a no-op when current) on every other. Production runs the same three commands (README).
 */
export async function setUpTemporalDatabases(t: TemporalDatabaseTarget): Promise<void> {
  const admin = new pg.Client({ connectionString: t.adminUrl });
  await admin.connect();
  try {
    const role = await admin.query('select 1 from pg_roles where rolname = $1', [t.user]);
    const verb = role.rowCount === 0 ? 'create' : 'alter';
    await admin.query(`${verb} role "${t.user}" login createdb password '${t.password.replace(/'/g, "''")}'`);
  } finally {
    await admin.end();
  }
  const base = ['--ep', t.host, '-p', String(t.port), '-u', t.user, '--pw', t.password, '--pl', 'postgres12'];
  for (const [db, schema] of [['temporal', 'temporal'], ['temporal_visibility', 'visibility']] as const) {
    if (!(await databaseExists(t, db))) {
      await sqlTool(t.sqlTool, [...base, '--db', db, 'create-database']);
      await sqlTool(t.sqlTool, [...base, '--db', db, 'setup-schema', '-v', '0.0']);
    }
    await sqlTool(t.sqlTool, [...base, '--db', db, 'update-schema', '-d', join(t.schemaDir, 'postgresql', 'v12', schema, 'versioned')]);
  }
}

async function databaseExists(t: TemporalDatabaseTarget, db: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: t.adminUrl });
  await admin.connect();
  try {
    return ((await admin.query('select 1 from pg_database where datname = $1', [db])).rowCount ?? 0) > 0;
  } finally {
    await admin.end();
  }
}

async function sqlTool(tool: string, args: string[]): Promise<void> {
  try {
    await run(tool, args, { timeout: 120_000 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`temporal-sql-tool ${args.slice(-3).join(' ')} failed: ${err.stderr || err.stdout || err.message}`);
  }
}
