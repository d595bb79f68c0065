import type { Knex } from 'knex';
import { capabilitiesOf } from '../org/roles';
import { defaultRetentionRules } from '../privacy/retention-rules';
import { audit } from './user-admin';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError } from './errors';

/** A retention rule as the API shows it: the period legal staff set, with its names and anchor. */
export interface RetentionRuleItem {
  outcome: string; years: number; subjects: 'case' | 'person';
  name: { en: string; ru: string }; anchor: { en: string; ru: string };
  updatedAt: string; updatedBy: string | null;
}

/** The retention rules in force (privacy/retention-rules.json names them; the periods are in PostgreSQL). */
export async function listRetentionRules(db: Knex): Promise<RetentionRuleItem[]> {
  const rows = new Map((await db('retention_rules as r').leftJoin('users as u', 'u.id', 'r.updated_by').select('r.*', 'u.username')).map((r) => [r.outcome, r]));
  return defaultRetentionRules.filter((d) => rows.has(d.outcome)).map((d) => {
    const row = rows.get(d.outcome);
    return {
      outcome: d.outcome, years: row.years, subjects: d.subjects, name: { en: d.en.name, ru: d.ru.name }, anchor: { en: d.en.anchor, ru: d.ru.anchor },
      updatedAt: new Date(row.updated_at).toISOString(), updatedBy: row.username ?? null,
    };
  });
}

/** Legal staff set a period (1-100 years); the change is audited with before and after. */
export async function setRetentionYears(deps: DomainDeps, user: SessionUser, outcome: string, body: unknown): Promise<RetentionRuleItem> {
  if (!capabilitiesOf(user.role).editProcedures) throw new ForbiddenError('Retention periods are set by legal staff', 'retention-legal-only');
  const outcomes = defaultRetentionRules.map((r) => r.outcome);
  const years = (body as { years?: unknown } | null)?.years;
  const errors = [
    ...(outcomes.includes(outcome) ? [] : [{ path: '/outcome', message: `must be one of ${outcomes.join(', ')}`, code: 'enum', params: { allowed: outcomes } }]),
    ...(Number.isInteger(years) && (years as number) >= 1 && (years as number) <= 100 ? [] : [{ path: '/years', message: 'must be a whole number of years from 1 to 100', code: 'range', params: { min: 1, max: 100 } }]),
  ];
  if (errors.length > 0) throw new InputError('The retention rule is invalid', errors);
  await deps.db.transaction(async (trx) => {
    const before = await trx('retention_rules').where({ outcome }).forUpdate().first('years');
    await trx('retention_rules').where({ outcome }).update({ years, updated_by: user.id, updated_at: deps.clock() });
    await audit(trx, user, 'retention-rule', outcome, 'changed', { years: before?.years ?? null }, { years });
  });
  const rule = (await listRetentionRules(deps.db)).find((r) => r.outcome === outcome);
  if (!rule) throw new Error(`retention rule ${outcome} vanished`);
  return rule;
}
