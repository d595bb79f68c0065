import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { bishkekYear } from '../../law/bishkek-time';
import { resolveSchemathesis } from '../../temporal/engines';
import { createScratchDatabase } from '../support/engines';
import { eventually, registration } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/stack';

// Schemathesis (PyPI) generates requests from /api/openapi.json, valid and invalid, and fails on any
// 5xx. It runs once per role (a bearer token: no CSRF, and the TOTP is done at sign-in) and once
// signed out, against a stack on a database of its own: what the fuzzer creates, changes or locks
// out (users, units, retention periods, the sign-in throttle) stays out of the other tests.
// The seed is fixed so a failure reproduces; SCHEMATHESIS_SEED tries another, SCHEMATHESIS_EXAMPLES more cases.
const SEED = process.env.SCHEMATHESIS_SEED ?? '11';
const EXAMPLES = process.env.SCHEMATHESIS_EXAMPLES ?? '8';
/** The roles whose sessions fuzz the API, each seeing a different part of it, then none (last: its fuzzed sign-ins fill the throttle of this address). */
const USERS = ['officer1', 'supervisor1', 'prosecutor1', 'judge1', 'facility1', 'legal1', 'analyst1', 'auditor1', 'admin', null];

/** Per operation (`POST /api/tasks/{id}/complete`), how many answers of each status the run's NDJSON report holds. */
function answersOf(reportDir: string): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const file of readdirSync(reportDir).filter((f) => f.endsWith('.ndjson'))) {
    for (const line of readFileSync(join(reportDir, file), 'utf8').split('\n')) {
      if (!line.includes('"ScenarioFinished"')) continue;
      const recorder = (JSON.parse(line) as { ScenarioFinished: { recorder: { label: string; interactions?: Record<string, { response?: { status_code?: number } | null }> } } }).ScenarioFinished.recorder;
      const byStatus = out.get(recorder.label) ?? new Map<number, number>();
      for (const interaction of Object.values(recorder.interactions ?? {})) {
        const status = interaction.response?.status_code;
        if (status !== undefined) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      }
      out.set(recorder.label, byStatus);
    }
  }
  return out;
}

interface Run { code: number | null; output: string }

function schemathesis(args: string[], cwd: string): Promise<Run> {
  const st = resolveSchemathesis(loadConfig({ ...process.env, NODE_ENV: 'test' }).engineCacheDir);
  return new Promise((resolve) => {
    execFile(st, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

describe('API: schemathesis finds no 5xx, for any role or none', function () {
  this.timeout(900_000);
  let stack: TestStack;
  let drop: () => Promise<void>;
  let work: string;
  before(async () => {
    const scratch = await createScratchDatabase('fuzz');
    drop = scratch.drop;
    stack = await startTestStack({ database: scratch });
    // The dev server is the run's: numbers this database takes must not be those of cases on it already.
    await stack.db('register_counters').insert([{ unit_code: 'BSK-01', year: bishkekYear(new Date()), value: 500_000 + Math.floor(Math.random() * 400_000) }]);
    work = mkdtempSync(join(tmpdir(), 'icj-schemathesis-'));
    // Something to reach behind the ids: a case with a suspect detained an hour ago (open tasks), and
    // one whose 48 hours end in a few seconds (an expired-limit escalation, a release task).
    const hour = 3_600_000;
    const held = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - hour).toISOString(), [{ detainedAt: new Date(Date.now() - 2 * hour).toISOString() }]) });
    assert.equal(held.status, 201, JSON.stringify(held.body));
    const expiring = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - 47 * hour).toISOString(), [{ detainedAt: new Date(Date.now() - 48 * hour + 5_000).toISOString() }]) });
    assert.equal(expiring.status, 201, JSON.stringify(expiring.body));
    const task = await eventually(async () => (await stack.api('/api/tasks')).body.items?.find((t: { caseId: string }) => t.caseId === held.body.id), 'a task of the case');
    const escalation = await eventually(async () => (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body.items?.find((e: { caseId: string; severity: string }) => e.caseId === expiring.body.id && e.severity === 'expired'), 'the expired limit on the board', 60_000);
    const colleague = (await stack.api('/api/users', { user: 'admin' })).body.items.find((u: { username: string }) => u.username === 'officer3');
    const unit = (await stack.api('/api/units')).body.items.find((u: { code: string }) => u.code === 'OSH-02') ?? (await stack.api('/api/units')).body.items.at(-1);
    // Each operation on an id gets a real one (random ids would only ever reach the 404).
    const ids: Array<[string, string, string]> = [
      ['^/api/cases/\\{id\\}', 'id', held.body.id], ['^/api/tasks/\\{id\\}', 'id', task.id], ['^/api/escalations/\\{id\\}', 'id', escalation.id],
      ['^/api/users/\\{id\\}', 'id', colleague.id], ['^/api/units/\\{id\\}', 'id', unit.id],
      ['^/api/procedures/\\{key\\}', 'key', 'CriminalCase'], ['^/api/retention-rules/\\{key\\}', 'key', 'report-refused'],
    ];
    writeFileSync(join(work, 'schemathesis.toml'), ids.map(([path, name, value]) =>
      `[[operations]]\ninclude-path-regex = '${path}'\nparameters = { "path.${name}" = "${value}" }\n`).join('\n'));
    for (const user of USERS) if (user) await stack.tokenFor(user);
  });
  after(async () => {
    await stack?.stop();
    await drop?.();
    if (work && !process.env.SCHEMATHESIS_KEEP) rmSync(work, { recursive: true, force: true });
  });

  for (const user of USERS) {
    it(`${user ?? 'signed out'}: no answer is a server error`, async () => {
      const headers = user ? ['-H', `Authorization: Bearer ${await stack.tokenFor(user)}`] : [];
      const run = await schemathesis([
        '--config-file', join(work, 'schemathesis.toml'), 'run', `${stack.baseUrl}/api/openapi.json`, '--url', stack.baseUrl,
        '--checks', 'not_a_server_error', '--phases', 'examples,coverage,fuzzing',
        '--max-examples', EXAMPLES, '--seed', SEED, '--workers', '2', '--request-timeout', '30',
        // Signing out would end the session the rest of the run uses (sessions.test.ts covers it).
        '--exclude-path', '/api/auth/logout',
        '--report', 'ndjson', '--report-dir', join(work, user ?? 'anonymous'),
        ...headers,
      ], work);
      writeFileSync(join(work, `${user ?? 'anonymous'}.log`), run.output);
      const failures = /={5,} FAILURES ={5,}([\s\S]*?)(?:={5,} WARNINGS|={5,} SUMMARY)/.exec(run.output)?.[1] ?? run.output.split('\n').slice(-60).join('\n');
      assert.equal(run.code, 0, `schemathesis as ${user ?? 'nobody'} failed (exit ${run.code}):\n${failures.slice(0, 20_000)}`);
      // Read back from its report: what it sent and what came back, so a run that tested nothing cannot pass.
      const statuses = answersOf(join(work, user ?? 'anonymous'));
      const all = [...statuses.values()].flatMap((byStatus) => [...byStatus.entries()]);
      const total = all.reduce((sum, [, n]) => sum + n, 0);
      assert.ok(total > 500, `only ${total} requests sent`);
      assert.deepEqual(all.filter(([status]) => status >= 500), [], 'no 5xx in the report');
      const pastTheId = [...statuses.entries()].filter(([label, byStatus]) => /\{(id|key)\}/.test(label) && [...byStatus.keys()].some((st) => st !== 404));
      assert.ok(pastTheId.length > 0, 'some operation on an id answered other than 404');
    });
  }
});
