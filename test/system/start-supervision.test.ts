import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../system/free-port';
import { commandLineOf } from '../../system/orphans';

const ROOT = resolve(__dirname, '../..');

/**
 * `npm start` as an operator meets it: an engine killed while the system runs is started again;
 * `npm start` itself killed with SIGKILL leaves its engines behind, and the next start stops them
 * instead of failing on the taken port or silently reusing them; Ctrl-C then stops everything.
 */
describe('npm start: engines kept running, orphans of a killed start stopped', function () {
  this.timeout(480_000);
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let url: string;
  const started: ChildProcess[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icj-start-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env, NODE_ENV: 'development', DATA_DIR: dir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()),
      TEMPORAL_DEV_PORT: String(await freePort()), TEMPORAL_DEV_UI_PORT: String(await freePort()), SEED_STATISTICS_CASES: '0', LOG_LEVEL: 'warn',
    };
  });
  after(() => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of [pidIn('temporal.db.pid'), postmasterPid()]) if (pid && commandLineOf(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const pidIn = (file: string) => (existsSync(join(dir, file)) ? Number(readFileSync(join(dir, file), 'utf8')) : null);
  const postmasterPid = () => (existsSync(join(dir, 'postgres', 'postmaster.pid')) ? Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]) : null);

  /** Starts scripts/start.ts and resolves once it says it runs. */
  async function start(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (c: Buffer) => { output += c.toString(); });
    child.stderr!.on('data', (c: Buffer) => { output += c.toString(); });
    const deadline = Date.now() + 240_000;
    while (!output.includes('ICJIMS is running.')) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
      await sleep(250);
    }
    return child;
  }

  async function healthyAgain(what: string): Promise<number> {
    const t0 = Date.now();
    for (;;) {
      const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
      if (ok) return Date.now() - t0;
      if (Date.now() - t0 > 120_000) throw new Error(`not healthy again after ${what}`);
      await sleep(250);
    }
  }

  it('when the Temporal dev server or PostgreSQL is killed, it is started again and the system answers healthy; a killed start leaves engines the next one stops; Ctrl-C stops all', async () => {
    const first = await start();
    assert.equal((await fetch(`${url}/healthz`)).status, 200);

    const temporalPid = pidIn('temporal.db.pid')!;
    assert.ok(commandLineOf(temporalPid)?.includes('start-dev'), 'the dev server pid is kept beside its database');
    process.kill(temporalPid, 'SIGKILL');
    await sleep(500);
    assert.equal((await fetch(`${url}/healthz`)).status, 503, 'the dev server is down for a moment');
    await healthyAgain('the dev server was killed');
    assert.notEqual(pidIn('temporal.db.pid'), temporalPid, 'a new dev server runs');

    const pgPid = postmasterPid()!;
    process.kill(pgPid, 'SIGKILL');
    // Its backends outlive the postmaster for a moment, so /healthz may still pass before the
    // supervisor has noticed: wait for the restart (its new postmaster.pid), then for health.
    for (const t0 = Date.now(); postmasterPid() === pgPid && Date.now() - t0 < 60_000;) await sleep(250);
    await healthyAgain('PostgreSQL was killed');
    assert.notEqual(postmasterPid(), pgPid, 'a new PostgreSQL runs');

    // kill -9 of npm start itself: its engines run on, orphaned.
    first.kill('SIGKILL');
    await sleep(500);
    const orphans = [pidIn('temporal.db.pid')!, postmasterPid()!];
    assert.ok(orphans.every((pid) => commandLineOf(pid) !== null), 'the engines outlive a killed start');
    const second = await start();
    assert.ok(orphans.every((pid) => commandLineOf(pid) === null), 'the next start stopped them');
    assert.equal((await fetch(`${url}/healthz`)).status, 200);

    // Ctrl-C: everything stops.
    const engines = [pidIn('temporal.db.pid')!, postmasterPid()!];
    second.kill('SIGINT');
    await new Promise((r) => second.once('exit', r));
    await sleep(500);
    assert.deepEqual(engines.filter((pid) => commandLineOf(pid) !== null), [], 'no engine left running after Ctrl-C');
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
