import assert from 'node:assert/strict';
import type { TaskForm } from '../../ui/src/api/api-types';
import { fieldMode } from '../../ui/src/form/field-mode';
import type { FormValue } from '../../ui/src/form/form-value';
import { knownFactText } from '../../ui/src/form/known-fact-text';
import { recordSchemaSources } from '../../law/record-schema-sources';
import type { Lang } from '../../ui/src/i18n/lang';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { schemaAtPointer } from '../../ui/src/schema/schema-at-pointer';
import { ACCUSED, SUSPECT, VICTIM, taskForm } from './task-form-fixture';

const schemaOf = (type: string) => recordSchemaSources[type] as unknown as JsonSchema;

/** The mode of the field at `pointer`, as SchemaField asks for it. */
function modeAt(root: JsonSchema, pointer: string, value: FormValue, facts: TaskForm | undefined) {
  const node = schemaAtPointer(root, pointer);
  assert.ok(node, `no field at ${pointer}`);
  return fieldMode(node, pointer, root, value, facts);
}

/** What a read-only fact field shows, or the kind of control the field gets. */
function shown(root: JsonSchema, pointer: string, value: FormValue, facts: TaskForm | undefined, lang: Lang = 'ru'): string {
  const mode = modeAt(root, pointer, value, facts);
  return mode.kind === 'known-fact' ? knownFactText(mode.fact, lang) : mode.kind;
}

describe('ui form - field modes (person pickers and read-only case facts)', () => {
  const protocol = schemaOf('detention-protocol');
  const indictment = schemaOf('indictment');

  it('when the task concerns a detained suspect, fixes the person and shows the facts of the case file, asking only for the rest', () => {
    const facts = taskForm(SUSPECT);
    const value = { personId: SUSPECT };
    const person = modeAt(protocol, '/personId', value, facts);
    assert.equal(person.kind, 'task-person');
    assert.equal(person.kind === 'task-person' && person.person?.label, 'Тестов Асан');
    assert.equal(shown(protocol, '/sex', value, facts), 'мужской');
    assert.equal(shown(protocol, '/ageBand', value, facts), '30–39 лет');
    assert.equal(shown(protocol, '/isChild', value, facts), 'Нет');
    assert.equal(shown(protocol, '/detainedAt', value, facts), '27.11.2026 22:15', 'in Bishkek time');
    assert.equal(shown(protocol, '/drawnUpAt', value, facts), 'input');
    assert.equal(shown(protocol, '/place', value, facts), 'input');
  });

  it('marks the age band and the child flag as computed on the day of the act, and the other facts not', () => {
    const facts = taskForm(SUSPECT);
    const computed = (pointer: string) => {
      const mode = modeAt(protocol, pointer, { personId: SUSPECT }, facts);
      return mode.kind === 'known-fact' && mode.computedOnActDay;
    };
    assert.deepEqual(['/sex', '/ageBand', '/isChild', '/detainedAt'].map(computed), [false, true, true, false]);
  });

  it('without a task person, offers the eligible persons by name and shows their facts once one is chosen', () => {
    const facts = taskForm(null);
    const picker = modeAt(protocol, '/personId', { personId: '' }, facts);
    assert.equal(picker.kind, 'person-picker');
    assert.deepEqual(picker.kind === 'person-picker' && picker.choices.map((p) => p.id), [SUSPECT, ACCUSED]);
    assert.equal(shown(protocol, '/sex', { personId: '' }, facts, 'en'), 'shown once the person is chosen');
    assert.equal(shown(protocol, '/sex', { personId: ACCUSED }, facts, 'en'), 'female');
    assert.equal(shown(protocol, '/isChild', { personId: ACCUSED }, facts, 'ky'), 'Ооба');
    assert.equal(shown(protocol, '/detainedAt', { personId: ACCUSED }, facts, 'en'), 'not in the case file');
  });

  it('shows the facts of the case itself, and each accused of an indictment with the facts of the person chosen in that item', () => {
    const facts = taskForm(null);
    const value = { accused: [{ personId: ACCUSED }, { personId: '' }] };
    assert.equal(shown(indictment, '/registerNumber', value, facts), 'BSK-01-2026-000007');
    assert.equal(shown(indictment, '/gravity', value, facts, 'en'), 'grave');
    const item = modeAt(indictment, '/accused/1/personId', value, facts);
    assert.equal(item.kind, 'person-picker', 'a nested person is chosen, never fixed to the task person');
    assert.deepEqual(item.kind === 'person-picker' && item.choices.map((p) => p.id), [ACCUSED]);
    assert.equal(shown(indictment, '/accused/0/sex', value, facts, 'en'), 'female');
    assert.equal(shown(indictment, '/accused/0/ageBand', value, facts, 'en'), '16–17');
    assert.equal(shown(indictment, '/accused/1/sex', value, facts, 'en'), 'shown once the person is chosen');
    assert.equal(shown(indictment, '/chargeSummary', value, facts), 'input');
  });

  it('says "not in the case file" for a fact the case lacks, and when the server sent no case facts', () => {
    assert.equal(shown(protocol, '/ageBand', { personId: VICTIM }, taskForm(null), 'en'), 'not in the case file');
    assert.equal(shown(protocol, '/sex', { personId: SUSPECT }, undefined, 'en'), 'not in the case file');
    const noFacts = modeAt(protocol, '/personId', {}, undefined);
    assert.deepEqual(noFacts, { kind: 'person-picker', choices: [] });
  });

  it('shows the deciding prosecutor\'s rung on an extension of the investigation, by its label in the UI language, from the user, not the case', () => {
    const extension = schemaOf('investigation-extension-decision');
    const facts = taskForm(null, 'oblast-bishkek-osh-prosecutor');
    const mode = modeAt(extension, '/authority', {}, facts);
    assert.equal(mode.kind === 'known-fact' && mode.ref, 'actor.ladderAuthority');
    assert.equal(shown(extension, '/authority', {}, facts, 'ru'), 'прокурор области, городов Бишкек и Ош');
    assert.equal(shown(extension, '/authority', {}, facts, 'en'), 'regional, Bishkek or Osh city prosecutor');
    // a user with no rung (not a prosecutor), or an older server without actor facts
    assert.equal(shown(extension, '/authority', {}, taskForm(null), 'en'), 'not in the case file');
    assert.equal(shown(extension, '/authority', {}, { ...taskForm(null), actor: undefined } as unknown as TaskForm, 'en'), 'not in the case file');
  });

  it('leaves every field of a schema without annotations an ordinary input', () => {
    const report = schemaOf('report-registration');
    for (const pointer of ['/receivedAt', '/gravity', '/suspects/0/sex', '/suspects/0/detainedAt']) {
      assert.equal(shown(report, pointer, { suspects: [{}] }, taskForm(SUSPECT)), 'input', pointer);
    }
  });
});
