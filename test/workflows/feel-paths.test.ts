import assert from 'node:assert/strict';
import { evaluate } from 'feelin';
import { evalFeel, NOT_PLAIN, plainPathScalar } from '../../workflows/engine/feel';

/**
 * The engine reads plain paths (`person.detainedAt`, `gravity`) directly instead of through
 * feelin (workflows/engine/feel.ts): on every path and context here both give the same value, and
 * whatever the direct read does not take (lists, contexts, keywords, functions) goes to feelin.
 */
describe('FEEL plain paths read directly agree with feelin', () => {
  const contexts: Array<Record<string, unknown>> = [
    { gravity: 'grave', person: { detainedAt: '2026-11-27T23:30:00.000Z', isChild: true, ageBand: '14-15' }, count: 3 },
    { gravity: null, person: { detainedAt: null, isChild: false }, zero: 0, empty: '', nested: { a: { b: { c: 'deep' } } } },
    { person: null, list: [{ a: 1 }, { a: 2 }], ctx: { a: { b: 1 } }, text: 'abc', n: -2.5, flag: false },
    { person: {}, undef: undefined, date: '2026-02-28', measureDecisions: [{ termMonths: 2 }] },
    {},
  ];
  const expressions = [
    'gravity', 'person.detainedAt', 'person.isChild', 'person.ageBand', 'person.missing', 'person.detainedAt.year',
    'count', 'zero', 'empty', 'nested.a.b.c', 'nested.a.x.c', 'nested.a', 'list', 'list.a', 'ctx.a.b', 'ctx.a',
    'text', 'text.length', 'n', 'flag', 'undef', 'date', 'measureDecisions', 'missing', 'missing.x', 'true', 'false',
    'null', 'not', 'now', 'today', ' gravity ', 'person . isChild', 'gravity = "grave"', 'count(list)', 'measureDecisions[-1].termMonths',
  ];

  for (const [i, vars] of contexts.entries()) {
    it(`context ${i + 1}: every expression gives feelin's value`, () => {
      let direct = 0;
      for (const expression of expressions) {
        let expected: unknown;
        try {
          expected = evaluate(expression, vars as Record<string, never>).value;
        } catch {
          expected = 'feelin threw';
        }
        let actual: unknown;
        try {
          actual = evalFeel(expression, vars);
        } catch {
          actual = 'feelin threw';
        }
        if (typeof expected === 'function') {
          assert.equal(typeof actual, 'function', expression);
          continue;
        }
        assert.deepEqual(actual, expected, `${expression} over ${JSON.stringify(vars)}`);
        if (plainPathScalar(expression, vars) !== NOT_PLAIN) direct++;
      }
      if (Object.keys(vars).length > 0) assert.ok(direct >= 3, `${direct} read directly`);
    });
  }

  it('leaves keywords, built-in names, lists and contexts to feelin', () => {
    const vars = { gravity: 'grave', list: [1], ctx: { a: 1 }, true: 'shadowed' };
    for (const expression of ['true', 'now', 'list', 'ctx', 'gravity = "grave"', 'count(list)', 'ctx.a.b.c.d e']) {
      assert.equal(plainPathScalar(expression, vars), NOT_PLAIN, expression);
    }
    assert.equal(plainPathScalar('gravity', vars), 'grave');
    assert.equal(plainPathScalar('ctx.a', vars), 1);
  });
});
