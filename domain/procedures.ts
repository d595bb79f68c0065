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
  assertProcedureKey(key);
  const { errors, warnings } = await checkProcedure(key, xml);
  return { errors, warnings };
}

/** Deploys a new immutable version of a procedure; a diagram with errors is refused and nothing is stored. */
export async function deployProcedure(deps: DomainDeps, user: SessionUser, key: string, xml: string): Promise<ProcedureVersion & { created: boolean }> {
  assertLegalStaff(user);
  assertProcedureKey(key);
  const same = await sameAsLatest(deps.db, key, xml);
  if (same) return { ...same, created: false };
  const check = await checkProcedure(key, xml);
  if (!check.model) {
    throw new InputError('The diagram cannot be deployed', check.errors.map((e) => ({ path: `/${e.elementId}`, message: e.message, code: e.rule, params: e.params })));
  }
  return insertVersion(deps.db, key, xml, check.model, check.warnings, user.id);
}

/** The latest version of a procedure when its diagram is byte for byte this one: deploying it again adds no version. */
export async function sameAsLatest(db: Knex, key: string, xml: string): Promise<ProcedureVersion | null> {
  const latest = await db('procedures').where({ key }).orderBy('version', 'desc').first();
  return latest && latest.sha256 === sha256Of(xml) ? toVersion(latest) : null;
}

const sha256Of = (xml: string) => createHash('sha256').update(xml, 'utf8').digest('hex');

/**
 * Stores a new version, numbered after the latest; under the key's lock, so two deployments (two
 * API processes starting after an upgrade) neither race for a number nor store the same diagram
 * twice: the same diagram as the latest version gives that version back.
 */
async function insertVersion(db: Knex, key: string, xml: string, model: ProcedureModel, warnings: DiagramProblem[], userId: string | null): Promise<ProcedureVersion & { created: boolean }> {
  const sha256 = sha256Of(xml);
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`procedure:${key}`]);
    const latest = await trx('procedures').where({ key }).orderBy('version', 'desc').first();
    if (latest?.sha256 === sha256) return { ...toVersion(latest), created: false };
    const version = Number(latest?.version ?? 0) + 1;
    const [row] = await trx('procedures')
      .insert({ key, version, sha256, bpmn_xml: xml, model: JSON.stringify(model), warnings: JSON.stringify(warnings), deployed_by: userId })
      .returning(['key', 'version', 'sha256', 'deployed_at', 'deployed_by', 'warnings']);
    return { ...toVersion(row), created: true };
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

/** A procedure's key: a name of letters, digits, dash and underscore (the shipped one is CriminalCase). */
const PROCEDURE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;

function assertProcedureKey(key: string): void {
  if (!PROCEDURE_KEY.test(key)) {
    throw new InputError('A procedure key is letters, digits, dash and underscore, starting with a letter', [{ path: '/key', message: 'is not a procedure key', code: 'pattern', params: { pattern: PROCEDURE_KEY.source } }], 400);
  }
}

/** One version with its XML and compiled model. */
export async function getProcedureVersion(deps: DomainDeps, key: string, versionText: string) {
  // A version is a positive integer PostgreSQL can hold: anything else is no version (404), never a 500.
  const version = /^[1-9][0-9]{0,8}$/.test(versionText) ? Number(versionText) : NaN;
  if (!Number.isInteger(version) || !PROCEDURE_KEY.test(key)) throw new NotFoundError('No such procedure version', 'not-found');
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
 * Deploys the diagrams shipped with the code: version 1 of a procedure that has none, and a new
 * version when the shipped diagram changed and the latest one is still a shipped one (deployed by
 * no user), so a start after an upgrade gives new cases the upgraded procedure (the institutions'
 * roles, say). Once legal staff deploy a version of their own, a start never replaces it.
 */
export async function deployShippedProcedures(db: Knex): Promise<void> {
  for (const { key, file } of SHIPPED) {
    const xml = readFileSync(file, 'utf8');
    const latest = await db('procedures').where({ key }).orderBy('version', 'desc').first('deployed_by');
    if (latest && (latest.deployed_by !== null || (await sameAsLatest(db, key, xml)))) continue;
    const check = await checkProcedure(key, xml);
    if (!check.model) throw new Error(`${file} does not compile: ${check.errors.map((e) => `${e.elementId} ${e.message}`).join('; ')}`);
    await insertVersion(db, key, xml, check.model, check.warnings, null);
  }
}
