import assert from 'node:assert/strict';
import { problemMessage } from '../../ui/src/api/problem-message';
import type { Problem } from '../../ui/src/api/problem';
import { LANGS } from '../../ui/src/i18n/lang';

/** Every stable `code` the API puts on a problem+json answer. */
const SERVER_CODES = [
  'not-found', 'sign-in-first', 'wrong-credentials', 'too-many-attempts', 'role-not-allowed', 'task-not-open',
  'claimed-by-another', 'record-not-confirmed', 'invalid-input', 'case-invariant', 'record-unstorable', 'legal-staff-only',
  'board-supervisors-only', 'supervisors-only', 'already-acknowledged', 'procedure-not-deployed', 'diagram-required',
  'malformed-json', 'payload-too-large', 'bad-request', 'internal-error', 'role-cannot-register',
  'supervisor-corrects-clock', 'role-cannot-correct', 'role-cannot-add-participant', 'register-investigative-unit',
  'cannot-assign-task', 'task-not-claimed', 'not-assignable', 'no-release-task', 'no-open-task', 'release-already-ordered',
  'supervisors-order-release',
  'administrators-only', 'username-taken', 'unit-code-taken', 'last-admin',
] as const;

const ENGLISH_DETAIL = 'English detail from the server';
const problem = (code: string | undefined, params?: Record<string, unknown>): Problem => ({
  title: 'English title', status: 409, detail: ENGLISH_DETAIL, ...(code ? { code } : {}), ...(params ? { params } : {}),
});

describe('ui problemMessage (a failed request in the UI language, chosen by its code)', () => {
  it('has a text of its own for every code the server sends, in every language, even without the params', () => {
    for (const code of SERVER_CODES) {
      const texts = LANGS.map((lang) => problemMessage(problem(code), lang));
      for (const [i, text] of texts.entries()) {
        assert.notEqual(text, ENGLISH_DETAIL, `${code} in ${LANGS[i]} falls back to the server's detail`);
        assert.ok(text.length > 0 && !text.includes('{'), `${code} in ${LANGS[i]}: ${text}`);
      }
      assert.equal(new Set(texts).size, 3, `${code}: ru, ky and en differ (${texts.join(' | ')})`);
    }
  });

  it('writes no Latin letter in the Russian and Kyrgyz texts', () => {
    for (const code of SERVER_CODES) {
      for (const lang of ['ru', 'ky'] as const) {
        const text = problemMessage(problem(code), lang);
        assert.doesNotMatch(text.replace('(BPMN)', ''), /[A-Za-z]/, `${code} in ${lang}: ${text}`);
      }
    }
  });

  it('gives each code its own text: no two codes say the same', () => {
    const ru = SERVER_CODES.map((code) => problemMessage(problem(code), 'ru'));
    assert.equal(new Set(ru).size, SERVER_CODES.length);
  });

  it('names the role that performs a task and the status of a closed task by their labels', () => {
    assert.equal(problemMessage(problem('role-not-allowed', { role: 'head-of-unit' }), 'ru'), 'Эту задачу выполняет роль «начальник следственного подразделения».');
    assert.equal(problemMessage(problem('role-not-allowed', { role: 'investigating-judge' }), 'en'), 'This task is performed by the role “investigating judge”.');
    assert.equal(problemMessage(problem('task-not-open', { status: 'completed' }), 'ru'), 'Задача уже закрыта (выполнена) и не может быть выполнена.');
    assert.equal(problemMessage(problem('task-not-open', { status: 'cancelled' }), 'ky'), 'Тапшырма жабылган (жокко чыгарылды), аны аткарууга болбойт.');
    // the workflow's own refusal carries no status: the text says so without it
    assert.equal(problemMessage(problem('task-not-open'), 'ru'), 'Задача уже закрыта и не может быть выполнена.');
  });

  it('says how long to wait after too many sign-in attempts in whole minutes, rounded up', () => {
    assert.equal(problemMessage(problem('too-many-attempts', { retryAfterSeconds: 125 }), 'ru'), 'Слишком много неудачных попыток входа. Повторите через 3 мин.');
    assert.equal(problemMessage(problem('too-many-attempts', { retryAfterSeconds: 1 }), 'en'), 'Too many failed sign-in attempts. Try again in 1 min.');
    assert.equal(problemMessage(problem('too-many-attempts'), 'en'), 'Too many failed sign-in attempts. Try again later.');
  });

  it('shows any instant among the params in Bishkek time, never as the UTC ISO string', () => {
    // no code quotes an instant yet; a param that is one is formatted whatever the code
    const text = problemMessage(problem('procedure-not-deployed', { key: '2026-11-28T17:30:00.000Z' }), 'en');
    assert.equal(text, 'No version of the procedure 28.11.2026 23:30 is deployed.');
  });

  it('falls back to the server\'s detail only for an unknown code or none, and says "network" when the server was not reached', () => {
    assert.equal(problemMessage(problem('some-new-code'), 'ru'), ENGLISH_DETAIL);
    assert.equal(problemMessage(problem(undefined), 'ru'), ENGLISH_DETAIL);
    assert.equal(problemMessage({ title: 'Conflict', status: 409 }, 'ru'), 'Ошибка 409: Conflict');
    assert.equal(problemMessage({ title: 'Network error', status: 0, code: 'not-found' }, 'ru'), 'Сервер недоступен. Проверьте соединение и повторите попытку.');
  });
});
