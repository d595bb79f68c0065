import { capabilitiesOf } from '../org/roles';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { compileProcedure } from '../bpmn/compile-procedure';
import { lintProcedure } from '../bpmn/lint/lint-procedure';
import { diagramProblem } from '../bpmn/problem-codes';
import type { DiagramProblem, ProcedureModel } from '../bpmn/procedure-model';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';

/** The procedure every new criminal case follows (its latest deployed version). */
export const CASE_PROCEDURE_KEY = 'CriminalCase';
const SHIPPED = [{ key: CASE_PROCEDURE_KEY, file: join(__dirname, '..', 'bpmn', 'procedures', 'criminal-case.bpmn') }];
const MAX_XML_BYTES = 2 * 1024 * 1024;

export interface ProcedureCheck {
  errors: DiagramProblem[];
  warnings: DiagramProblem[];
}

export interface ProcedureVersion {
  key: string;
  version: number;
  sha256: string;
  deployedAt: string;
  deployedBy: string | null;
  warnings: DiagramProblem[];
}

/** Compiles and lints a diagram for deployment under `key`: everything wrong with it, nothing stored. */
export async function checkProcedure(key: string, xml: string): Promise<ProcedureCheck & { model: ProcedureModel | null }> {
  if (Buffer.byteLength(xml, 'utf8') > MAX_XML_BYTES) {
    const megabytes = MAX_XML_BYTES / 1024 / 1024;
    return { model: null, errors: [diagramProblem('definitions', 'size', `The diagram is larger than ${megabytes} MB`, { megabytes })], warnings: [] };
  }
  const compiled = await compileProcedure(xml);
  const lint = await lintProcedure(xml);
  const problem = ({ elementId, message, rule, params }: DiagramProblem): DiagramProblem => ({ elementId, message, rule, params });
  const errors = lint.filter((p) => p.severity === 'error').map(problem);
  const warnings = lint.filter((p) => p.severity === 'warning').map(problem);
  if (compiled.model && compiled.model.key !== key) {
    const process = compiled.model.key;
    errors.push(diagramProblem(process, 'key', `The executable process is ${process}, not ${key}`, { process, key }));
  }
  return { model: errors.length === 0 ? compiled.model : null, errors, warnings };
}

function assertLegalStaff(user: SessionUser): void {
  if (!capabilitiesOf(user.role).editProcedures) throw new ForbiddenError('Only legal staff deploy procedures', 'legal-staff-only');
}

/** Validates a diagram (legal staff): errors and warnings, nothing stored. */
export async function validateProcedure(user: SessionUser, key: string, xml: string): Promise<ProcedureCheck> {
  assertLegalStaff(user);
  const { errors, warnings } = await checkProcedure(key, xml);
  return { errors, warnings };
}

/** Deploys a new immutable version of a procedure; a diagram with errors is refused and nothing is stored. */
export async function deployProcedure(deps: DomainDeps, user: SessionUser, key: string, xml: string): Promise<ProcedureVersion> {
  assertLegalStaff(user);
  const check = await checkProcedure(key, xml);
  if (!check.model) {
    throw new InputError('The diagram cannot be deployed', check.errors.map((e) => ({ path: `/${e.elementId}`, message: e.message, code: e.rule, params: e.params })));
  }
  return insertVersion(deps.db, key, xml, check.model, check.warnings, user.id);
}

async function insertVersion(db: Knex, key: string, xml: string, model: ProcedureModel, warnings: DiagramProblem[], userId: string | null): Promise<ProcedureVersion> {
  const sha256 = createHash('sha256').update(xml, 'utf8').digest('hex');
  return db.transaction(async (trx) => {
    // One deployment of a key at a time: versions are numbered without gaps or races.
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`procedure:${key}`]);
    const latest = await trx('procedures').where({ key }).max('version as v').first();
    const version = Number(latest?.v ?? 0) + 1;
    const [row] = await trx('procedures')
      .insert({ key, version, sha256, bpmn_xml: xml, model: JSON.stringify(model), warnings: JSON.stringify(warnings), deployed_by: userId })
      .returning(['key', 'version', 'sha256', 'deployed_at', 'deployed_by', 'warnings']);
    return toVersion(row);
  });
}

function toVersion(row: { key: string; version: number; sha256: string; deployed_at: Date; deployed_by: string | null; warnings: Array<Omit<DiagramProblem, 'params'> & { params?: DiagramProblem['params'] }> }): ProcedureVersion {
  // warnings stored before problems carried params have none: the UI shows their English message
  const warnings = row.warnings.map((w) => ({ ...w, params: w.params ?? {} }));
  return { key: row.key, version: row.version, sha256: row.sha256, deployedAt: row.deployed_at.toISOString(), deployedBy: row.deployed_by, warnings };
}

/** Every procedure with its versions, newest first. */
export async function listProcedures(deps: DomainDeps): Promise<Array<{ key: string; latestVersion: number; versions: ProcedureVersion[] }>> {
  const rows = await deps.db('procedures').select('key', 'version', 'sha256', 'deployed_at', 'deployed_by', 'warnings').orderBy([{ column: 'key' }, { column: 'version', order: 'desc' }]);
  const byKey = new Map<string, ProcedureVersion[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), toVersion(r)]);
  return [...byKey.entries()].map(([key, versions]) => ({ key, latestVersion: versions[0].version, versions }));
}

/** One version with its XML and compiled model. */
export async function getProcedureVersion(deps: DomainDeps, key: string, version: number) {
  if (!Number.isInteger(version) || version < 1) throw new NotFoundError('No such procedure version', 'not-found');
  const row = await deps.db('procedures').where({ key, version }).first();
  if (!row) throw new NotFoundError('No such procedure version', 'not-found');
  return { ...toVersion(row), xml: row.bpmn_xml as string, model: row.model as ProcedureModel };
}

/** The version new cases of `key` start with. */
export async function latestProcedure(db: Knex, key: string): Promise<{ version: number; model: ProcedureModel }> {
  const row = await db('procedures').where({ key }).orderBy('version', 'desc').first('version', 'model');
  if (!row) throw new ConflictError(`No version of the procedure ${key} is deployed`, 'procedure-not-deployed', { key });
  return { version: row.version, model: row.model };
}

/**
 * Deploys the diagrams shipped with the code as version 1 of each procedure that has none yet.
 * Versions legal staff deploy later are never replaced by a start.
 */
export async function deployShippedProcedures(db: Knex): Promise<void> {
  for (const { key, file } of SHIPPED) {
    if (await db('procedures').where({ key }).first('version')) continue;
    const xml = readFileSync(file, 'utf8');
    const check = await checkProcedure(key, xml);
    if (!check.model) throw new Error(`${file} does not compile: ${check.errors.map((e) => `${e.elementId} ${e.message}`).join('; ')}`);
    await insertVersion(db, key, xml, check.model, check.warnings, null);
  }
}
