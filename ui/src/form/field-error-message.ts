import type { ProblemFieldError } from '../api/problem';
import { dictionaries } from '../i18n/dictionaries';
import { interpolate, type MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';

/**
 * A server field error in the UI language: `fieldError.<code>` filled from the error's `params`
 * (`{limit}`; `{format}` via `dataFormat.<name>`; `{values}` / `{value}` via `enum.<value>`;
 * `{type}` via `dataType.<name>`). The server's own `message` is kept when the code is missing or
 * unknown, or when a parameter the translation needs is not there.
 */
export function fieldErrorMessage(error: ProblemFieldError, lang: Lang): string {
  const dict: Readonly<Record<string, string>> = dictionaries[lang];
  const lookup = (key: string): string | undefined => (Object.hasOwn(dict, key) ? dict[key] : undefined);
  const template = typeof error.code === 'string' ? lookup(`fieldError.${error.code}`) : undefined;
  if (template === undefined) return error.message;
  const params = messageParams(error.params, lookup);
  const needed = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!needed.every((name) => name in params)) return error.message;
  return interpolate(template, params);
}

/** The placeholders an error's params can fill, each already in the UI language. */
function messageParams(raw: unknown, lookup: (key: string) => string | undefined): MessageParams {
  const out: MessageParams = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const p = raw as Record<string, unknown>;
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
