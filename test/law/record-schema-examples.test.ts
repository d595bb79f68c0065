import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSchema, recordTypes, validateRecord } from '../../law/record-schemas';

// Every record schema ships with examples: records it must accept and records it must refuse,
// each refusal naming the exact {path, code} pairs the UI will show.

const SCHEMA_DIR = join(__dirname, '..', '..', 'law', 'schemas');
const EXAMPLE_DIR = join(SCHEMA_DIR, 'examples');

interface InvalidExample {
  name: string;
  data: unknown;
  errors: { path: string; code: string }[];
}
interface Examples {
  valid: unknown[];
  invalid: InvalidExample[];
}
type SchemaNode = Record<string, unknown>;

const schemaTypes = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).map((f) => f.slice(0, -'.schema.json'.length)).sort();

function examplesOf(type: string): Examples {
  return JSON.parse(readFileSync(join(EXAMPLE_DIR, `${type}.examples.json`), 'utf8')) as Examples;
}

const byPathThenCode = (a: { path: string; code: string }, b: { path: string; code: string }) =>
  a.path.localeCompare(b.path) || a.code.localeCompare(b.code);

/** Nodes a user sees as fields: the schema, its properties and $defs, recursively (items included, rules not). */
function fieldNodes(node: SchemaNode, pointer: string, out: [string, SchemaNode][] = []): [string, SchemaNode][] {
  out.push([pointer, node]);
  for (const key of ['properties', '$defs'] as const) {
    const children = node[key] as Record<string, SchemaNode> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) fieldNodes(child, `${pointer}/${key}/${name}`, out);
  }
  const items = node.items as SchemaNode | undefined;
  if (items && (items.properties || items.$defs)) fieldNodes(items, `${pointer}/items`, out);
  return out;
}

/** Every `ageBand` property anywhere in the schema, as [pointer, enum]. */
function ageBands(node: unknown, pointer = '#'): [string, unknown][] {
  if (!node || typeof node !== 'object') return [];
  const found: [string, unknown][] = [];
  const properties = (node as SchemaNode).properties as Record<string, SchemaNode> | undefined;
  if (properties?.ageBand && 'type' in properties.ageBand) found.push([`${pointer}/properties/ageBand`, properties.ageBand.enum]);
  for (const [key, child] of Object.entries(node)) found.push(...ageBands(child, `${pointer}/${key}`));
  return found;
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe('record schema examples', () => {
  it('every record schema has an examples file, and every examples file a schema', () => {
    assert.deepEqual([...recordTypes].sort(), schemaTypes);
    const exampleTypes = readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith('.examples.json')).map((f) => f.slice(0, -'.examples.json'.length)).sort();
    assert.deepEqual(exampleTypes, schemaTypes);
  });

  for (const type of schemaTypes) {
    describe(type, () => {
      const examples = existsSync(join(EXAMPLE_DIR, `${type}.examples.json`)) ? examplesOf(type) : { valid: [], invalid: [] };

      it('has at least one valid and two invalid examples', () => {
        assert.ok(examples.valid.length >= 1, `${type}: no valid example`);
        assert.ok(examples.invalid.length >= 2, `${type}: fewer than two invalid examples`);
      });

      examples.valid.forEach((data, i) => {
        it(`accepts valid example ${i + 1}`, () => {
          assert.deepEqual(validateRecord(type, data), []);
        });
      });

      for (const example of examples.invalid) {
        it(`refuses: ${example.name}`, () => {
          assert.ok(example.errors.length > 0, 'an invalid example must list its errors');
          const actual = validateRecord(type, example.data).map(({ path, code }) => ({ path, code })).sort(byPathThenCode);
          assert.deepEqual(actual, [...example.errors].sort(byPathThenCode));
        });
      }

      it('labels the schema and every field in ru, ky and en, in Cyrillic for ru and ky', () => {
        for (const [pointer, node] of fieldNodes(recordSchema(type), '#')) {
          const i18n = node['x-i18n'] as Record<string, unknown> | undefined;
          assert.ok(i18n, `${type} ${pointer}: no x-i18n`);
          assert.deepEqual(Object.keys(i18n).sort(), ['en', 'ky', 'ru'], `${type} ${pointer}`);
          for (const lang of ['ru', 'ky', 'en']) {
            assert.ok(typeof i18n[lang] === 'string' && i18n[lang].trim() !== '', `${type} ${pointer}: empty ${lang}`);
          }
          assert.match(String(i18n.ru), CYRILLIC, `${type} ${pointer}: ru is not Russian`);
          assert.match(String(i18n.ky), CYRILLIC, `${type} ${pointer}: ky is not Kyrgyz`);
          assert.equal(i18n.en, node.title, `${type} ${pointer}: x-i18n.en differs from title`);
        }
      });

      it('cites the article of the law it encodes', () => {
        assert.match(String(recordSchema(type).description), /\b(CPC|CEC|CC)( KR)? (arts?\. )?\d/);
      });
    });
  }

  it('uses one age band set in every schema', () => {
    const all = schemaTypes.flatMap((type) => ageBands(recordSchema(type)).map(([pointer, bands]) => ({ where: `${type} ${pointer}`, bands })));
    assert.ok(all.length >= schemaTypes.length / 2, 'age bands are missing from most schemas');
    const [first] = all;
    for (const { where, bands } of all) assert.deepEqual(bands, first.bands, where);
    assert.ok((first.bands as string[]).includes('14-15') && (first.bands as string[]).includes('16-17'), 'juvenile bands 14-15 and 16-17');
  });
});
