import assert from 'node:assert/strict';
import { fieldErrorMessage } from '../../ui/src/form/field-error-message';
import { LANGS } from '../../ui/src/i18n/lang';
import { validateRecord } from '../../law/record-schemas';

describe('ui field error messages (server code + params in the UI language)', () => {
  it('translates required', () => {
    const e = { path: '/termMonths', message: 'is required', code: 'required' };
    assert.equal(fieldErrorMessage(e, 'ru'), 'обязательное поле');
    assert.equal(fieldErrorMessage(e, 'en'), 'is required');
  });

  it('lists the allowed values of an enum with their localized labels', () => {
    const e = {
      path: '/outcome',
      message: 'must be one of: custody, other-measure, refused',
      code: 'enum',
      params: { allowedValues: ['custody', 'other-measure', 'refused'] },
    };
    assert.equal(
      fieldErrorMessage(e, 'ru'),
      'допустимые значения: заключение под стражу, иная мера пресечения, в избрании меры отказано',
    );
    assert.equal(fieldErrorMessage(e, 'en'), 'must be one of: custody, other preventive measure, refused');
  });

  it('shows an enum value that has no label as it is', () => {
    const e = { path: '/x', message: 'must be one of: custody, X-1', code: 'enum', params: { allowedValues: ['custody', 'X-1'] } };
    assert.equal(fieldErrorMessage(e, 'en'), 'must be one of: custody, X-1');
  });

  it('puts the limit of maxLength into the message', () => {
    const e = { path: '/court', message: 'must NOT have more than 200 characters', code: 'maxLength', params: { limit: 200 } };
    assert.equal(fieldErrorMessage(e, 'ru'), 'число символов — не более 200');
    assert.equal(fieldErrorMessage(e, 'en'), 'must be at most 200 characters long');
  });

  it('names the expected format of a date-time in words', () => {
    const e = { path: '/decidedAt', message: 'must match format "date-time"', code: 'format', params: { format: 'date-time' } };
    assert.equal(fieldErrorMessage(e, 'ru'), 'неверный формат, ожидается: дата и время');
    assert.equal(fieldErrorMessage(e, 'en'), 'must be a valid date and time');
  });

  it('translates the rule future', () => {
    const e = { path: '/receivedAt', message: 'cannot be in the future', code: 'future' };
    assert.equal(fieldErrorMessage(e, 'ru'), 'не может быть в будущем');
    assert.equal(fieldErrorMessage(e, 'en'), 'cannot be in the future');
  });

  it('names the expected type in words', () => {
    const e = { path: '/termMonths', message: 'must be integer', code: 'type', params: { type: 'integer' } };
    assert.equal(fieldErrorMessage(e, 'ru'), 'неверный тип значения, ожидается: целое число');
    assert.equal(fieldErrorMessage(e, 'en'), 'must be a whole number');
  });

  it('falls back to the server message for an unknown code, a missing code, or a missing parameter', () => {
    const unknown = { path: '/x', message: 'must be multiple of 5', code: 'multipleOf', params: { multipleOf: 5 } };
    assert.equal(fieldErrorMessage(unknown, 'ru'), 'must be multiple of 5');
    assert.equal(fieldErrorMessage(unknown, 'en'), 'must be multiple of 5');
    assert.equal(fieldErrorMessage({ path: '/x', message: 'is required' }, 'ru'), 'is required', 'older server without code');
    const noLimit = { path: '/court', message: 'too long', code: 'maxLength' };
    assert.equal(fieldErrorMessage(noLimit, 'ru'), 'too long');
    const inherited = { path: '/x', message: 'odd', code: 'constructor' };
    assert.equal(fieldErrorMessage(inherited, 'en'), 'odd');
  });

  it('has a translation for every code the server sends, in every language', () => {
    const samples = [
      { code: 'required' },
      { code: 'additionalProperties' },
      { code: 'enum', params: { allowedValues: ['male', 'female'] } },
      { code: 'format', params: { format: 'date' } },
      { code: 'pattern', params: { pattern: '^[A-Z0-9-]{3,30}$' } },
      { code: 'minLength', params: { limit: 3 } },
      { code: 'maxLength', params: { limit: 200 } },
      { code: 'minimum', params: { comparison: '>=', limit: 1 } },
      { code: 'maximum', params: { comparison: '<=', limit: 2 } },
      { code: 'type', params: { type: 'string' } },
      { code: 'minItems', params: { limit: 1 } },
      { code: 'maxItems', params: { limit: 20 } },
      { code: 'const', params: { allowedValue: true } },
      { code: 'future' },
      { code: 'beforeBirth' },
      { code: 'notDetained' },
    ];
    for (const lang of LANGS) {
      for (const s of samples) {
        const text = fieldErrorMessage({ path: '/x', message: 'SERVER', ...s }, lang);
        assert.notEqual(text, 'SERVER', `${lang} ${s.code}`);
        assert.doesNotMatch(text, /[{}]/, `${lang} ${s.code}: ${text}`);
      }
    }
  });

  it('translates what the server\'s validator really reports for bad records', () => {
    const errors = [
      ...validateRecord('measure-decision', { decidedAt: 'yesterday', court: 'X', outcome: 'custody', extra: 1 }),
      ...validateRecord('measure-decision', { decidedAt: '2026-11-26T14:05:00+06:00', court: 'C'.repeat(201), outcome: 'jail', termMonths: 1.5 }),
      ...validateRecord('release', { certificateNumber: 'no good' }),
    ];
    const codes = new Set(errors.map((e) => e.code));
    for (const code of ['required', 'additionalProperties', 'format', 'minLength', 'maxLength', 'enum', 'type', 'pattern']) {
      assert.ok(codes.has(code), `validator reported ${code}: ${JSON.stringify(errors)}`);
    }
    for (const e of errors) {
      const ru = fieldErrorMessage(e, 'ru');
      assert.notEqual(ru, e.message, `${e.code} ${JSON.stringify(e.params)}`);
      assert.doesNotMatch(ru, /[{}]|[a-z]{3}/, `${e.code}: ${ru}`);
    }
  });
});
