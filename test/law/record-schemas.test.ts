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

describe('record schemas - every text field of every record type refuses what PostgreSQL cannot store', () => {
  /** Pointers of the free-text fields of a schema (strings without format or enum), one item deep in lists. */
  function textPointers(node: Record<string, unknown>, root: Record<string, unknown>, pointer: string): string[] {
    const resolved = typeof node.$ref === 'string'
      ? (node.$ref.slice(2).split('/').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as Record<string, unknown>)
      : node;
    if (resolved.type === 'string' && !resolved.format && !resolved.enum) return [pointer];
    const props = (resolved.properties ?? {}) as Record<string, Record<string, unknown>>;
    const items = resolved.items as Record<string, unknown> | undefined;
    return [
      ...Object.entries(props).flatMap(([k, v]) => textPointers(v, root, `${pointer}/${k}`)),
      ...(items ? textPointers(items, root, `${pointer}/0`) : []),
    ];
  }
  const setAt = (pointer: string, value: string): Record<string, unknown> => {
    const segs = pointer.split('/').slice(1);
    const out: Record<string, unknown> = {};
    let node: Record<string, unknown> | unknown[] = out;
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1;
      const next: Record<string, unknown> | unknown[] | string = last ? value : /^\d+$/.test(segs[i + 1]) ? [] : {};
      if (Array.isArray(node)) node[Number(seg)] = next;
      else node[seg] = next;
      if (!last) node = next as Record<string, unknown> | unknown[];
    });
    return out;
  };

  it('a NUL and a lone surrogate in each of them are refused at their path (storableText), for all record types', () => {
    let fields = 0;
    for (const type of recordTypes) {
      const schema = recordSchema(type);
      for (const pointer of textPointers(schema, schema, '')) {
        for (const [text, reason] of [['a\u0000b', 'nul'], ['a\udc00b', 'lone-surrogate']]) {
          const errors = validateRecord(type, setAt(pointer, text)).filter((e) => e.code === 'storableText');
          assert.deepEqual(errors.map((e) => [e.path, e.params?.reason]), [[pointer, reason]], `${type}${pointer}`);
        }
        fields++;
      }
    }
    assert.ok(fields >= 60, `${fields} text fields`);
  });
});
