import assert from 'node:assert/strict';
import { icjRules } from '../../bpmn/lint/icj-rules';
import { DIAGRAM_PROBLEM_CODES, codedParams, type DiagramProblemCode, type ParamsOf } from '../../bpmn/problem-codes';
import type { DiagramProblem } from '../../bpmn/procedure-model';
import { rulebookData } from '../../law/rulebook-data';
import { diagramProblemTexts } from '../../ui/src/i18n/diagram-problems/diagram-problem-texts';
import { LANGS } from '../../ui/src/i18n/lang';
import { diagramProblemMessage } from '../../ui/src/procedures/diagram-problem-message';

/** Every code the reader, the compiler, the lint rules and the deployment check give, from bpmn/problem-codes.ts. */
const CODES = Object.keys(DIAGRAM_PROBLEM_CODES) as DiagramProblemCode[];
const ENGLISH = 'The English message of the server';

/** A value for each param name a code lists: ids and attribute values as a diagram would have them. */
const SAMPLE: Record<string, string | number | string[]> = {
  megabytes: 2, error: 'unexpected end of input', element: 'Task_7', attribute: 'zeebe:colour', vocabulary: 'zeebe',
  reference: 'Nowhere', warning: 'unparsable content', count: 2, processes: ['Inquiry', 'Investigation'], process: 'Inquiry',
  flow: 'Flow_1', type: 'bpmn:UserTask', trigger: 'bpmn:MessageEventDefinition', settings: ['zeebe:taskDefinition'],
  scope: 'Procedure', hint: 'service-task', task: 'RecordDecision', collect: 'all decisions', variable: 'a suspect',
  timer: 'DetentionLimit', host: 'Outcome', onEvent: 'custody.cap', onDefinition: 'custody.term', warn: 'soon', duration: 'P2M',
  date: 'tomorrow', limit: 'detention.max', ignored: 'timeDate', source: 'Decide', target: 'Released', gateway: 'Outcome',
  language: 'javascript', expression: 'verdict +', reason: 'breaks-off', at: 10, near: 'verdict +', startEvents: ['Start', 'Start_Again'],
  event: 'TooLate', start: 'Start', roles: ['officer', 'supervisor'], actions: ['notify-prosecutor', 'notify-family'],
  record: 'arrest-warrant', recordTypes: ['measure-decision', 'release'], role: 'investigator', action: 'send-sms',
  startsAt: 'registration of the report', name: 'verdictOutcome', example: 'measureDecision.outcome', lintRule: 'icj/reaches-end', key: 'OtherKey',
};

/** A problem with `code` as the server sends it, with sample params: all it lists, or only those it always carries. */
function sampleProblem(code: DiagramProblemCode, only: 'all' | 'required' = 'all'): DiagramProblem {
  const names = (DIAGRAM_PROBLEM_CODES[code] as readonly string[]).filter((n) => only === 'all' || !n.endsWith('?')).map((n) => n.replace(/\?$/, ''));
  const given = Object.fromEntries(names.map((n) => {
    assert.ok(n in SAMPLE, `a sample value for the param ${n} of ${code}`);
    return [n, SAMPLE[n]!];
  }));
  const { rule, params } = codedParams(code, given as ParamsOf<typeof code>);
  return { elementId: 'X', rule, message: ENGLISH, params };
}

/** The Latin-script words a Russian or Kyrgyz text may contain: codes (icj: attributes, BPMN and ISO 8601 names, example values). */
const CODE_WORDS = [
  /^(icj|camunda|bpmn):\w+$/, /^(FEEL|BPMN|DOCTYPE|ENTITY|Camunda|isExecutable|true|calledElement|timeCycle|timeDuration|timeDate)$/,
  /^P(T?\d+[HMDW])+$/, /^T\d\d:\d\d:\d\d$/, /^(suspects?|measure-decision|detention\.max|notify-prosecutor|outcome|custody)$/,
];
const latinWords = (text: string) => [...text.replace(/\{\w+\}/g, ' ').matchAll(/[A-Za-z](?:[A-Za-z0-9_:.-]*[A-Za-z0-9])?/g)].map((m) => m[0]);
const nonCodeWords = (text: string) => latinWords(text).filter((w) => !CODE_WORDS.some((code) => code.test(w)));
const allTemplates = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(allTemplates) : value && typeof value === 'object' ? Object.values(value).flatMap(allTemplates) : [];

