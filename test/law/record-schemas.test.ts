import assert from 'node:assert/strict';
import { recordSchema, recordTypes, validateRecord } from '../../law/record-schemas';

describe('record schemas', () => {
  it('every schema carries a title in ru, ky and en for the form generator', () => {
    for (const type of recordTypes) {
      const i18n = recordSchema(type)['x-i18n'] as Record<string, string>;
      assert.deepEqual(Object.keys(i18n).sort(), ['en', 'ky', 'ru'], type);
    }
  });

  it('a custody decision requires its term; another measure requires the measure', () => {
    const base = { decidedAt: '2026-11-26T10:00:00+06:00', court: 'Synthetic District Court' };
    assert.deepEqual(validateRecord('measure-decision', { ...base, outcome: 'custody', termMonths: 2 }), []);
    assert.deepEqual(validateRecord('measure-decision', { ...base, outcome: 'custody' }), [{ path: '/termMonths', message: 'is required', code: 'required' }]);
    assert.deepEqual(validateRecord('measure-decision', { ...base, outcome: 'other-measure' }), [{ path: '/measure', message: 'is required', code: 'required' }]);
    // CPC KR 115(1): one custody order runs up to 2 months.
    assert.equal(validateRecord('measure-decision', { ...base, outcome: 'custody', termMonths: 3 })[0].path, '/termMonths');
  });

  it('a detained suspect needs the moment of actual detention; unknown fields are refused', () => {
    const errors = validateRecord('report-registration', {
      receivedAt: '2026-11-26T10:00:00+06:00', source: 'written-statement', summary: 'Synthetic report text', crimeArticle: 'CC 205(1)',
      gravity: 'less-grave', region: 'bishkek', nickname: 'x',
      suspects: [{ lastName: 'Testov', firstName: 'Asan', birthDate: '1990-01-01', sex: 'male', detained: true }],
    });
    assert.deepEqual(errors, [
      { path: '/nickname', message: 'is not a field of this record', code: 'additionalProperties' },
      { path: '/suspects/0/detainedAt', message: 'is required', code: 'required' },
    ]);
  });

  it('instants must carry a time zone', () => {
    const errors = validateRecord('release', { releasedAt: '2026-11-26 10:00', grounds: 'limit-expired', certificateNumber: 'REL-1' });
    assert.equal(errors[0].path, '/releasedAt');
  });
});

describe('record schemas - sources and storable text', () => {
  it('refuses a NUL and a lone surrogate in any text field of any record, at its path, with one code', () => {
    const errors = validateRecord('release', { releasedAt: '2026-11-28T10:00:00+06:00', grounds: 'limit-expired', certificateNumber: 'REL\u0000-1', notes: 'a\ud800b' });
    assert.deepEqual(errors.filter((e) => e.code === 'storableText').map((e) => [e.path, e.params?.reason]), [['/certificateNumber', 'nul'], ['/notes', 'lone-surrogate']]);
    // A surrogate pair is one character (U+1F600) and is stored as such.
    assert.deepEqual(validateRecord('release', { releasedAt: '2026-11-28T10:00:00+06:00', grounds: 'limit-expired', certificateNumber: 'REL-1', notes: 'ok \ud83d\ude00' }), []);
  });
});
