import { recordSchemaSources } from '../law/record-schema-sources';
import { participantRoles, type ParticipantRole } from './case-facts';

// The case-file annotations of a record schema, read once per record type. They are data, beside
// the fields they concern, so legal staff change them with the schema:
//   x-icj-person: ["suspect", ...]  this field names a person of the case holding one of these roles
//   x-icj-from: "person.sex"        a fact the case holds: filled in by the system, never contradicted
//   x-icj-after: ["case.receivedAt"] instants this one may not precede (time order)
//   x-icj-future: true              a planned instant (a hearing), allowed in the future
//   x-icj-at: "sentAt"              (root) the field dating the act: ages are computed on its day
//   x-icj-requires: [...]           (root) procedural preconditions, each with its article
//   x-icj-clock: true               the field anchors a liberty clock: only a supervisor corrects it
//   x-personal: "identity" | false  what the field says about a person (privacy/personal-data-categories.json), or nothing
//   x-icj-subjects: "suspect"       (array) item k is the k-th person of that role registered with the case

/** A field path: property names, `*` for every item of an array. */
export type FieldPath = readonly string[];

/** A procedural precondition: an act that must be on record (for the same person when `samePerson`). */
export interface Precondition {
  /** Record type that must be on record; or `fact` instead. */
  record?: string;
  /** Field values that record must have, e.g. {"decision": "open-case"}. */
  where?: Record<string, unknown>;
  samePerson?: boolean;
  /** A fact the case must hold instead of a record, e.g. "person.detainedAt". */
  fact?: string;
  /** The article that makes it a precondition, e.g. "CPC KR 106(1), 114(1)". */
  basis: string;
}

export interface ActShape {
  at: string | null;
  persons: Array<{ path: FieldPath; roles: ParticipantRole[] }>;
  from: Array<{ path: FieldPath; ref: string }>;
  after: Array<{ path: FieldPath; refs: string[] }>;
  instants: Array<{ path: FieldPath; format: 'date' | 'date-time'; future: boolean }>;
  clocks: FieldPath[];
  requires: Precondition[];
  /** Fields marked with a personal-data category. */
  personal: Array<{ path: FieldPath; category: string }>;
  /** Arrays whose items are the case's persons of a role, in registration order. */
  subjects: Array<{ path: FieldPath; role: string }>;
  /** Free-text or date fields with no `x-personal` mark: a schema is incomplete while any is left (a test). */
  unmarked: FieldPath[];
}

type Schema = Record<string, unknown>;

const shapes = new Map<string, ActShape>();

/** The annotations of a record type (empty for an unknown type). */
export function actShape(recordType: string): ActShape {
  const cached = shapes.get(recordType);
  if (cached) return cached;
  const shape = shapeOf(recordSchemaSources[recordType]);
  shapes.set(recordType, shape);
  return shape;
}

/** The annotations of one record schema (its root). */
export function shapeOf(root: Schema | undefined): ActShape {
  const shape: ActShape = {
    at: root && typeof root['x-icj-at'] === 'string' ? root['x-icj-at'] : null,
    persons: [], from: [], after: [], instants: [], clocks: [], personal: [], subjects: [], unmarked: [],
    requires: root && Array.isArray(root['x-icj-requires']) ? (root['x-icj-requires'] as Precondition[]) : [],
  };
  if (root) walk(root, root, [], shape);
  return shape;
}

function walk(node: Schema, root: Schema, path: string[], shape: ActShape): void {
  const s = resolve(node, root);
  if (path.length > 0) {
    const roles = s['x-icj-person'];
    if (Array.isArray(roles)) {
      const bad = roles.filter((r) => !(participantRoles as readonly string[]).includes(r));
      if (bad.length > 0) throw new Error(`x-icj-person at /${path.join('/')}: unknown roles ${bad.join(', ')}`);
      shape.persons.push({ path, roles: roles as ParticipantRole[] });
    }
    if (typeof s['x-icj-from'] === 'string') shape.from.push({ path, ref: s['x-icj-from'] });
    if (Array.isArray(s['x-icj-after'])) shape.after.push({ path, refs: s['x-icj-after'] as string[] });
    if (s.format === 'date' || s.format === 'date-time') shape.instants.push({ path, format: s.format, future: s['x-icj-future'] === true });
    if (s['x-icj-clock'] === true) shape.clocks.push(path);
    if (typeof s['x-personal'] === 'string') shape.personal.push({ path, category: s['x-personal'] });
    else if (s['x-personal'] === undefined && isFreeText(s) && !markedArray(root, path)) shape.unmarked.push(path);
    if (typeof s['x-icj-subjects'] === 'string') shape.subjects.push({ path, role: s['x-icj-subjects'] });
  }
  const properties = s.properties as Record<string, Schema> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) walk(sub, root, [...path, name], shape);
  if (s.items && typeof s.items === 'object') walk(s.items as Schema, root, [...path, '*'], shape);
}

/** A string that can hold anything a person writes or a date: free text, not a closed list or an instant of the procedure. */
function isFreeText(s: Schema): boolean {
  const types = [s.type, ...((s.oneOf as Schema[] | undefined) ?? []).map((o) => o.type)];
  return types.includes('string') && s.enum === undefined && s.const === undefined && s.format !== 'date-time' && s.format !== 'uuid';
}

/** Items of an array whose own schema carries the mark (e.g. `crimeArticles` marked false as a whole). */
function markedArray(root: Schema, path: string[]): boolean {
  if (path[path.length - 1] !== '*') return false;
  let node: Schema | undefined = root;
  for (const seg of path.slice(0, -1)) {
    node = node ? resolve(node, root) : undefined;
    node = seg === '*' ? (node?.items as Schema | undefined) : (node?.properties as Record<string, Schema> | undefined)?.[seg];
  }
  return node !== undefined && resolve(node, root)['x-personal'] !== undefined;
}

/** A schema node with its local `$ref` resolved (the node's own keywords win). */
export function resolve(node: Schema, root: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = (target as Schema)[part];
  return { ...(target as Schema), ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

/** One concrete occurrence of a field path in a record's data. */
export interface FieldAt {
  pointer: string;
  value: unknown;
  /** The object holding the field (its person field names the person it concerns). */
  parent: Record<string, unknown>;
  /** Path of the parent object, with concrete indices. */
  parentPointer: string;
}

/** Every occurrence of a field path in data (several under arrays), present or not. */
export function fieldsAt(data: unknown, path: FieldPath): FieldAt[] {
  const out: FieldAt[] = [];
  const visit = (node: unknown, i: number, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    const seg = path[i];
    if (seg === '*') {
      if (Array.isArray(node)) node.forEach((item, k) => visit(item, i + 1, `${pointer}/${k}`));
      return;
    }
    if (Array.isArray(node)) return;
    const obj = node as Record<string, unknown>;
    if (i === path.length - 1) out.push({ pointer: `${pointer}/${seg}`, value: obj[seg], parent: obj, parentPointer: pointer });
    else visit(obj[seg], i + 1, `${pointer}/${seg}`);
  };
  visit(data, 0, '');
  return out;
}

/** The person field beside a field (same object), if the schema declares one there. */
export function personFieldBeside(shape: ActShape, path: FieldPath): string | null {
  const parent = path.slice(0, -1).join('/');
  const found = shape.persons.find((p) => p.path.slice(0, -1).join('/') === parent);
  return found ? found.path[found.path.length - 1] : null;
}
