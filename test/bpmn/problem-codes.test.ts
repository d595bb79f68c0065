import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileProcedure } from '../../bpmn/compile-procedure';
import { icjRules } from '../../bpmn/lint/icj-rules';
import { lintProcedure } from '../../bpmn/lint/lint-procedure';
import { DIAGRAM_PROBLEM_CODES, problemCode } from '../../bpmn/problem-codes';
import type { DiagramProblem } from '../../bpmn/procedure-model';
import { MAX_DIAGRAM_BYTES } from '../../bpmn/read-diagram';
import { readFixture } from './read-fixture';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
const CODES = Object.keys(DIAGRAM_PROBLEM_CODES) as Array<keyof typeof DIAGRAM_PROBLEM_CODES>;

/** Everything said about a diagram: the compiler's errors and warnings and the lint findings. */
async function problemsOf(xml: string): Promise<DiagramProblem[]> {
  const compiled = await compileProcedure(xml);
  return [...compiled.errors, ...compiled.warnings, ...(await lintProcedure(xml))];
}

/** Why a problem does not carry what its code lists, or null when it does. */
function shapeError(p: DiagramProblem): string | null {
  const code = problemCode(p);
  if (!(code in DIAGRAM_PROBLEM_CODES)) return `${code} is not a listed code`;
  if (!code.startsWith(p.rule)) return `${code} is reported under the rule ${p.rule}`;
  const names: readonly string[] = DIAGRAM_PROBLEM_CODES[code as keyof typeof DIAGRAM_PROBLEM_CODES];
  const required = names.filter((n) => !n.endsWith('?'));
  const allowed = new Set([...names.map((n) => n.replace(/\?$/, '')), ...(code === p.rule ? [] : ['variant'])]);
  const missing = required.filter((n) => !(n in p.params));
  const extra = Object.keys(p.params).filter((n) => !allowed.has(n));
  if (missing.length > 0 || extra.length > 0) return `${code}: missing ${missing.join(', ') || '-'}, not listed ${extra.join(', ') || '-'}`;
  const bad = Object.entries(p.params).filter(([, v]) => !(typeof v === 'string' || typeof v === 'number' || (Array.isArray(v) && v.every((i) => typeof i === 'string'))));
  return bad.length > 0 ? `${code}: params ${bad.map(([n]) => n).join(', ')} are not ids, codes, counts or lists` : null;
}

