import { ajv } from '../law/ajv';
import schema from './organisation.schema.json';
import demoCountryJson from './data/demo-country.json';
import { relatedKind, type Organisation, type RelationKind } from './organisation-types';

export type { Organisation };

const validateShape = ajv.compile(schema);

/**
 * What is wrong with an organisation, or nothing: its JSON Schema, then what a schema cannot say
 * (codes unique, parents known and acyclic, each relation from an investigative unit to a unit of
 * the right kind, each investigative unit with exactly one of each relation).
 */
export function checkOrganisation(doc: unknown): string[] {
  if (!validateShape(doc)) return (validateShape.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  const org = doc as unknown as Organisation;
  const problems: string[] = [];
  const byCode = new Map(org.units.map((u) => [u.code, u]));
  if (byCode.size !== org.units.length) problems.push('unit codes are not unique');
  const listed = new Set<string>();
  for (const u of org.units) {
    if (u.parent !== null && !byCode.has(u.parent)) problems.push(`${u.code}: parent ${u.parent} is not a unit`);
    else if (u.parent !== null && !listed.has(u.parent)) problems.push(`${u.code}: its parent ${u.parent} must be listed before it`);
    listed.add(u.code);
    const seen = new Set<string>();
    for (let p: string | null = u.code; p !== null; p = byCode.get(p)?.parent ?? null) {
      if (seen.has(p)) { problems.push(`${u.code}: the administrative tree has a cycle`); break; }
      seen.add(p);
    }
  }
  const relationCount = new Map<string, number>();
  for (const r of org.relations) {
    const unit = byCode.get(r.unit);
    const related = byCode.get(r.related);
    if (unit?.kind !== 'investigative-unit') problems.push(`relation ${r.kind} of ${r.unit}: not an investigative unit`);
    if (related?.kind !== relatedKind[r.kind]) problems.push(`relation ${r.kind} of ${r.unit}: ${r.related} is not a ${relatedKind[r.kind]}`);
    relationCount.set(`${r.unit}/${r.kind}`, (relationCount.get(`${r.unit}/${r.kind}`) ?? 0) + 1);
  }
  for (const u of org.units.filter((x) => x.kind === 'investigative-unit')) {
    for (const kind of Object.keys(relatedKind) as RelationKind[]) {
      const n = relationCount.get(`${u.code}/${kind}`) ?? 0;
      if (n !== 1) problems.push(`${u.code}: ${n} relations ${kind}, exactly 1 wanted`);
    }
  }
  return problems;
}

/** The organisation, validated, or an error naming every problem. */
export function loadOrganisation(doc: unknown): Organisation {
  const problems = checkOrganisation(doc);
  if (problems.length > 0) throw new Error(`invalid organisation:\n${problems.join('\n')}`);
  return doc as Organisation;
}

/** The shipped synthetic country (demo and tests). */
export const demoCountry: Organisation = loadOrganisation(demoCountryJson);
