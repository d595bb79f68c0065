import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestStack, type TestStack } from '../support/stack';
import { eventually, registration } from '../support/fixtures';

const SHIPPED = readFileSync(join(__dirname, '..', '..', 'bpmn', 'procedures', 'criminal-case.bpmn'), 'utf8');

describe('API: procedure versions (legal staff deploy, new cases follow the latest)', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  const versionsOf = async (key: string) =>
    ((await stack.api('/api/procedures', { user: 'legal1' })).body.items.find((p: any) => p.key === key)?.versions ?? []) as any[];

  it('ships the criminal-case procedure as a deployed version with its compiled model', async () => {
    const versions = await versionsOf('CriminalCase');
    assert.ok(versions.length >= 1);
    const v1 = await stack.api('/api/procedures/CriminalCase/versions/1', { user: 'legal1' });
    assert.equal(v1.status, 200);
    assert.equal(v1.body.model.main, 'CriminalCase');
    assert.equal(v1.body.sha256, createHash('sha256').update(v1.body.xml).digest('hex'));
  });

  it('validates a diagram: errors name the element, nothing is stored', async () => {
    const before = (await versionsOf('CriminalCase')).length;
    const bad = SHIPPED.replace('<bpmn:userTask id="RecordRelease"', '<bpmn:scriptTask id="RecordRelease"').replace('</bpmn:userTask>\n    <bpmn:endEvent id="Released"', '</bpmn:scriptTask>\n    <bpmn:endEvent id="Released"');
    const res = await stack.api('/api/procedures/CriminalCase/validate', { method: 'POST', user: 'legal1', body: { xml: bad } });
    assert.equal(res.status, 200);
    assert.ok(res.body.errors.some((e: any) => e.elementId === 'RecordRelease'), JSON.stringify(res.body.errors));
    // each problem carries its code's params, for the UI to say it in the user's language
    const refusal = res.body.errors.find((e: any) => e.elementId === 'RecordRelease' && e.rule === 'unsupported-element');
    assert.deepEqual(refusal?.params, { element: 'RecordRelease', type: 'bpmn:ScriptTask', trigger: 'none', hint: 'service-task' });
    assert.ok([...res.body.errors, ...res.body.warnings].every((p: any) => p.params && typeof p.params === 'object'), JSON.stringify(res.body));
    const good = await stack.api('/api/procedures/CriminalCase/validate', { method: 'POST', user: 'legal1', body: { xml: SHIPPED } });
    assert.deepEqual(good.body.errors, []);
    assert.equal((await versionsOf('CriminalCase')).length, before);
  });

  it('refuses to deploy a diagram with errors (422) or for an officer (403), storing nothing', async () => {
    const before = (await versionsOf('CriminalCase')).length;
    const noRecord = SHIPPED.replace(' icj:record="release"', '');
    const refused = await stack.api('/api/procedures/CriminalCase/versions', { method: 'POST', user: 'legal1', body: { xml: noRecord } });
    assert.equal(refused.status, 422);
    assert.ok(refused.body.errors.some((e: any) => e.path === '/RecordRelease'), JSON.stringify(refused.body.errors));
    const missing = refused.body.errors.find((e: any) => e.path === '/RecordRelease' && e.code === 'user-task-record');
    assert.deepEqual(missing?.params, { task: 'RecordRelease', variant: 'missing' });
    const officer = await stack.api('/api/procedures/CriminalCase/versions', { method: 'POST', user: 'officer1', body: { xml: SHIPPED } });
    assert.equal(officer.status, 403);
    const wrongKey = await stack.api('/api/procedures/OtherKey/versions', { method: 'POST', user: 'legal1', body: { xml: SHIPPED } });
    assert.equal(wrongKey.status, 422);
    assert.deepEqual(wrongKey.body.errors.map((e: any) => [e.path, e.code, e.params]), [['/CriminalCase', 'key', { process: 'CriminalCase', key: 'OtherKey' }]]);
    assert.equal((await versionsOf('CriminalCase')).length, before);
  });

  it('a deployed version is immutable, new cases use it, running cases keep theirs', async () => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const before = await stack.api('/api/cases', { method: 'POST', body: registration(at, [{ detainedAt: at }]) });
    const renamed = SHIPPED.replace('name="Release the suspect"', 'name="Release the suspect at once"');
    const deployed = await stack.api('/api/procedures/CriminalCase/versions', { method: 'POST', user: 'legal1', body: { xml: renamed } });
    assert.equal(deployed.status, 201, JSON.stringify(deployed.body));
    assert.ok(deployed.body.warnings.every((w: any) => w.params && typeof w.params === 'object'), JSON.stringify(deployed.body.warnings));
    const after = await stack.api('/api/cases', { method: 'POST', body: registration(at, [{ detainedAt: at }]) });
    const rows = await stack.db('cases').whereIn('id', [before.body.id, after.body.id]).select('id', 'procedure_version');
    const versionOf = (id: string) => rows.find((r) => r.id === id)?.procedure_version;
    assert.equal(versionOf(after.body.id), deployed.body.version);
    assert.ok(versionOf(before.body.id) < deployed.body.version);
    await assert.rejects(stack.db('procedures').where({ key: 'CriminalCase', version: deployed.body.version }).update({ bpmn_xml: 'x' }), /permission denied/, 'the app role may not change a deployed diagram (the immutable trigger holds for the owner too)');
    // The new case runs on the new version just as well.
    await eventually(async () => (await stack.api('/api/tasks')).body.items.find((t: any) => t.caseId === after.body.id), 'its decision task');
  });
});
