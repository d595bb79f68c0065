import assert from 'node:assert/strict';
import type { ActInput } from '../../casefile/act-input';
import type { CaseFacts } from '../../casefile/case-facts';
import { caseRefusalCodes } from '../../casefile/case-refusal';
import { checkAct } from '../../casefile/check-act';
import { recordSchemaSources } from '../../law/record-schema-sources';
import { validateRecord } from '../../law/record-schemas';
import { fieldErrorMessage } from '../../ui/src/form/field-error-message';
import type { RefusalContext } from '../../ui/src/form/refusal-context';
import { LANGS } from '../../ui/src/i18n/lang';
import type { JsonSchema } from '../../ui/src/schema/json-schema';

const schemaOf = (type: string) => recordSchemaSources[type] as unknown as JsonSchema;
/** Every record schema, as the form would have loaded the ones a refusal names. */
const allSchemas: ReadonlyMap<string, JsonSchema> = new Map(Object.keys(recordSchemaSources).map((t) => [t, schemaOf(t)]));

const SUSPECT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const VICTIM = '33333333-3333-4333-8333-333333333333';
const persons = [
  { id: SUSPECT, label: 'Тестов А.' },
  { id: OTHER, label: 'Примерова Б.' },
  { id: VICTIM, label: 'Образцова В.' },
];

