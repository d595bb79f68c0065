import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { runSimulation } from '../../simulation/run-simulation';
import { validateScenario, type Scenario } from '../../simulation/scenario';
import { testDatabase, workflowBundle } from '../support/engines';

const ROOT = join(__dirname, '..', '..');
const DIAGRAM = join(ROOT, 'bpmn', 'procedures', 'criminal-case.bpmn');
const scenario = (name: string): Scenario => JSON.parse(readFileSync(join(ROOT, 'bpmn', 'scenarios', `${name}.json`), 'utf8'));
const engineCacheDir = loadConfig({ ...process.env, NODE_ENV: 'test' }).engineCacheDir;

describe('simulation of a diagram against a scenario (time-skipping server, real activities)', function () {
  this.timeout(180_000);

  for (const name of ['criminal-case.adult-released-at-48h', 'criminal-case.custody-ordered', 'criminal-case.custody-two-extensions-tried', 'criminal-case.investigation-ladder',
    'criminal-case.probation-revoked']) {
    it(`the shipped scenario ${name} passes on the shipped diagram`, async () => {
      const s = scenario(name);
      assert.deepEqual(validateScenario(s), []);
      const trace = await runSimulation(readFileSync(DIAGRAM, 'utf8'), s, {
        engineCacheDir, db: (await testDatabase()).db, workflowBundle: await workflowBundle(),
      });
      assert.equal(trace.ok, true, JSON.stringify(trace.steps.filter((x) => !x.ok), null, 1));
      assert.equal(trace.steps.length, s.steps.length);
    });
  }

  it('a wrong expectation fails the trace, naming what differed', async () => {
    const s: Scenario = { facts: { detained: [{ personId: null, label: 'Testov A.', isChild: false, detainedAt: '$now' }] }, steps: [
      { advance: 'PT47H' },
      { expect: { openTasksExclude: ['RecordDecision'], deadlines: { 'detention.max': 'expired' } } },
    ] };
    const trace = await runSimulation(readFileSync(DIAGRAM, 'utf8'), s, { engineCacheDir, db: (await testDatabase()).db, workflowBundle: await workflowBundle() });
    assert.equal(trace.ok, false);
    assert.match(trace.steps[1].detail ?? '', /open tasks \[.*"RecordDecision".*\] include \["RecordDecision"\]; deadline detention.max running, expected expired/);
  });

  it('icj simulate prints the trace as JSON and exits 1 when an expectation fails or the scenario is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icj-sim-test-'));
    const failing = join(dir, 'failing.json');
    writeFileSync(failing, JSON.stringify({ facts: { detained: [] }, steps: [{ expect: { finished: true } }] }));
    const run = (file: string) => spawnSync(process.execPath, [join(ROOT, 'bin', 'icj.js'), 'simulate', DIAGRAM, file], { encoding: 'utf8', cwd: ROOT });
    const bad = run(failing);
    assert.equal(bad.status, 1, bad.stderr);
    assert.equal(JSON.parse(bad.stdout).ok, false, 'the case waits for the decision on the report');
    assert.match(bad.stderr, /step 1: finished false, expected true/);
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, JSON.stringify({ steps: [{ wait: 'PT1H' }] }));
    assert.equal(run(malformed).status, 1);
  });
});
