import type { ProblemFieldError } from '../api/problem';
import type { MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { localizeBasis } from '../i18n/localize-basis';
import { lookupMessage } from '../i18n/lookup-message';
import { quoted } from '../i18n/quoted';
import { recordTypeTitleText } from '../schema/record-type-title-text';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';
import { factName } from './fact-name';
import { factValueText } from './fact-value-text';
import type { RefusalContext } from './refusal-context';

/** True when a precondition requires a fact (`person.detainedAt`) rather than a record type (`measure-motion`). */
export function requiresFact(requires: unknown): boolean {
  return typeof requires === 'string' && requires.includes('.');
}

/**
 * The placeholders a case-invariant refusal fills, each in the UI language: `{fact}` and
 * `{expected}` (a value of the case file, an instant in Bishkek time), `{person}` (by name),
 * `{roles}` and `{eligible}` (procedural roles), `{record}` (a record type's title and the values
 * it must have), `{basis}` (the article, localised).
 */
export function refusalParams(error: ProblemFieldError, p: Record<string, unknown>, lang: Lang, ctx: RefusalContext): MessageParams {
  const out: MessageParams = {};
  if (typeof p.fact === 'string') out.fact = factName(p.fact, error.path, lang, ctx);
  if (error.code === 'not-task-person') {
    const person = ctx.persons?.find((x) => x.id === p.expected);
    if (person) out.person = person.label;
  } else if (p.expected !== undefined) {
    out.expected = factValueText(p.expected, lang);
  }
  if (Array.isArray(p.roles)) out.roles = roleList(p.roles, lang);
  if (Array.isArray(p.eligible)) out.eligible = roleList(p.eligible, lang);
  if (typeof p.requires === 'string') {
    if (requiresFact(p.requires)) out.fact = factName(p.requires, error.path, lang, ctx);
    else out.record = recordText(p.requires, p.where, lang, ctx);
  }
  if (typeof p.basis === 'string') out.basis = localizeBasis(p.basis, lang);
  return out;
}

/** Procedural roles by their `personRole.<role>` labels; none at all is said in words. */
function roleList(roles: unknown[], lang: Lang): string {
  if (roles.length === 0) return lookupMessage(lang, 'personRole.none') ?? '—';
  return roles.map((r) => lookupMessage(lang, `personRole.${String(r)}`) ?? String(r)).join(', ');
}

/** «Decision on the check» (Decision: open a criminal case): the record type and the values it must hold. */
function recordText(recordType: string, where: unknown, lang: Lang, ctx: RefusalContext): string {
  const schema = ctx.schemas?.get(recordType);
  const title = quoted(recordTypeTitleText(recordType, lang, schema), lang);
  if (!where || typeof where !== 'object' || Array.isArray(where)) return title;
  const conditions = Object.entries(where).map(([field, value]) => {
    const sub = schema?.properties?.[field];
    const name = schemaTitle(sub && schema ? resolveSchema(sub, schema) : undefined, lang, field);
    return `${name}: ${factValueText(value, lang)}`;
  });
  return conditions.length > 0 ? `${title} (${conditions.join(', ')})` : title;
}
