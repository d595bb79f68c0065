import { assignMissingPerformers } from '../db/performer-repo';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, InputError, NotFoundError } from './errors';
import { isUuid } from './case-queries';
import { assertAdministers, audit } from './user-admin';
import type { FieldError } from '../law/record-schemas';
import { storableTextErrors } from '../law/record-schemas';
import { relatedKind, type RelationKind } from '../org/organisation-types';
import type { UnitItem } from './views';

export type { UnitItem };

const KINDS = ['headquarters', 'investigative-unit', 'prosecutor-office', 'court', 'detention-facility', 'probation-office'];
const RUNGS = ['district', 'regional', 'general'];
const CODE = /^[A-Z]{2,5}(-[0-9]{2})?$/;

/** Every unit with its relations (any signed-in user: names of institutions are not personal data). */
export async function listUnits(deps: DomainDeps): Promise<UnitItem[]> {
  const [units, relations] = await Promise.all([
    deps.db('units').select('*').orderBy('code'),
    deps.db('unit_relations').select('unit_id', 'kind', 'related_unit_id'),
  ]);
  return units.map((u) => ({
    id: u.id, code: u.code, name: u.name, names: u.names, agency: u.agency, kind: u.kind, rung: u.rung, parentId: u.parent_id,
    region: u.region, district: u.district, active: u.active,
    relations: Object.fromEntries(relations.filter((r) => r.unit_id === u.id).map((r) => [r.kind, r.related_unit_id])),
  }));
}

interface UnitInput {
  code?: unknown; name?: unknown; agency?: unknown; kind?: unknown; rung?: unknown; parentId?: unknown; region?: unknown; district?: unknown;
  active?: unknown; relations?: unknown;
}

/** Creates a unit; audited. */
export async function createUnit(deps: DomainDeps, actor: SessionUser, body: unknown): Promise<UnitItem> {
  assertAdministers(actor);
  const input = (body ?? {}) as UnitInput;
  const errors = checkUnit(input, true);
  if (errors.length > 0) throw new InputError('The unit is invalid', errors);
  if (await deps.db('units').where({ code: input.code }).first('id')) throw new ConflictError(`The unit code ${String(input.code)} is taken`, 'unit-code-taken');
  const id = await deps.db.transaction(async (trx) => {
    const [row] = await trx('units').insert(unitRow(input)).returning('id');
    await audit(trx, actor, 'unit', row.id, 'created', null, input);
    return row.id as string;
  });
  await setRelations(deps, actor, id, input.relations);
  return (await listUnits(deps)).find((u) => u.id === id)!;
}

/** Changes a unit (not its code: register numbers carry it); audited with before and after. */
export async function updateUnit(deps: DomainDeps, actor: SessionUser, id: string, body: unknown): Promise<UnitItem> {
  assertAdministers(actor);
  if (!isUuid(id)) throw new NotFoundError('No such unit', 'not-found');
  const before = (await listUnits(deps)).find((u) => u.id === id);
  if (!before) throw new NotFoundError('No such unit', 'not-found');
  const input = (body ?? {}) as UnitInput;
  // A change that leaves the name out keeps all three languages of it.
  const merged: UnitInput = { ...before, name: before.names ?? before.name, ...input, code: before.code };
  const errors = checkUnit(merged, false);
  if (input.code !== undefined && input.code !== before.code) errors.push(fieldError('/code', 'cannot change: register numbers carry it', 'const'));
  if (errors.length > 0) throw new InputError('The change is invalid', errors);
  await deps.db.transaction(async (trx) => {
    const row: Partial<ReturnType<typeof unitRow>> = unitRow(merged);
    delete row.code; // register numbers carry it: never changed
    await trx('units').where({ id }).update(row);
    await audit(trx, actor, 'unit', id, 'changed', before, merged);
  });
  if (input.relations !== undefined) await setRelations(deps, actor, id, input.relations);
  return (await listUnits(deps)).find((u) => u.id === id)!;
}