/** A diagram with one executable process `P` around `body`, and `after` beside it. */
function diagram(body: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:icj="https://icjims.kg/schema/bpmn/icj" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="https://icjims.kg/procedures">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />
    ${body}
  </bpmn:process>${after}
</bpmn:definitions>`;
}

/** A user task `T` between Start and End, with `attributes` and `inside`. */
const task = (attributes: string, inside = '') =>
  diagram(`<bpmn:userTask id="T" icj:record="release" icj:role="investigator" ${attributes}>${inside}</bpmn:userTask>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="T" /><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" />`);

/** A timer boundary event `Due` on a user task `T`, with `attributes` on the event and `definition` inside its timer definition. */
const timer = (attributes: string, definition = '') =>
  diagram(`<bpmn:userTask id="T" icj:record="release" icj:role="investigator" />
    <bpmn:boundaryEvent id="Due" attachedToRef="T" ${attributes}><bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="T" /><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" /><bpmn:sequenceFlow id="F3" sourceRef="Due" targetRef="End" />`);

/** A sub-process `Each` running once per item, its loop with `loop` attributes and `inside`. */
const multiInstance = (loop: string, inside = '') =>
  diagram(`<bpmn:subProcess id="Each"><bpmn:multiInstanceLoopCharacteristics ${loop}>${inside}</bpmn:multiInstanceLoopCharacteristics>
      <bpmn:startEvent id="In" /><bpmn:endEvent id="Out" /><bpmn:sequenceFlow id="G" sourceRef="In" targetRef="Out" /></bpmn:subProcess>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Each" /><bpmn:sequenceFlow id="F2" sourceRef="Each" targetRef="End" />`);

/** A decision `Gate` after Start with flows A (to End) and B (to Other). */
const decision = (gate: string, flowA: string) =>
  diagram(`<bpmn:exclusiveGateway id="Gate" ${gate} /><bpmn:endEvent id="Other" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Gate" />
    <bpmn:sequenceFlow id="A" sourceRef="Gate" targetRef="End">${flowA}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="B" sourceRef="Gate" targetRef="Other"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">caseId = null</bpmn:conditionExpression></bpmn:sequenceFlow>`);

const condition = (body: string, language = '') => `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${language}>${body}</bpmn:conditionExpression>`;

/** Per code: a diagram that gets it, on which element, with which params. */
const cases: Array<[code: string, xml: string, elementId: string, params: Record<string, unknown>]> = [
  ['diagram-too-large', `${'x'.repeat(MAX_DIAGRAM_BYTES + 1)}`, 'definitions', { megabytes: 2 }],
  ['xml-doctype', readFixture('compile.doctype'), 'definitions', {}],
  ['xml-syntax.unreadable', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'definitions', { error: 'failed to parse document as <bpmn:Definitions>' }],
  ['xml-import.unknown-attribute', task('icj:colour="red"'), 'T', { element: 'T', attribute: 'icj:colour', vocabulary: 'icj' }],
  ['xml-import.unresolved-reference', readFixture('compile.flow-without-target'), 'Flow_Lost', { element: 'Flow_Lost', reference: 'Nowhere' }],
  ['executable-process.none', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" />', 'D', {}],
  ['executable-process.none-executable', readFixture('compile.two-executable-processes').replaceAll(' isExecutable="true"', ''), 'Definitions_two_executable', { count: 2, processes: ['Inquiry', 'Investigation'] }],
  ['executable-process.several-executable', readFixture('compile.two-executable-processes'), 'Definitions_two_executable', { count: 2, processes: ['Inquiry', 'Investigation'] }],
  ['ignored-process', diagram('<bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />', '<bpmn:process id="Spare"><bpmn:startEvent id="S2" /></bpmn:process>'), 'Spare', { process: 'Spare' }],
  ['ignored-element.message-flow', diagram('<bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />', '<bpmn:collaboration id="C"><bpmn:participant id="Pt" processRef="P" /><bpmn:messageFlow id="M" sourceRef="Pt" targetRef="Pt" /></bpmn:collaboration>'), 'M', { flow: 'M' }],
  ['ignored-element.data', readFixture('compile.data-object'), 'NoticeRef', { element: 'NoticeRef', type: 'bpmn:DataObjectReference' }],
  ['foreign-extension', task('camunda:assignee="me"'), 'T', { element: 'T', settings: ['camunda:assignee'] }],
  ['missing-id', diagram('<bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" /><bpmn:manualTask />'), 'P', { scope: 'P', type: 'bpmn:ManualTask', trigger: 'none' }],
  ['unsupported-element', readFixture('compile.refuses-script-task'), 'Task_7', { element: 'Task_7', type: 'bpmn:ScriptTask', trigger: 'none', hint: 'service-task' }],
  ['unsupported-element', readFixture('compile.refuses-message-start-event'), 'ReportReceived', { element: 'ReportReceived', type: 'bpmn:StartEvent', trigger: 'bpmn:MessageEventDefinition', hint: 'acts-and-timers-only' }],
  ['unsupported-element.compensation', diagram('<bpmn:serviceTask id="Undo" isForCompensation="true" icj:action="notify-prosecutor" /><bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />'), 'Undo', { element: 'Undo' }],
  ['unsupported-loop.task', task('', '<bpmn:standardLoopCharacteristics />'), 'T', { task: 'T' }],
  ['unsupported-loop.standard-loop', multiInstance('').replace(/<bpmn:multiInstanceLoopCharacteristics[^>]*><\/bpmn:multiInstanceLoopCharacteristics>/, '<bpmn:standardLoopCharacteristics />'), 'Each', { element: 'Each' }],
  ['user-task-collect', task('icj:collect="all decisions"'), 'T', { task: 'T', collect: 'all decisions' }],
  ['called-process-missing.unknown', readFixture('compile.call-unknown-process'), 'DetainEach', { element: 'DetainEach', process: 'NoSuchProcess' }],
  ['called-process-missing.unnamed', diagram('<bpmn:callActivity id="Call" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Call" /><bpmn:sequenceFlow id="F2" sourceRef="Call" targetRef="End" />'), 'Call', { element: 'Call' }],
  ['multi-instance-collection', multiInstance('icj:elementVariable="suspect"'), 'Each', { element: 'Each' }],
  ['multi-instance-collection.camunda', multiInstance('icj:elementVariable="suspect" camunda:collection="${suspects}"'), 'Each', { element: 'Each' }],
  ['multi-instance-variable.missing', multiInstance('icj:collection="suspects"'), 'Each', { element: 'Each' }],
  ['multi-instance-variable.invalid', multiInstance('icj:collection="suspects" icj:elementVariable="a suspect"'), 'Each', { element: 'Each', variable: 'a suspect' }],
  ['multi-instance-cardinality', multiInstance('icj:collection="suspects" icj:elementVariable="suspect"', '<bpmn:loopCardinality>3</bpmn:loopCardinality>'), 'Each', { element: 'Each' }],
  ['multi-instance-completion', multiInstance('icj:collection="suspects" icj:elementVariable="suspect"', '<bpmn:completionCondition>done</bpmn:completionCondition>'), 'Each', { element: 'Each' }],
  ['feel-syntax.collection', multiInstance('icj:collection="suspects +" icj:elementVariable="suspect"'), 'Each', { element: 'Each', expression: 'suspects +', reason: 'breaks-off', at: 11, near: 'suspects +' }],
  ['boundary-detached.unattached', diagram('<bpmn:boundaryEvent id="Due"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent><bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />'), 'Due', { timer: 'Due' }],
  ['boundary-detached.other-scope', diagram(`<bpmn:subProcess id="Sub"><bpmn:startEvent id="In" /><bpmn:userTask id="Inner" icj:record="release" icj:role="investigator" /><bpmn:endEvent id="Out" />
      <bpmn:sequenceFlow id="G1" sourceRef="In" targetRef="Inner" /><bpmn:sequenceFlow id="G2" sourceRef="Inner" targetRef="Out" /></bpmn:subProcess>
    <bpmn:boundaryEvent id="Due" attachedToRef="Inner"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Sub" /><bpmn:sequenceFlow id="F2" sourceRef="Sub" targetRef="End" /><bpmn:sequenceFlow id="F3" sourceRef="Due" targetRef="End" />`), 'Due', { timer: 'Due', host: 'Inner', scope: 'P' }],
  ['boundary-host', decision('default="A"', '').replace('<bpmn:endEvent id="Other" />', '<bpmn:endEvent id="Other" /><bpmn:boundaryEvent id="Due" attachedToRef="Gate"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent><bpmn:sequenceFlow id="F9" sourceRef="Due" targetRef="End" />'), 'Due', { timer: 'Due', host: 'Gate' }],
  ['timer-attribute-conflict', timer('icj:limit="detention.max"', '').replace('<bpmn:timerEventDefinition>', '<bpmn:timerEventDefinition icj:limit="custody.term">'), 'Due', { timer: 'Due', attribute: 'icj:limit', onEvent: 'detention.max', onDefinition: 'custody.term' }],
  ['feel-syntax.timer', timer('icj:limit="detention.max" icj:anchor="${detainedAt}"'), 'Due', { timer: 'Due', attribute: 'icj:anchor', expression: '${detainedAt}', reason: 'java-el' }],
  ['timer-warn', timer('icj:limit="detention.max" icj:warn="soon"'), 'Due', { timer: 'Due', warn: 'soon' }],
  ['timer-cycle', timer('', '<bpmn:timeCycle>R3/PT1H</bpmn:timeCycle>'), 'Due', { timer: 'Due' }],
  ['timer-ambiguous', timer('', '<bpmn:timeDuration>PT1H</bpmn:timeDuration><bpmn:timeDate>2026-12-01T09:00:00+06:00</bpmn:timeDate>'), 'Due', { timer: 'Due' }],
  ['timer-duration', timer('', '<bpmn:timeDuration>P2M</bpmn:timeDuration>'), 'Due', { timer: 'Due', duration: 'P2M' }],
  ['timer-date', timer('', '<bpmn:timeDate>tomorrow</bpmn:timeDate>'), 'Due', { timer: 'Due', date: 'tomorrow' }],
  ['timer-without-due', readFixture('compile.timer-without-due'), 'Wait', { timer: 'Wait' }],
  ['timer-attribute-unused.without-limit', timer('icj:anchor="detainedAt"', '<bpmn:timeDuration>PT1H</bpmn:timeDuration>'), 'Due', { timer: 'Due', attribute: 'icj:anchor' }],
  ['timer-attribute-unused.with-limit', timer('icj:limit="detention.max" icj:anchor="detainedAt"', '<bpmn:timeDate>2026-12-01T09:00:00+06:00</bpmn:timeDate>'), 'Due', { timer: 'Due', limit: 'detention.max', ignored: 'timeDate' }],
  ['flow-endpoint-missing.source', diagram('<bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" /><bpmn:sequenceFlow id="Lost" targetRef="End" />'), 'Lost', { flow: 'Lost' }],
  ['flow-endpoint-missing.target', readFixture('compile.flow-without-target'), 'Flow_Lost', { flow: 'Flow_Lost' }],
  ['flow-crosses-scope', readFixture('compile.flow-crosses-sub-process'), 'Flow_Shortcut', { flow: 'Flow_Shortcut', source: 'Start', target: 'Inner_Task', scope: 'Procedure' }],
  ['conditional-flow-source', readFixture('compile.conditional-flow-from-task'), 'Flow_Custody', { flow: 'Flow_Custody', source: 'Decide', type: 'bpmn:UserTask', trigger: 'none' }],
  ['default-flow-condition', decision('default="A"', condition('caseId != null')), 'A', { flow: 'A', gateway: 'Gate' }],
  ['default-flow', decision('default="F1"', condition('caseId != null')), 'Gate', { gateway: 'Gate', flow: 'F1' }],
  ['condition-language', decision('default="B"', condition('x &gt; 1', ' language="javascript"')), 'A', { flow: 'A', language: 'javascript' }],
  ['feel-syntax.condition', readFixture('compile.feel-syntax-error'), 'Flow_Bad', { flow: 'Flow_Bad', expression: 'outcome =', reason: 'breaks-off', at: 10, near: 'outcome =' }],
  ['feel-syntax.condition', readFixture('compile.juel-condition'), 'Flow_Juel', { flow: 'Flow_Juel', expression: '${outcome == "custody"}', reason: 'java-el' }],
  ['start-event-required.process', readFixture('compile.no-start-event'), 'Procedure', { scope: 'Procedure' }],
  ['start-event-required.sub-process', multiInstance('icj:collection="suspects" icj:elementVariable="suspect"').replace('<bpmn:startEvent id="In" />', '').replace('<bpmn:sequenceFlow id="G" sourceRef="In" targetRef="Out" />', ''), 'Each', { scope: 'Each' }],
  ['single-start-event.process', readFixture('compile.two-start-events'), 'Start_Again', { scope: 'Procedure', startEvents: ['Start', 'Start_Again'] }],
  ['single-start-event.sub-process', multiInstance('icj:collection="suspects" icj:elementVariable="suspect"').replace('<bpmn:startEvent id="In" />', '<bpmn:startEvent id="In" /><bpmn:startEvent id="In2" /><bpmn:sequenceFlow id="G2" sourceRef="In2" targetRef="Out" />'), 'In2', { scope: 'Each', startEvents: ['In', 'In2'] }],
  ['start-event-incoming', task('').replace('<bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" />', '<bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" /><bpmn:sequenceFlow id="Back" sourceRef="T" targetRef="Start" />'), 'Start', { event: 'Start' }],
  ['boundary-event-incoming', timer('', '<bpmn:timeDuration>PT1H</bpmn:timeDuration>').replace('<bpmn:sequenceFlow id="F3"', '<bpmn:sequenceFlow id="F4" sourceRef="T" targetRef="Due" /><bpmn:sequenceFlow id="F3"'), 'Due', { event: 'Due' }],
  ['end-event-outgoing', task('').replace('<bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" />', '<bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" /><bpmn:sequenceFlow id="On" sourceRef="End" targetRef="T" />'), 'End', { event: 'End' }],
  ['unreachable', readFixture('compile.unreachable'), 'Forgotten', { element: 'Forgotten', start: 'Start' }],
  ['no-dead-end', readFixture('compile.dead-end'), 'Stuck', { element: 'Stuck', type: 'bpmn:UserTask', trigger: 'none' }],
  ['no-dead-end.boundary', readFixture('compile.boundary-without-flow'), 'TooLate', { event: 'TooLate' }],
  ['user-task-record.missing', readFixture('compile.missing-icj-attributes'), 'Interview', { task: 'Interview' }],
  ['timer-limit-exists', readFixture('lint.timer-limit-exists-fails'), 'DetentionLimit', { timer: 'DetentionLimit', limit: 'detention.forever' }],
  ['liberty-timer-limit', readFixture('lint.liberty-timer-limit-fails'), 'FortyEightHours', { timer: 'FortyEightHours', record: 'detention-protocol' }],
  ['timer-anchor', readFixture('lint.timer-anchor-fails'), 'CheckTerm', { timer: 'CheckTerm', limit: 'check.decide', startsAt: 'registration of the report' }],
  ['exclusive-gateway-conditions', readFixture('lint.exclusive-gateway-conditions-fails'), 'Flow_Release', { flow: 'Flow_Release', gateway: 'Outcome' }],
  ['exclusive-gateway-default', readFixture('lint.exclusive-gateway-default-fails'), 'Outcome', { gateway: 'Outcome' }],
  ['condition-variables', readFixture('lint.condition-variables-fails'), 'Flow_Custody', { flow: 'Flow_Custody', name: 'outcome', example: 'measureDecision.outcome' }],
  ['reaches-end', readFixture('lint.reaches-end-fails'), 'RecordVerdict', { element: 'RecordVerdict' }],
];

describe('diagram problem codes: every problem carries its code and the params of its message', () => {
  it('every problem about every fixture has a listed code, under its own rule, with exactly the params the code lists', async () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.bpmn'))) {
      for (const problem of await problemsOf(readFileSync(join(FIXTURES, file), 'utf8'))) {
        assert.equal(shapeError(problem), null, `${file}: ${JSON.stringify(problem)}`);
      }
    }
  });

  for (const [code, xml, elementId, params] of cases) {
    it(`${code}: on ${elementId}, with ${Object.keys(params).join(', ') || 'no params'}`, async () => {
      const found = (await problemsOf(xml)).filter((p) => problemCode(p) === code && p.elementId === elementId);
      assert.ok(found.length > 0, `no ${code} on ${elementId}: ${JSON.stringify(await problemsOf(xml), null, 1).slice(0, 3000)}`);
      for (const problem of found) {
        assert.equal(shapeError(problem), null);
        assert.deepEqual(Object.fromEntries(Object.entries(problem.params).filter(([name]) => name !== 'variant')), params);
      }
    });
  }

  it('the lint rules give the catalogue\'s lists in their params: the record types, roles and actions to choose from', async () => {
    const [record] = (await problemsOf(readFixture('lint.user-task-record-fails'))).filter((p) => problemCode(p) === 'user-task-record.unknown');
    assert.equal(record?.params.record, 'arrest-warrant');
    assert.ok(Array.isArray(record?.params.recordTypes) && record.params.recordTypes.includes('measure-decision'));
    const [role] = (await problemsOf(readFixture('lint.user-task-role-fails'))).filter((p) => problemCode(p) === 'user-task-role.unknown');
    assert.ok(role?.params.role === 'clerk' && Array.isArray(role.params.roles) && role.params.roles.includes('investigator'));
    const [action] = (await problemsOf(readFixture('lint.service-task-action-fails'))).filter((p) => problemCode(p) === 'service-task-action.unknown');
    assert.ok(action?.params.action === 'send-sms' && Array.isArray(action.params.actions) && action.params.actions.includes('notify-prosecutor'));
    const missing = (await lintProcedure(readFixture('compile.missing-icj-attributes'))).map((p) => [problemCode(p), Object.keys(p.params).sort()]);
    assert.deepEqual(missing, [
      ['user-task-record.missing', ['task', 'variant']], ['user-task-role.missing', ['roles', 'task', 'variant']], ['service-task-action.missing', ['actions', 'task', 'variant']],
    ]);
  });

  it('a lint rule that throws is reported as lint-rule-failed, naming the rule', async () => {
    const kept = icjRules['reaches-end'];
    const { error } = console;
    icjRules['reaches-end'] = { ...kept, factory: () => ({ check: () => { throw new Error('boom'); } }) };
    console.error = () => {}; // bpmnlint logs the failure
    try {
      const failed = (await lintProcedure(readFixture('compile.detention'))).filter((p) => p.rule === 'lint-rule-failed');
      assert.ok(failed.length > 0);
      assert.deepEqual(failed[0].params, { lintRule: 'icj/reaches-end', error: 'boom' });
      assert.match(failed[0].message, /^The lint rule icj\/reaches-end failed: boom/);
    } finally {
      icjRules['reaches-end'] = kept;
      console.error = error;
    }
  });

  it('every listed code is given somewhere: by the reader, the compiler, a lint rule or the deployment check', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && e.name !== 'problem-codes.ts' ? [join(dir, e.name)] : []);
    const source = [...files(join(ROOT, 'bpmn')), join(ROOT, 'domain', 'procedures.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = CODES.filter((code) => !source.includes(`'${code}'`));
    assert.deepEqual(unused, []);
  });

  it('each lint rule reports only codes of its own rule, and every rule has a code', () => {
    for (const rule of Object.keys(icjRules)) {
      const text = readFileSync(join(ROOT, 'bpmn', 'lint', 'rules', `${rule}.ts`), 'utf8');
      const codes = [...text.matchAll(/reportProblem\(reporter, [^,]+, '([^']+)'/g)].map((m) => m[1]!);
      assert.ok(codes.length > 0, `${rule} reports through reportProblem`);
      assert.doesNotMatch(text, /reporter\.report\(/, `${rule} reports every problem with its params`);
      for (const code of codes) {
        assert.ok(code in DIAGRAM_PROBLEM_CODES, `${rule}: ${code} is listed`);
        assert.equal(code.split('.')[0], rule, `${rule} reports ${code}`);
      }
    }
  });

  it('the English messages stay as they were: the params are beside them, not in place of them', async () => {
    const [anchor] = (await problemsOf(readFixture('lint.timer-anchor-fails'))).filter((p) => p.rule === 'timer-anchor');
    assert.equal(anchor?.message, 'Timer CheckTerm has no icj:anchor, so check.decide is counted from the moment the procedure reaches it; the law counts it from: registration of the report.');
  });
});
