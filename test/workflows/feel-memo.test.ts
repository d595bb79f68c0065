import assert from 'node:assert/strict';
import { evaluate } from 'feelin';
import { evalFeel, namesRead } from '../../workflows/engine/feel';

/**
 * The engine gives feelin only the variables an expression reads and keeps the last values by
 * expression and those variables (workflows/engine/feel.ts). Over the shipped diagram's
 * expressions and contexts that differ in what they read, every value is feelin's over the whole
 * context, the first time and again, and a caller changing a value it got changes nothing after.
 */
describe('FEEL values kept by the variables read agree with feelin', () => {
  const expressions = [
    '"P" + string(measureDecisions[-1].termMonths) + "M"', 'caseDecisions[1].decidedAt', 'checkDecision.decision = "refuse-to-open"',
    'count(detained) > 0', 'count(probationReports) >= probationRegistration.supervisionMonths * 2',
    'count(probationReports[attendance = "missed-unexcused"]) >= 2', 'courtDecisions[-1].receivedAt',
    'for e in custodyExtensions[outcome = "extended"] return "P" + string(e.extendedByMonths) + "M"',
    'for e in investigationExtensions[outcome = "extended"] return {by: "P" + string(e.extendedByMonths) + "M", authority: e.authority}',
    'get value(deadlines, "custody.term")', 'if verdict.inCustody and verdict.copyReceivedAt != null then verdict.copyReceivedAt else verdict.pronouncedAt',
    'person.isChild = true', 'verdict.outcome = "conviction" and verdict.probationMonths > 0', 'measureDecision.outcome = "custody"',
    'date and time(person.detainedAt) + duration("PT48H")', 'string length("gravity") + count(detained)',
  ];
  const base = {
    gravity: 'grave', detained: [{ personId: 'p1' }], person: { detainedAt: '2026-11-27T23:30:00.000Z', isChild: false },
    measureDecisions: [{ termMonths: 2 }], caseDecisions: [{ decidedAt: '2026-11-28T10:00:00.000Z' }],
    courtDecisions: [{ receivedAt: '2026-11-29T10:00:00.000Z' }], checkDecision: { decision: 'refuse-to-open' },
    probationReports: [{ attendance: 'missed-unexcused' }, { attendance: 'attended' }], probationRegistration: { supervisionMonths: 1 },
    custodyExtensions: [{ outcome: 'extended', extendedByMonths: 1 }, { outcome: 'refused' }],
    investigationExtensions: [{ outcome: 'extended', extendedByMonths: 2, authority: 'regional-prosecutor' }],
    deadlines: { 'custody.term': '2027-01-28T23:30:00.000Z' }, measureDecision: { outcome: 'custody' },
    verdict: { outcome: 'conviction', probationMonths: 6, inCustody: true, copyReceivedAt: null, pronouncedAt: '2027-03-01T09:00:00.000Z' },
  };
  const contexts: Array<Record<string, unknown>> = [
    base,
    { ...base, measureDecisions: [{ termMonths: 2 }, { termMonths: 3 }], custodyExtensions: [], detained: [] },
    { ...base, person: { detainedAt: '2026-02-28T23:30:00.000Z', isChild: true }, verdict: { ...base.verdict, copyReceivedAt: '2027-03-02T09:00:00.000Z' } },
    { gravity: null },
    {},
  ];
  const feelin = (expression: string, vars: Record<string, unknown>) => {
    try {
      return evaluate(expression, vars as Record<string, never>).value;
    } catch {
      return 'feelin threw';
    }
  };
  const ours = (expression: string, vars: Record<string, unknown>) => {
    try {
      return evalFeel(expression, vars);
    } catch {
      return 'feelin threw';
    }
  };

  it('gives feelin\'s value over the whole context, the first time and again, in any order', () => {
    for (let round = 0; round < 3; round++) {
      for (const [i, vars] of (round === 1 ? [...contexts].reverse() : contexts).entries()) {
        for (const expression of expressions) {
          const expected = feelin(expression, vars);
          if (typeof expected === 'object' && expected !== null && !Array.isArray(expected) && Object.getPrototypeOf(expected) !== Object.prototype) {
            // A FEEL date and time: compared by its text.
            assert.equal(String(ours(expression, vars)), String(expected), `${expression} over context ${i + 1}`);
            continue;
          }
          assert.deepEqual(ours(expression, vars), expected, `${expression} over context ${i + 1}, round ${round + 1}`);
        }
      }
    }
  });

  it('a list or context it answered can be changed by its caller without changing the next answer', () => {
    const expression = 'for e in custodyExtensions[outcome = "extended"] return "P" + string(e.extendedByMonths) + "M"';
    const first = evalFeel(expression, base) as string[];
    assert.deepEqual(first, ['P1M']);
    first.push('P9M');
    assert.deepEqual(evalFeel(expression, base), ['P1M']);
  });

  it('reads the names outside string literals and paths, and gives up on the clock and quoted names', () => {
    assert.deepEqual(namesRead('"P" + string(measureDecisions[-1].termMonths) + "M"'), ['string', 'measureDecisions']);
    assert.deepEqual(namesRead('get value(deadlines, "custody.term")'), ['get', 'value', 'deadlines']);
    assert.deepEqual(namesRead('checkDecision.decision = "refuse \\" to-open"'), ['checkDecision']);
    assert.equal(namesRead('now() > person.detainedAt'), null);
    assert.equal(namesRead('today()'), null);
    assert.equal(namesRead('`odd name` + 1'), null);
    assert.equal(namesRead('a? + 1'), null);
  });
});