describe('ui field error messages (server code + params in the UI language)', () => {
  it('translates the refusals of a correction at their fields, in every language', () => {
    const refusals = [
      { path: '/value', message: 'is the value on record', code: 'unchanged' },
      { path: '/path', message: 'is no field of the record', code: 'field-not-found' },
      { path: '/correctsSeq', message: 'is no record of this case', code: 'record-not-found' },
      { path: '/correctsSeq', message: 'is a correction', code: 'correction-of-correction' },
    ];
    for (const e of refusals) {
      const texts = LANGS.map((lang) => fieldErrorMessage(e, lang));
      assert.ok(texts.every((text) => text !== e.message && !text.includes('{')), `${e.code}: ${texts.join(' | ')}`);
      assert.equal(new Set(texts).size, 3, `${e.code}: ru, ky and en differ`);
    }
    assert.equal(fieldErrorMessage(refusals[0]!, 'ru'), 'совпадает со значением в деле: исправлять нечего');
  });

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

  it('translates the administration\'s and the assignment\'s field errors, naming kinds of unit and roles in words', () => {
    const kinds = { path: '/unitId', message: 'SERVER', code: 'role-unit-kind', params: { kinds: ['court'] } };
    assert.equal(fieldErrorMessage(kinds, 'ru'), 'пользователь с этой ролью работает только в учреждении вида: суд');
    assert.equal(fieldErrorMessage(kinds, 'en'), 'a user of this role works only in an institution of kind: court');
    const relation = { path: '/relations/court', message: 'SERVER', code: 'relation-kind', params: { kind: 'detention-facility' } };
    assert.equal(fieldErrorMessage(relation, 'en'), 'must be an institution of kind: temporary detention facility');
    const assignee = { path: '/userId', message: 'SERVER', code: 'not-assignable', params: { role: 'investigator' } };
    assert.equal(fieldErrorMessage(assignee, 'ru'), 'не может выполнить эту задачу (её выполняет следователь)');
    const role = { path: '/role', message: 'SERVER', code: 'enum', params: { allowed: ['judge', 'admin'] } };
    assert.equal(fieldErrorMessage(role, 'en'), 'must be one of: judge, administrator');
    for (const lang of LANGS) {
      for (const e of [kinds, relation, assignee, { path: '/relations', message: 'SERVER', code: 'relations-investigative-only' }, { path: '/unitId', message: 'SERVER', code: 'not-found' }]) {
        const text = fieldErrorMessage(e, lang);
        assert.notEqual(text, 'SERVER', `${lang} ${e.code}`);
        assert.doesNotMatch(text, /[{}]/, `${lang} ${e.code}: ${text}`);
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

describe('ui field error messages - case invariant refusals', () => {
  const toProsecutor = schemaOf('detention-record-to-prosecutor');
  const ctx: RefusalContext = { schema: toProsecutor, schemas: allSchemas, persons };

  it('names the case fact an instant may not precede, with the instant in Bishkek time', () => {
    const e = { path: '/sentAt', message: 'is before person.detainedAt', code: 'before-fact', params: { fact: 'person.detainedAt', expected: '2026-11-27T16:15:00Z' } };
    assert.equal(fieldErrorMessage(e, 'ru', ctx), 'не может быть раньше, чем момент фактического задержания (27.11.2026 22:15)');
    assert.equal(fieldErrorMessage(e, 'en', ctx), 'cannot be earlier than the moment of actual detention (27.11.2026 22:15)');
    const received = { ...e, params: { fact: 'case.receivedAt', expected: '2026-11-27T23:30:00+06:00' } };
    assert.equal(fieldErrorMessage(received, 'ky', ctx), 'төмөнкүдөн мурда болушу мүмкүн эмес: кылмыш жөнүндө билдирүү түшкөн учур (27.11.2026 23:30)');
  });

  it('names a sibling field by its title, and the field of the latest record of another type by both titles', () => {
    const sibling = { path: '/receivedAt', message: 'is before sentAt', code: 'before-fact', params: { fact: 'sentAt', expected: '2026-11-28T08:00:00+06:00' } };
    assert.equal(fieldErrorMessage(sibling, 'ru', ctx), 'не может быть раньше, чем «Время направления» (28.11.2026 08:00)');
    assert.equal(fieldErrorMessage(sibling, 'en', ctx), 'cannot be earlier than “Sent at” (28.11.2026 08:00)');
    const last = { path: '/decidedAt', message: 'is before', code: 'before-fact', params: { fact: 'last:measure-motion.filedAt', expected: '2026-11-28T08:30:00+06:00' } };
    const decision: RefusalContext = { ...ctx, schema: schemaOf('measure-decision') };
    assert.equal(
      fieldErrorMessage(last, 'en', decision),
      'cannot be earlier than “Filed with the court at” of the latest “Investigator\'s motion for a preventive measure” (28.11.2026 08:30)',
    );
    assert.equal(
      fieldErrorMessage(last, 'ru', decision),
      'не может быть раньше, чем «Время поступления в суд» в последнем документе «Ходатайство следователя об избрании меры пресечения» (28.11.2026 08:30)',
    );
  });

  it('says which fact of the case file a value contradicts and what the file holds, in words', () => {
    const sex = { path: '/sex', message: 'contradicts the case', code: 'contradicts-case', params: { fact: 'person.sex', expected: 'male' } };
    assert.equal(fieldErrorMessage(sex, 'ru', ctx), 'расходится с материалами дела: пол лица — мужской');
    assert.equal(fieldErrorMessage(sex, 'en', ctx), "differs from the case file: the person's sex is male");
    const child = { path: '/isChild', message: 'contradicts', code: 'contradicts-case', params: { fact: 'person.isChild', expected: true } };
    assert.equal(fieldErrorMessage(child, 'ky', ctx), 'иш материалдарына дал келбейт: адамдын иш-аракет күнүндө жашы жете электиги — Ооба');
  });

  it('translates the roles a person holds and the roles an act concerns', () => {
    const e = { path: '/personId', message: 'the person is victim', code: 'role-not-eligible', params: { roles: ['victim'], eligible: ['suspect', 'accused'] } };
    assert.equal(fieldErrorMessage(e, 'ru', ctx), 'процессуальное положение лица в деле: потерпевший; это действие допускается только в отношении: подозреваемый, обвиняемый');
    assert.equal(fieldErrorMessage(e, 'en', ctx), "the person's role in this case: victim; this act concerns only: suspect, accused");
    const none = { ...e, params: { roles: [], eligible: ['convicted'] } };
    assert.equal(fieldErrorMessage(none, 'ky', ctx), 'адамдын иштеги процесстик абалы: процесстик абалы жок; бул иш-аракет төмөнкүлөргө карата гана жүргүзүлөт: соттолгон');
  });

  it('names the task\'s person by name, and without the case\'s persons says "another person", never the id', () => {
    const e = { path: '/personId', message: 'another person', code: 'not-task-person', params: { fact: 'task.personId', expected: SUSPECT } };
    assert.equal(fieldErrorMessage(e, 'ru', ctx), 'эта задача касается другого лица: Тестов А.');
    assert.equal(fieldErrorMessage(e, 'en', {}), 'this task concerns another person of the case');
    for (const lang of LANGS) assert.doesNotMatch(fieldErrorMessage(e, lang, {}), /1111/);
    const stranger = { path: '/personId', message: 'not of this case', code: 'person-not-in-case', params: { value: '99999999-9999-4999-8999-999999999999' } };
    assert.equal(fieldErrorMessage(stranger, 'ky', ctx), 'бул адам ушул иштин катышуучусу эмес');
  });

  it('names a missing record by its title (and the values it must hold) and localises the article', () => {
    const motion = { path: '', message: 'a measure-motion record for this person must be on record first', code: 'precondition', params: { requires: 'measure-motion', where: null, basis: 'CPC KR 106(1),(3), 114(1)' } };
    assert.equal(fieldErrorMessage(motion, 'ru', ctx), 'сначала в деле должен быть документ «Ходатайство следователя об избрании меры пресечения» (УПК КР 106(1),(3), 114(1))');
    assert.equal(fieldErrorMessage(motion, 'ky', ctx), 'адегенде иште «Тергөөчүнүн бөгөт коюу чарасын тандоо жөнүндө өтүнмөсү» документи болушу керек (ЖПК КР 106(1),(3), 114(1))');
    const opened = { path: '', message: 'first', code: 'precondition', params: { requires: 'check-decision', where: { decision: 'open-case' }, basis: 'CPC KR 240(1)' } };
    assert.equal(fieldErrorMessage(opened, 'en', ctx), 'requires a record first: “Decision at the end of the pre-investigation check” (Decision: open a criminal case) (CPC KR 240(1))');
    const detained = { path: '', message: 'the fact person.detainedAt must be on record first', code: 'precondition', params: { requires: 'person.detainedAt', where: null, basis: 'CPC KR 97(2)' } };
    assert.equal(fieldErrorMessage(detained, 'ru', ctx), 'сначала в материалах дела должны быть сведения: момент фактического задержания (УПК КР 97(2))');
    // without the schemas loaded, the record type falls back to its recordType.<type> label, else its name
    assert.match(fieldErrorMessage({ ...motion, params: { ...motion.params, requires: 'measure-decision' } }, 'ru', {}), /«Решение о мере пресечения»/);
  });

  it('says the instant cannot be in the future, with the server\'s now in Bishkek time', () => {
    const e = { path: '/sentAt', message: 'cannot be in the future', code: 'in-future', params: { fact: 'now', expected: '2026-11-28T03:00:00.000Z' } };
    assert.equal(fieldErrorMessage(e, 'en', ctx), 'cannot be in the future (now 28.11.2026 09:00)');
  });

  it('explains which character cannot be stored, and a refused extension', () => {
    const nul = { path: '/notes', message: 'contains a NUL character', code: 'storableText', params: { reason: 'nul' } };
    assert.equal(fieldErrorMessage(nul, 'ru'), 'содержит нулевой символ (NUL), который нельзя сохранить; удалите его');
    const lone = { ...nul, params: { reason: 'lone-surrogate' } };
    assert.equal(fieldErrorMessage(lone, 'en'), 'contains a broken character (an unpaired surrogate), which cannot be stored; retype the text');
    assert.equal(fieldErrorMessage({ ...nul, params: { reason: 'other' } }, 'en'), 'contains a character that cannot be stored');
    const extension = { path: '', message: 'custody.cap: past the maximum', code: 'extension-refused', params: {} };
    assert.match(fieldErrorMessage(extension, 'ky'), /^мөөнөткө же аны узартууга мыйзам жол бербейт/);
  });

  it('has a translation for every refusal code the case invariants declare, in every language', () => {
    const samples: Record<string, Record<string, unknown>> = {
      'person-not-in-case': { value: OTHER },
      'role-not-eligible': { roles: ['suspect'], eligible: ['convicted'] },
      'not-task-person': { fact: 'task.personId', expected: SUSPECT },
      'contradicts-case': { fact: 'case.gravity', expected: 'grave' },
      'before-fact': { fact: 'case.receivedAt', expected: '2026-11-27T23:30:00+06:00' },
      'in-future': { fact: 'now', expected: '2026-11-28T03:00:00.000Z' },
      precondition: { requires: 'indictment', where: null, basis: 'CPC KR 261' },
    };
    assert.deepEqual(Object.keys(samples).sort(), [...caseRefusalCodes].sort(), 'a sample for each code of casefile/case-refusal.ts');
    for (const lang of LANGS) {
      for (const [code, params] of Object.entries(samples)) {
        const text = fieldErrorMessage({ path: '/x', message: 'SERVER', code, params }, lang, ctx);
        assert.notEqual(text, 'SERVER', `${lang} ${code}`);
        assert.doesNotMatch(text, /[{}]|1111-4111/, `${lang} ${code}: ${text}`);
      }
    }
  });

  it('translates the refusals the case invariants really report, leaving no English in Russian', () => {
    const facts: CaseFacts = {
      registerNumber: 'BSK-01-2026-000007',
      receivedAt: '2026-11-27T23:30:00+06:00',
      registeredAt: '2026-11-27T23:40:00+06:00',
      gravity: 'grave',
      persons: [
        { id: SUSPECT, roles: [{ role: 'suspect', since: '2026-11-27T23:40:00+06:00' }], sex: 'male', birthDate: '1990-05-01', detainedAt: '2026-11-27T22:15:00+06:00' },
        { id: OTHER, roles: [{ role: 'suspect', since: '2026-11-27T23:40:00+06:00' }], sex: 'female', birthDate: '1992-03-03', detainedAt: '2026-11-27T22:30:00+06:00' },
        { id: VICTIM, roles: [{ role: 'victim', since: '2026-11-27T23:40:00+06:00' }], sex: 'female', birthDate: '1985-02-14', detainedAt: null },
      ],
      acts: [{ seq: 1, recordType: 'report-registration', data: {} }],
    };
    const input = (recordType: string, data: Record<string, unknown>, taskPersonId: string | null): ActInput =>
      ({ recordType, data, taskPersonId, facts, now: Date.parse('2026-11-28T09:00:00+06:00'), clockSkewMs: 5 * 60_000 });
    const checked = ([
      // another suspect than the task's, the wrong sex, sent before the detention, received before the sending
      ['detention-record-to-prosecutor', {
        personId: OTHER, sex: 'male', sentAt: '2026-11-27T19:15:00+06:00', receivedAt: '2026-11-27T19:00:00+06:00', method: 'courier',
      }, SUSPECT],
      // the victim charged, before the case is opened, in the future
      ['charge-decision', { personId: VICTIM, chargedAt: '2026-11-29T08:00:00+06:00' }, null],
      // a person of no case; a decision without a motion
      ['measure-decision', { personId: '99999999-9999-4999-8999-999999999999', decidedAt: '2026-11-28T08:00:00+06:00' }, null],
      // a notification about a person never detained
      ['notification', { personId: VICTIM, notifiedAt: '2026-11-28T08:00:00+06:00' }, VICTIM],
    ] as const).flatMap(([type, data, taskPersonId]) => checkAct(input(type, data, taskPersonId)).map((refusal) => ({ type, refusal })));
    const codes = new Set(checked.map(({ refusal }) => refusal.code));
    assert.deepEqual([...codes].sort(), [...caseRefusalCodes].sort(), JSON.stringify(checked.map(({ refusal: r }) => `${r.path} ${r.code}`)));
    for (const { type, refusal: r } of checked) {
      const text = fieldErrorMessage(r, 'ru', { schema: schemaOf(type), schemas: allSchemas, persons });
      assert.notEqual(text, r.message, `${r.code} ${JSON.stringify(r.params)}`);
      assert.doesNotMatch(text, /[{}]|[a-z]{3}|[0-9a-f]{8}-/, `${type} ${r.path} ${r.code}: ${text}`);
    }
  });
});
