import type { Knex } from 'knex';

/**
 * Least privilege in PostgreSQL (issue 11): the schema belongs to an owner role that runs the
 * migrations; the application connects as a role that may read and write what its work needs and
 * nothing more. The evidence of the procedure (records, CPC 167's secrecy and Law 58's account of
 * reads, the administrators' changes, the deployed diagrams, the hand-overs of tasks) it may only
 * add to: no UPDATE, DELETE or TRUNCATE, and, not owning them, it cannot ALTER or disable their
 * triggers either. A stolen application credential cannot rewrite history.
 */
export const APPEND_ONLY_TABLES = ['records', 'admin_changes', 'procedures', 'access_log', 'task_events'] as const;

/** Tables of the migration tool: the owner's alone. */
const OWNER_ONLY_TABLES = ['knex_migrations', 'knex_migrations_lock'];

/** The role a PostgreSQL URL connects as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Grants the application role its privileges on every table and sequence of the schema, as the
 * owner, after the migrations (so a table a new migration adds is covered on the next start).
 * Revokes first, so the grants are exactly these whatever was granted before.
 */
export async function grantAppPrivileges(owner: Knex, appRole: string): Promise<void> {
  const role = quoteIdent(appRole);
  const tables: string[] = (await owner.raw(`select tablename from pg_tables where schemaname = 'public' order by tablename`))
    .rows.map((r: { tablename: string }) => r.tablename);
  await owner.transaction(async (trx) => {
    // Two processes starting at once would revoke and grant the same rows concurrently: one at a time.
    await trx.raw(`select pg_advisory_xact_lock(hashtext('icjims-app-grants'))`);
    await trx.raw(`grant usage on schema public to ${role}`);
    for (const table of tables) {
      const t = quoteIdent(table);
      await trx.raw(`revoke all on table ${t} from ${role}`);
      if (OWNER_ONLY_TABLES.includes(table)) continue;
      const appendOnly = (APPEND_ONLY_TABLES as readonly string[]).includes(table);
      await trx.raw(`grant ${appendOnly ? 'select, insert' : 'select, insert, update, delete'} on table ${t} to ${role}`);
    }
    // nextval for identity columns and the register number sequence (CPC 146); never setval.
    await trx.raw(`revoke all on all sequences in schema public from ${role}`);
    await trx.raw(`grant usage, select on all sequences in schema public to ${role}`);
  });
}

/**
 * What the connected role could do to the evidence that it must not: empty when least privilege
 * holds. Checked by every process at start (refused in production, warned otherwise).
 */
export async function appPrivilegeProblems(app: Knex): Promise<string[]> {
  const problems: string[] = [];
  const me = (await app.raw(`select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`)).rows[0];
  if (me.rolsuper) return [`the application connects as the superuser ${me.role}: it could disable the append-only triggers`];
  for (const table of APPEND_ONLY_TABLES) {
    const row = (await app.raw(
      `select c.relname is not null as present, pg_has_role(current_user, c.relowner, 'usage') as owns,
              has_table_privilege(current_user, c.oid, 'update') as can_update,
              has_table_privilege(current_user, c.oid, 'delete') as can_delete,
              has_table_privilege(current_user, c.oid, 'truncate') as can_truncate,
              has_table_privilege(current_user, c.oid, 'trigger') as can_trigger
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relname = ?`, [table])).rows[0];
    if (!row) continue;
    if (row.owns) problems.push(`the application role ${me.role} owns ${table}: it could alter it and disable its triggers`);
    const can = (['update', 'delete', 'truncate', 'trigger'] as const).filter((p) => row[`can_${p}`]);
    if (can.length > 0) problems.push(`the application role ${me.role} may ${can.join(', ')} ${table}`);
  }
  return problems;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
