import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { compileProcedure } from '../../bpmn/compile-procedure';
import { fixturePath, readFixture } from './read-fixture';

function icj(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/icj.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

describe('icj compile and icj lint', function () {
  this.timeout(60_000);

  it('compile: prints the ProcedureModel as JSON on stdout, exit 0, nothing on stderr for a clean diagram', async () => {
    const r = icj(['compile', fixturePath('compile.detention')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout), (await compileProcedure(readFixture('compile.detention'))).model);
  });

  it('compile: errors on stdout, one per line beginning with the element id, exit 1', () => {
    const r = icj(['compile', fixturePath('compile.refuses-script-task')]);
    assert.equal(r.code, 1);
    assert.deepEqual(lines(r.stdout), ['Task_7: Element Task_7 is a script task, which the procedure engine cannot run; use a service task with an icj:action. [unsupported-element]']);
    assert.match(r.stderr, /1 error\(s\), not compiled/);
  });

  it('compile: warnings go to stderr, each beginning with the element id; the model still goes to stdout', () => {
    const r = icj(['compile', fixturePath('compile.missing-icj-attributes')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).key, 'Procedure');
    assert.deepEqual(lines(r.stderr).map((l) => l.split(':')[0]), ['Interview', 'Interview', 'Inform']);
  });

  it('compile: a missing file or no file is a usage error, exit 1', () => {
    const missing = icj(['compile', 'no/such/file.bpmn']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read no\/such\/file\.bpmn: ENOENT/);
    assert.equal(missing.stdout, '');
    const none = icj(['compile']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /usage: icj compile <file\.bpmn>/);
  });

  it('lint: a clean diagram prints nothing, exit 0', () => {
    const r = icj(['lint', fixturePath('compile.detention')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('lint: errors on stdout, one per line beginning with the element id, exit 1; warnings on stderr', () => {
    const r = icj(['lint', fixturePath('lint.exclusive-gateway-conditions-fails')]);
    assert.equal(r.code, 1);
    assert.deepEqual(lines(r.stdout).map((l) => l.split(':')[0]), ['Flow_Release']);
    assert.match(r.stdout, /\[exclusive-gateway-conditions\]$/m);
    assert.match(r.stderr, /^Outcome: Exclusive gateway Outcome has no default flow/m);
  });

  it('lint: warnings alone do not fail, exit 0', () => {
    const r = icj(['lint', fixturePath('lint.timer-anchor-fails')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^CheckTerm: Timer CheckTerm has no icj:anchor/m);
  });

  it('lint: the compiler\'s errors are reported too', () => {
    const r = icj(['lint', fixturePath('compile.doctype')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^definitions: The file contains a DOCTYPE or ENTITY declaration/);
  });
});
