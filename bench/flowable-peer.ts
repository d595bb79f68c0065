/**
 * The Flowable 7 peer of the step benchmark: a mature BPMN engine (embedded in a JVM, on the same
 * PostgreSQL server and the same machine) doing what the system does per judge's decision, so the
 * system's figures stand beside an outside reference and not only beside its own baselines:
 *   - user-task completions, each carrying the custody decision's four variables, `threads` at a
 *     time: a cold round, then the warm one (both reported);
 *   - `timers` timers due at one instant, fired by Flowable's async executor (default settings):
 *     how late after the due instant each fired.
 * The Java program is bench/flowable/ (built with Maven when its jar is missing or older than its
 * sources); it runs in a fresh database `flowable_bench` and prints one JSON line.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Series } from './measure';

const PROJECT = join(__dirname, 'flowable');
const JAR = join(PROJECT, 'target', 'flowable-bench.jar');
const DATABASE = 'flowable_bench';
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

export interface FlowablePeerOptions {
  /** postgres://... of a role that may create databases (the superuser's). */
  adminUrl: string;
  host: string;
  port: number;
  /** The role Flowable connects as; the database is made its own. */
  user: string;
  password: string;
  /** Defaults 400 tasks, 16 threads, 1,000 timers (the Java program's). */
  tasks?: number;
  threads?: number;
  timers?: number;
  log?: (s: string) => void;
}

/** How late the simultaneous timers fired (fired instant - due), over those that fired by due + 5 min. */
export interface TimerLateness {
  timers: number;
  fired: number;
  /** How long starting the instances took, and the margin to their due instant. */
  startSeconds: number;
  marginSeconds: number;
  /**
   * null when none fired. The async executor looks for due timers every 10 s (its default), so
   * minMs, the first timer's lateness, is that poll's phase (0 to 10 s by chance) and maxMs - minMs
   * is the firing work itself.
   */
  minMs: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export interface FlowablePeerResult {
  /** The Maven artifact's version, and the engine's own (ProcessEngine.VERSION). */
  flowableVersion: string;
  engineVersion: string;
  settings: {
    tasks: number; threads: number; timers: number; jdbcMaxActiveConnections: number; history: string;
    asyncExecutor: Record<string, number>;
  };
  tasks: Series;
  tasksCold: Series;
  timers: TimerLateness;
}

type Figures = Omit<Series, 'name'>;

export async function runFlowablePeer(opts: FlowablePeerOptions): Promise<FlowablePeerResult> {
  const log = opts.log ?? (() => {});
  await ensureJar(log);
  await freshDatabase(opts.adminUrl, opts.user);
  const args = [
    ...(opts.tasks !== undefined ? ['--tasks', String(opts.tasks)] : []),
    ...(opts.threads !== undefined ? ['--threads', String(opts.threads)] : []),
    ...(opts.timers !== undefined ? ['--timers', String(opts.timers)] : []),
  ];
  // The password goes by the environment, not the command line (which `ps` shows).
  const stdout = await run('java', ['-jar', JAR, ...args], PROJECT, log, {
    FLOWABLE_JDBC_URL: `jdbc:postgresql://${opts.host}:${opts.port}/${DATABASE}`,
    FLOWABLE_JDBC_USER: opts.user,
    FLOWABLE_JDBC_PASSWORD: opts.password,
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  let raw: Omit<FlowablePeerResult, 'tasks' | 'tasksCold'> & { tasks: Figures; tasksCold: Figures };
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error(`the Flowable benchmark printed no JSON line; its stdout ended with: ${line.slice(-500)}`);
  }
  if (!isFigures(raw.tasks) || !isFigures(raw.tasksCold) || typeof raw.timers?.fired !== 'number') {
    throw new Error(`the Flowable benchmark's JSON lacks tasks, tasksCold or timers: ${line.slice(0, 500)}`);
  }
  const named = (s: Figures, round: string): Series => ({ name: `Flowable ${raw.flowableVersion} user-task completion (${round})`, ...s });
  return { ...raw, tasks: named(raw.tasks, 'warm'), tasksCold: named(raw.tasksCold, 'cold') };
}

function isFigures(s: unknown): s is Figures {
  const f = s as Record<string, unknown> | undefined;
  return ['ops', 'seconds', 'opsPerSecond', 'p50Ms', 'p99Ms'].every((k) => typeof f?.[k] === 'number');
}

/** Builds the jar with Maven when it is missing or older than the pom or any source file. */
async function ensureJar(log: (s: string) => void): Promise<void> {
  const built = existsSync(JAR) ? statSync(JAR).mtimeMs : 0;
  if (built >= newestSource()) return;
  log('building bench/flowable (mvn package; the first build fetches Flowable from Maven Central)\n');
  await run('mvn', ['-q', '-B', '-f', join(PROJECT, 'pom.xml'), 'package'], PROJECT, log);
  if (!existsSync(JAR)) throw new Error(`mvn package succeeded but left no ${JAR}`);
}

function newestSource(): number {
  const walk = (path: string): number => statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((entry) => walk(join(path, entry))))
    : statSync(path).mtimeMs;
  return Math.max(walk(join(PROJECT, 'pom.xml')), walk(join(PROJECT, 'src')));
}

/** Drops and creates `flowable_bench`, owned by the role Flowable connects as (it creates its tables in public). */
async function freshDatabase(adminUrl: string, owner: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE} owner "${owner.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** Runs a command to its end, passing its stderr to `log`; its stdout, or an error with stderr's tail. */
function run(command: string, args: string[], cwd: string, log: (s: string) => void, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString().replace(ANSI_COLOUR, ''); // Maven 3.8 writes colour resets even with -B -q
      stderr = (stderr + text).slice(-4000);
      if (text) log(text);
    });
    child.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT'
      ? new Error(`${command} is not on the PATH: the Flowable peer needs Java 17+ and Maven (apt-get install openjdk-17-jdk-headless maven)`)
      : e));
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); its stderr ended with:\n${stderr}${command === 'mvn' ? stdout.slice(-4000) : ''}`));
    });
  });
}