function unitRow(input: UnitInput) {
  const names = input.name as { ru: string; ky: string; en: string } | string;
  return {
    code: input.code, name: typeof names === 'string' ? names : names.en, names: typeof names === 'string' ? null : names,
    agency: input.agency ?? null, kind: input.kind, rung: input.kind === 'prosecutor-office' ? input.rung : null,
    parent_id: input.parentId ?? null, region: input.region ?? null, district: input.district ?? null, active: input.active ?? true,
  };
}

async function setRelations(deps: DomainDeps, actor: SessionUser, unitId: string, relations: unknown): Promise<void> {
  if (relations === undefined) return;
  const entries = Object.entries((relations ?? {}) as Record<string, unknown>);
  const errors: FieldError[] = [];
  const units = await deps.db('units').select('id', 'kind');
  const self = units.find((u) => u.id === unitId);
  if (entries.length > 0 && self?.kind !== 'investigative-unit') errors.push(fieldError('/relations', 'only an investigative unit has relations', 'relations-investigative-only'));
  for (const [kind, related] of entries) {
    if (!Object.hasOwn(relatedKind, kind)) { errors.push(fieldError(`/relations/${kind}`, 'unknown relation', 'enum')); continue; }
    const target = units.find((u) => u.id === related);
    if (!target || target.kind !== relatedKind[kind as RelationKind]) errors.push(fieldError(`/relations/${kind}`, `must be a unit of kind ${relatedKind[kind as RelationKind]}`, 'relation-kind', { kind: relatedKind[kind as RelationKind] }));
  }
  if (errors.length > 0) throw new InputError('The relations are invalid', errors);
  await deps.db.transaction(async (trx) => {
    for (const [kind, related] of entries) {
      await trx('unit_relations').insert({ unit_id: unitId, kind, related_unit_id: related }).onConflict(['unit_id', 'kind']).merge();
      await audit(trx, actor, 'relation', `${unitId}/${kind}`, 'set', null, { related });
    }
  });
  // Tasks that waited for this institution now have it (and their incidents are resolved).
  await assignMissingPerformers(deps.db);
}

function checkUnit(input: UnitInput, creating: boolean): FieldError[] {
  const errors: FieldError[] = [...storableTextErrors(input)];
  if (creating && (typeof input.code !== 'string' || !CODE.test(input.code))) errors.push(fieldError('/code', 'must be 2-5 capital letters, optionally -NN (it begins register numbers)', 'pattern'));
  const name = input.name as unknown;
  const namesOk = typeof name === 'string' ? name.trim().length >= 3 && name.length <= 300
    : !!name && typeof name === 'object' && ['ru', 'ky', 'en'].every((l) => typeof (name as Record<string, unknown>)[l] === 'string' && ((name as Record<string, string>)[l]).trim().length > 0);
  if (!namesOk) errors.push(fieldError('/name', 'must be a name of 3 to 300 characters, or {ru, ky, en}', 'type'));
  if (!KINDS.includes(String(input.kind))) errors.push(fieldError('/kind', `must be one of ${KINDS.join(', ')}`, 'enum', { allowed: KINDS }));
  if (input.kind === 'prosecutor-office' && !RUNGS.includes(String(input.rung))) errors.push(fieldError('/rung', `a prosecutor's office has a rung: ${RUNGS.join(', ')}`, 'enum', { allowed: RUNGS }));
  if (input.parentId !== undefined && input.parentId !== null && (typeof input.parentId !== 'string' || !isUuid(input.parentId))) errors.push(fieldError('/parentId', 'must be the id of a unit', 'format'));
  for (const key of ['region', 'district', 'agency'] as const) {
    const v = input[key];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > 80)) errors.push(fieldError(`/${key}`, 'must be text of at most 80 characters', 'maxLength'));
  }
  if (input.active !== undefined && typeof input.active !== 'boolean') errors.push(fieldError('/active', 'must be true or false', 'type'));
  return errors;
}

const fieldError = (path: string, message: string, code: string, params: Record<string, unknown> = {}): FieldError => ({ path, message, code, params });
