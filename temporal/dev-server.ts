import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stopOrphan } from '../system/orphans';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { searchAttributeDeclarations } from '../workflows/search-attributes';

export interface DevServer {
  address: string;
  uiUrl: string | null;
  /** Whether its process still runs. */
  alive(): boolean;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  cli: string;
  port: number;
  /** null: no Web UI (tests). */
  uiPort: number | null;
  /** SQLite file to persist to; null keeps everything in memory (tests). */
  dbFile: string | null;
  namespace: string;
  /** The API's codec endpoint, for the Web UI to show encrypted payloads to signed-in users. */
  codecEndpoint?: string;
  log?: (line: string) => void;
}

/**
 * Starts the Temporal CLI dev server with the project's search attributes declared, and waits
 * until its frontend answers.
 */
export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--namespace', opts.namespace, '--log-level', 'warn'];
  if (opts.uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(opts.uiPort));
  if (opts.uiPort !== null && opts.codecEndpoint) args.push('--ui-codec-endpoint', opts.codecEndpoint);
  if (opts.dbFile) {
    mkdirSync(dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  for (const a of searchAttributeDeclarations) args.push('--search-attribute', `${a.name}=${a.type}`);

  // A server an earlier, killed start left on this database file holds the port and would be
  // silently reused (and never stopped): it is stopped first. Its pid is kept beside the file.
  const pidFile = opts.dbFile ? `${opts.dbFile}.pid` : null;
  if (pidFile && existsSync(pidFile)) await stopOrphan(Number(readFileSync(pidFile, 'utf8')), opts.dbFile!, opts.log);
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    opts.log?.(chunk.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const address = `127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Temporal dev server exited (code ${child.exitCode}): ${output}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the Temporal dev server did not answer on ${address} within 60 s: ${output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    address,
    uiUrl: opts.uiPort === null ? null : `http://127.0.0.1:${opts.uiPort}`,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
