import type { ProblemFieldError } from '../api/problem';
import { interpolate, type MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import type { RefusalContext } from './refusal-context';
import { orgParams } from './org-params';
import { refusalParams, requiresFact } from './refusal-params';

/**
 * A server field error in the UI language: `fieldError.<code>` (or a variant of it, below) filled
 * from the error's `params`. Schema keywords: `{limit}`; `{format}` via `dataFormat.<name>`;
 * `{values}` / `{value}` via `enum.<value>`; `{type}` via `dataType.<name>`. Case invariants
 * (`before-fact`, `precondition`, ...): see `refusalParams`; `ctx` lets them name fields, record
 * types and persons. The server's own `message` is kept when the code is missing or unknown, or
 * when a parameter the translation needs is not there.
 */
export function fieldErrorMessage(error: ProblemFieldError, lang: Lang, ctx: RefusalContext = {}): string {
  if (typeof error.code !== 'string') return error.message;
  const raw = error.params;
  const p: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const params = { ...keywordParams(p, lang), ...orgParams(error.code, p, lang), ...refusalParams(error, p, lang, ctx) };
  const template = lookupMessage(lang, templateKey(error.code, p, params, lang));
  if (template === undefined) return error.message;
  const needed = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!needed.every((name) => name in params)) return error.message;
  return interpolate(template, params);
}

/** The message key: `fieldError.<code>`, or the variant that fits the params. */
function templateKey(code: string, p: Record<string, unknown>, params: MessageParams, lang: Lang): string {
  switch (code) {
    case 'storableText':
      // 'nul' | 'lone-surrogate': which character cannot be stored
      return typeof p.reason === 'string' && lookupMessage(lang, `fieldError.storableText.${p.reason}`)
        ? `fieldError.storableText.${p.reason}`
        : 'fieldError.storableText';
    case 'precondition':
      return requiresFact(p.requires) ? 'fieldError.precondition.fact' : 'fieldError.precondition';
    case 'not-task-person':
      // named only when the person is known here: an id is never shown
      return 'person' in params ? 'fieldError.not-task-person.named' : 'fieldError.not-task-person';
    default:
      return `fieldError.${code}`;
  }
}

/** The placeholders a schema keyword's params can fill, each already in the UI language. */
function keywordParams(p: Record<string, unknown>, lang: Lang): MessageParams {
  const out: MessageParams = {};
  const lookup = (key: string) => lookupMessage(lang, key);
  const value = (v: unknown): string => {
    if (typeof v === 'string') return lookup(`enum.${v}`) ?? v;
    if (typeof v === 'boolean') return lookup(v ? 'common.yes' : 'common.no') ?? String(v);
    return typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  };
  if (typeof p.limit === 'number' || typeof p.limit === 'string') out.limit = String(p.limit);
  if (typeof p.format === 'string') out.format = lookup(`dataFormat.${p.format}`) ?? p.format;
  if (Array.isArray(p.allowedValues)) out.values = p.allowedValues.map(value).join(', ');
  if (p.allowedValue !== undefined) out.value = value(p.allowedValue);
  // Ajv gives one type name, or several (`["string", "null"]`, or joined with commas)
  const types = Array.isArray(p.type) ? p.type : typeof p.type === 'string' ? p.type.split(',') : undefined;
  if (types) out.type = types.map((name) => lookup(`dataType.${String(name)}`) ?? String(name)).join(', ');
  return out;
}
