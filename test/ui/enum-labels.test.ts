import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dictionaries } from '../../ui/src/i18n/dictionaries';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { LANGS, type Lang } from '../../ui/src/i18n/lang';

const SCHEMA_DIR = path.resolve('law/schemas');
const SUFFIX = '.schema.json';

/**
 * The label a form shows for an enum value: the same lookup as `enumLabel` in
 * ui/src/i18n/use-i18n.ts (`enum.<value>`, own keys only, else undefined where the form falls back
 * to the raw code). That hook needs React, so the lookup is repeated here on the same dictionaries.
 */
function enumLabel(lang: Lang, value: string): string | undefined {
  const dict: Readonly<Record<string, string>> = dictionaries[lang];
  const key = `enum.${value}`;
  return Object.hasOwn(dict, key) ? interpolate(dict[key]!) : undefined;
}

/**
 * Every `enum` value anywhere in a schema, with where it was found: properties, array `items`,
 * nested objects and `$defs` (what a `$ref` points to) alike.
 */
function enumValues(node: unknown, at: string, out: Map<string, string[]>): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => enumValues(child, `${at}/${i}`, out));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' && Array.isArray(child)) {
      for (const value of child) {
        const where = out.get(String(value)) ?? [];
        where.push(at);
        out.set(String(value), where);
      }
    } else {
      enumValues(child, `${at}/${key}`, out);
    }
  }
}

/** Each enum value of law/schemas/*.schema.json, with the schema paths that use it. */
function schemaEnumValues(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(SUFFIX)).sort()) {
    const schema: unknown = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
    enumValues(schema, file.slice(0, -SUFFIX.length), out);
  }
  return out;
}

/** Each case stage (`icj:stage`) of the shipped procedures, and the case statuses. */
function stageValues(): Map<string, string[]> {
  const out = new Map<string, string[]>([['open', ['cases.status']], ['closed', ['cases.status']]]);
  const dir = path.resolve('bpmn/procedures');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bpmn'))) {
    for (const [, stage] of readFileSync(path.join(dir, file), 'utf8').matchAll(/icj:stage="([^"]+)"/g)) out.set(stage, [file]);
  }
  return out;
}

describe('ui enum labels (every value a record form can offer, in every language)', () => {
  const values = new Map([...schemaEnumValues(), ...stageValues()]);

  it('finds the enum values of top-level properties, array items and $defs', () => {
    for (const value of ['custody', 'pointed-out-by-witnesses', 'report-in-person', '60-plus', 'female', 'prosecutor-review']) {
      assert.ok(values.has(value), `${value} not found in law/schemas or the procedures' stages`);
    }
    const sexUses = values.get('female') ?? [];
    assert.ok(sexUses.some((where) => where.includes('/$defs/')), `female in $defs: ${sexUses.join(', ')}`);
  });

  for (const lang of LANGS) {
    it(`has a non-empty ${lang} label for every enum value of every schema`, () => {
      const missing = [...values]
        .filter(([value]) => !enumLabel(lang, value)?.trim())
        .map(([value, where]) => `enum.${value} (${where.join(', ')})`);
      assert.deepEqual(missing, [], `no ${lang} label for:\n  ${missing.join('\n  ')}`);
    });
  }
});