describe('ui diagramProblemMessage (a lint or compile problem in the UI language, chosen by its code)', () => {
  it('the codes cover every lint rule: each rule of icjRules gives at least one code of its own', () => {
    for (const rule of Object.keys(icjRules)) assert.ok(CODES.some((c) => c.split('.')[0] === rule), `a code of ${rule}`);
  });

  it(`has a text of its own for every code (${CODES.length}) in every language, with all its params and with only those it always carries`, () => {
    for (const code of CODES) {
      for (const only of ['all', 'required'] as const) {
        const texts = LANGS.map((lang) => diagramProblemMessage(sampleProblem(code, only), lang));
        for (const [i, text] of texts.entries()) {
          assert.notEqual(text, ENGLISH, `${code} (${only} params) in ${LANGS[i]} falls back to the server's message`);
          assert.doesNotMatch(text, /[{}]/, `${code} in ${LANGS[i]}: ${text}`);
        }
        assert.equal(new Set(texts).size, 3, `${code}: ru, ky and en differ (${texts.join(' | ')})`);
      }
    }
  });

  it('gives each code its own Russian text', () => {
    const ru = CODES.map((code) => diagramProblemMessage(sampleProblem(code), 'ru'));
    assert.equal(new Set(ru).size, CODES.length);
  });

  it('writes no Latin-script word in the Russian and Kyrgyz texts but codes: not in the texts, the element kinds, the advice or the FEEL reasons', () => {
    for (const lang of ['ru', 'ky'] as const) {
      for (const template of allTemplates(diagramProblemTexts[lang])) {
        assert.deepEqual(nonCodeWords(template), [], `${lang}: ${template}`);
      }
    }
  });

  it('shows no Latin-script word in a Russian or Kyrgyz problem but the ids and values of its params and codes: kinds, advice and reasons are in words', () => {
    // the ids and values the params carry (numbers are no words)
    const values = Object.values(SAMPLE).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])).sort((a, b) => b.length - a.length);
    const hints = Object.keys(diagramProblemTexts.en.hints);
    const triggers = [...Object.keys(diagramProblemTexts.en.triggers).filter((t) => t !== 'other'), 'none'];
    const types = Object.keys(diagramProblemTexts.en.types);
    const problems = [
      ...CODES.map((code) => sampleProblem(code)),
      ...hints.map((hint) => ({ ...sampleProblem('unsupported-element'), params: { ...SAMPLE, hint } })),
      ...triggers.flatMap((trigger) => types.map((type) => ({ ...sampleProblem('no-dead-end'), params: { element: 'Task_7', type, trigger } }))),
      ...(['empty', 'java-el', 'invalid'] as const).map((reason) => ({ ...sampleProblem('feel-syntax.condition', 'required'), params: { ...sampleProblem('feel-syntax.condition', 'required').params, reason, error: 'boom' } })),
    ];
    for (const lang of ['ru', 'ky'] as const) {
      for (const problem of problems) {
        const text = values.reduce((t, v) => t.split(v).join(' '), diagramProblemMessage(problem, lang, rulebookData)).replace('boom', '');
        assert.deepEqual(nonCodeWords(text), [], `${lang}: ${diagramProblemMessage(problem, lang, rulebookData)}`);
      }
    }
  });

  it('tells the timer without an anchor in Russian, the limit by its rulebook title', () => {
    const problem: DiagramProblem = {
      elementId: 'CheckTerm', rule: 'timer-anchor', params: { timer: 'CheckTerm', limit: 'check.decide', startsAt: 'registration of the report' },
      message: 'Timer CheckTerm has no icj:anchor, so check.decide is counted from the moment the procedure reaches it; the law counts it from: registration of the report.',
    };
    assert.equal(diagramProblemMessage(problem, 'ru', rulebookData),
      'У таймера CheckTerm нет icj:anchor, поэтому срок «Решение по итогам доследственной проверки» (check.decide) отсчитывается с момента, когда процедура дойдёт до таймера, а не с того события, с которого его отсчитывает закон; укажите начало отсчёта в icj:anchor.');
    // while the rulebook loads, the limit's short message names it
    assert.match(diagramProblemMessage(problem, 'ru'), /срок «Доследственная проверка» \(check\.decide\) отсчитывается/);
    assert.equal(diagramProblemMessage(problem, 'en', rulebookData),
      'Timer CheckTerm has no icj:anchor, so the term “Decision after the pre-investigation check” (check.decide) is counted from the moment the procedure reaches it; the law counts it from: registration of the report.');
  });

  it('names the kind of an element and what to draw instead in words, and the lint rule\'s dead end without a kind', () => {
    const script: DiagramProblem = { elementId: 'Task_7', rule: 'unsupported-element', message: ENGLISH, params: { element: 'Task_7', type: 'bpmn:ScriptTask', trigger: 'none', hint: 'service-task' } };
    assert.equal(diagramProblemMessage(script, 'ru'), 'Элемент Task_7 (задача-скрипт) движок процедур исполнить не может: используйте сервисную задачу с icj:action.');
    const start: DiagramProblem = { ...script, params: { element: 'Start_1', type: 'bpmn:StartEvent', trigger: 'bpmn:MessageEventDefinition', hint: 'acts-and-timers-only' } };
    assert.match(diagramProblemMessage(start, 'ru'), /^Элемент Start_1 \(стартовое событие с триггером «сообщение»\) движок процедур исполнить не может: движок реагирует только/);
    assert.match(diagramProblemMessage(start, 'ky'), /^Start_1 элементин \(«билдирүү» триггери бар баштоо окуясы\) процедураларды аткаруу системасы аткара албайт:/);
    const compiled: DiagramProblem = { elementId: 'Stuck', rule: 'no-dead-end', message: ENGLISH, params: { element: 'Stuck', type: 'bpmn:UserTask', trigger: 'none' } };
    assert.equal(diagramProblemMessage(compiled, 'ky'), 'Stuck элементинен (колдонуучунун тапшырмасы) чыгуучу агым жок: процедура аяктоо окуясына жетпей ушул жерде токтоп калат.');
    assert.equal(diagramProblemMessage({ ...compiled, params: { element: 'Stuck' } }, 'ru'), 'У элемента Stuck нет исходящего потока: дело, дошедшее до него, остановится, не дойдя до конечного события.');
  });

  it('says why FEEL does not read, and lists what to choose from', () => {
    const feel: DiagramProblem = { elementId: 'Flow_Bad', rule: 'feel-syntax', message: ENGLISH, params: { flow: 'Flow_Bad', expression: 'outcome =', reason: 'breaks-off', at: 10, near: 'outcome =', variant: 'condition' } };
    assert.equal(diagramProblemMessage(feel, 'ru'), 'Поток Flow_Bad: условие «outcome =» не читается: это не выражение FEEL: оно обрывается на символе 10 (около «outcome =»).');
    const record: DiagramProblem = { elementId: 'RecordWarrant', rule: 'user-task-record', message: ENGLISH, params: { task: 'RecordWarrant', record: 'arrest-warrant', recordTypes: ['measure-decision', 'release'], variant: 'unknown' } };
    assert.equal(diagramProblemMessage(record, 'ru'), 'Пользовательская задача RecordWarrant создаёт запись типа «arrest-warrant», но схемы такой записи нет; используйте один из типов: measure-decision, release.');
    const role: DiagramProblem = { elementId: 'Interview', rule: 'user-task-role', message: ENGLISH, params: { task: 'Interview', variant: 'missing' } };
    assert.equal(diagramProblemMessage(role, 'ky'), 'Interview колдонуучу тапшырмасы аны кайсы рол аткарарын көрсөтпөйт (icj:role).');
  });

  it('falls back to the server\'s English message only for a code it does not know, or a problem without the params its text needs', () => {
    const unknown: DiagramProblem = { elementId: 'X', rule: 'some-new-rule', message: ENGLISH, params: { element: 'X' } };
    assert.equal(diagramProblemMessage(unknown, 'ru'), ENGLISH);
    // a warning stored before problems carried params
    assert.equal(diagramProblemMessage({ elementId: 'Stuck', rule: 'no-dead-end', message: ENGLISH, params: {} }, 'ru'), ENGLISH);
    assert.equal(diagramProblemMessage({ elementId: 'T', rule: 'user-task-record', message: ENGLISH }, 'ru'), ENGLISH);
    // advice the UI has no words for
    assert.equal(diagramProblemMessage({ ...sampleProblem('unsupported-element'), params: { ...sampleProblem('unsupported-element').params, hint: 'a-new-hint' } }, 'ru'), ENGLISH);
    // a code that needs no params
    assert.equal(diagramProblemMessage({ elementId: 'definitions', rule: 'xml-doctype', message: ENGLISH, params: {} }, 'ru').startsWith('Файл содержит объявление DOCTYPE'), true);
  });
});
