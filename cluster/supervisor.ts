import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { stopOrphan } from '../system/orphans';

/** One process of the topology, kept running: restarted when it dies, as systemd would in production. */
export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Resolves once the process serves (its port answers, or its log says so after `logOffset`, the
   * size of its log when this launch began); rejects to fail the start.
   */
  ready?: (launch: { logFile: string; logOffset: number }) => Promise<void>;
}

export interface Supervised {
  name: string;
  pid(): number | null;
  /** How many times it was restarted after dying. */
  restarts(): number;
  /** kill -9, as the fault suite does; the supervisor restarts it. */
  kill9(): void;
}

/**
 * Runs the processes of `npm run cluster`, each with its output in `<dir>/logs/<name>.log`,
 * restarting any that exits while the cluster runs (after 1 s, then up to 10 s between attempts).
 * The pids go to `<dir>/pids.json`, so that processes orphaned by a supervisor that was itself
 * killed are stopped at the next start instead of holding the ports.
 */
export class Supervisor {
  private readonly children = new Map<string, Entry>();
  private stopping = false;

  constructor(private readonly dir: string, private readonly say: (line: string) => void = () => {}) {
    mkdirSync(join(dir, 'logs'), { recursive: true });
  }

  /** Stops what an earlier run left behind (its pids, if they still run one of our commands). */
  async reapOrphans(): Promise<number> {
    const file = join(this.dir, 'pids.json');
    if (!existsSync(file)) return 0;
    let reaped = 0;
    const pids = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    for (const [name, pid] of Object.entries(pids)) {
      if (await stopOrphan(pid, this.dir, (line) => this.say(`${name}: ${line}`))) reaped++;
    }
    writeFileSync(file, '{}');
    return reaped;
  }

  async start(spec: ProcessSpec): Promise<Supervised> {
    const logFile = join(this.dir, 'logs', `${spec.name}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    log.on('error', (e) => this.say(`the log of ${spec.name} failed: ${String(e)}`));
    const entry: Entry = { spec, child: null, restarts: 0, log, logFile, logOffset: 0 };
    this.children.set(spec.name, entry);
    this.launch(entry);
    if (spec.ready) await spec.ready({ logFile, logOffset: entry.logOffset });
    return this.get(spec.name);
  }

  /** Waits until a process killed after its `previous`-th restart is running again and serves. */
  async restartedAndReady(name: string, previous: number, withinMs = 180_000): Promise<void> {
    const entry = this.children.get(name);
    if (!entry) throw new Error(`no process ${name}`);
    const deadline = Date.now() + withinMs;
    while (entry.restarts <= previous) {
      if (Date.now() > deadline) throw new Error(`${name} was not restarted within ${withinMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (entry.spec.ready) await entry.spec.ready({ logFile: entry.logFile, logOffset: entry.logOffset });
  }

  get(name: string): Supervised {
    const entry = this.children.get(name);
    if (!entry) throw new Error(`no process ${name}`);
    return { name, pid: () => entry.child?.pid ?? null, restarts: () => entry.restarts, kill9: () => entry.child?.kill('SIGKILL') };
  }

  /** The running processes' pids by name (the bench attributes CPU time to them). */
  pids(): Map<number, string> {
    const out = new Map<number, string>();
    for (const [name, e] of this.children) if (e.child?.pid && e.child.exitCode === null) out.set(e.child.pid, name);
    return out;
  }

  /** Stops every process, the last started first: SIGTERM, then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.children.values()].reverse()) {
      const child = entry.child;
      if (child && child.exitCode === null && child.signalCode === null) {
        // 'close': the process has exited and its output is flushed into the log.
        const exited = new Promise((resolve) => child.once('close', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
        this.say(`${entry.spec.name} stopped`);
      }
      entry.log.end();
    }
    this.writePids();
  }

  private launch(entry: Entry): void {
    const { spec } = entry;
    entry.logOffset = existsSync(entry.logFile) ? statSync(entry.logFile).size + entry.log.writableLength : 0;
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    entry.child = child;
    child.stdout?.pipe(entry.log, { end: false });
    child.stderr?.pipe(entry.log, { end: false });
    this.writePids();
    child.once('exit', (code, signal) => {
      entry.log.write(`\n[supervisor] ${spec.name} exited (${signal ?? code}) at ${new Date().toISOString()}\n`);
      if (this.stopping) return;
      const delay = Math.min(10_000, 1000 * 2 ** Math.min(entry.restarts, 3));
      this.say(`${spec.name} exited (${signal ?? code}); restarting in ${delay / 1000} s`);
      setTimeout(() => {
        if (this.stopping) return;
        entry.restarts++;
        this.launch(entry);
      }, delay);
    });
  }

  private writePids(): void {
    const pids: Record<string, number> = {};
    for (const [name, e] of this.children) if (e.child?.pid && e.child.exitCode === null) pids[name] = e.child.pid;
    writeFileSync(join(this.dir, 'pids.json'), JSON.stringify(pids, null, 2));
  }
}

interface Entry {
  spec: ProcessSpec;
  child: ChildProcess | null;
  restarts: number;
  log: WriteStream;
  logFile: string;
  logOffset: number;
}

