import { interpolate, type MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { formatInstant } from '../time/format-instant';
import type { Problem } from './problem';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * What a failed request means, in the UI language: `problem.<code>` filled from the problem's
 * `params` (a role or a task status by its label, an instant in Bishkek time, a wait in minutes);
 * `problem.<code>.bare` when a parameter it needs is missing. The server's `detail` (English) is
 * shown only for a code the UI does not know, or when there is no code at all.
 */
export function problemMessage(problem: Problem, lang: Lang): string {
  if (problem.status === 0) return lookupMessage(lang, 'error.network') ?? problem.title;
  const code = typeof problem.code === 'string' ? problem.code : undefined;
  if (code) {
    const params = problemParams(problem.params, lang);
    for (const key of [`problem.${code}`, `problem.${code}.bare`]) {
      const template = lookupMessage(lang, key);
      if (template !== undefined && placeholders(template).every((name) => name in params)) return interpolate(template, params);
    }
  }
  if (problem.detail) return problem.detail;
  const status = interpolate(lookupMessage(lang, 'error.status') ?? 'Error {status}', { status: problem.status });
  return `${status}: ${problem.title}`;
}

/** The names of a template's `{placeholders}`. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** A problem's params as its text shows them: labels for roles and statuses, Bishkek time for instants. */
function problemParams(raw: unknown, lang: Lang): MessageParams {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
    else if (typeof value === 'string') out[name] = INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? formatInstant(value) : value;
  }
  const p = raw as Record<string, unknown>;
  if (typeof p.role === 'string') out.role = lookupMessage(lang, `role.${p.role}`) ?? p.role;
  if (typeof p.status === 'string') out.status = lookupMessage(lang, `enum.${p.status}`) ?? p.status;
  // the sign-in throttle says seconds; people wait in whole minutes, never less than one
  if (typeof p.retryAfterSeconds === 'number' && p.retryAfterSeconds > 0) out.minutes = Math.ceil(p.retryAfterSeconds / 60);
  return out;
}
