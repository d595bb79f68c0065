import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { shapeOf } from '../../casefile/schema-annotations';
import { recordSchemaSources } from '../../law/record-schema-sources';
import { dataRegister, fieldsByCategory } from '../../privacy/data-register';
import { categories } from '../../privacy/personal-data-categories';
import { defaultRetentionRules } from '../../privacy/retention-rules';
import stores from '../../privacy/personal-data-stores.json';

// Issue 11, item 4: the register of personal data is generated from the schemas and kept true.
describe('the personal-data register, generated from the x-personal marks of the schemas', () => {
  it('every free-text or date field of every record schema is marked with a category or x-personal: false', () => {
    const unmarked = Object.entries(recordSchemaSources).flatMap(([type, root]) => shapeOf(root).unmarked.map((p) => `${type}: /${p.join('/')}`));
    assert.deepEqual(unmarked, [], `mark these fields in law/schemas (x-personal: a category of privacy/personal-data-categories.json, or false):\n${unmarked.join('\n')}`);
  });

  it('finds a new free-text field that nobody marked (the check above can fail)', () => {
    const schema = {
      type: 'object',
      properties: {
        personId: { type: 'string', format: 'uuid' },
        nickname: { type: 'string', maxLength: 50 },
        aliases: { type: 'array', items: { type: 'string' } },
        outcome: { type: 'string', enum: ['a', 'b'] },
        lastName: { 'x-personal': 'identity', type: 'string' },
        court: { 'x-personal': false, type: 'string' },
      },
    };
    assert.deepEqual(shapeOf(schema).unmarked, [['nickname'], ['aliases', '*']]);
  });

  it('every category a schema or a store names is in the catalogue', () => {
    const used = new Set([
      ...Object.values(recordSchemaSources).flatMap((root) => shapeOf(root).personal.map((p) => p.category)),
      ...stores.stores.map((s) => s.category),
    ]);
    assert.deepEqual([...used].filter((c) => !(c in categories)), []);
  });

  it('the names, dates of birth and places of the registration are sealed categories held per person', () => {
    const shape = shapeOf(recordSchemaSources['report-registration']);
    const of = (path: string) => shape.personal.find((p) => p.path.join('/') === path)?.category;
    assert.equal(of('suspects/*/lastName'), 'identity');
    assert.equal(of('victims/*/birthDate'), 'birth-date');
    assert.equal(of('suspects/*/detentionPlace'), 'location');
    assert.equal(of('summary'), 'narrative');
    for (const c of ['identity', 'birth-date', 'location', 'narrative']) assert.equal(categories[c].sealed, true, c);
    assert.deepEqual(shape.subjects.map((s) => [s.path.join('/'), s.role]), [['suspects', 'suspect'], ['victims', 'victim']]);
  });

  for (const lang of ['ru', 'en'] as const) {
    it(`in ${lang}: each category with its fields, purpose, readers, protection and every retention rule`, () => {
      const text = dataRegister(lang);
      for (const [id, c] of Object.entries(categories)) assert.ok(text.includes(`## ${c[lang].name} (\`${id}\`)`), id);
      for (const field of fieldsByCategory(lang).get('identity') ?? []) assert.ok(text.includes(field), field);
      for (const rule of defaultRetentionRules) assert.ok(text.includes(`${rule[lang].name} (\`${rule.outcome}\`): ${rule.years}`), rule.outcome);
      assert.ok(!text.includes('[object Object]') && !text.includes('undefined'));
    });
  }

  it('`icj data-register` prints both languages', function () {
    this.timeout(30_000);
    const root = join(__dirname, '..', '..');
    const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'cli', 'icj.ts'), 'data-register'], { encoding: 'utf8' });
    assert.match(out, /^# Реестр персональных данных/);
    assert.match(out, /# Register of personal data held by ICJIMS/);
  });
});
