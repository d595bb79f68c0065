import type { MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';

/**
 * The placeholders of the organisation's refusals, in the UI language: `{kinds}` / `{kind}` (kinds
 * of unit: a role sits in the wrong kind, a relation points at one), `{role}` (who performs a task
 * a colleague cannot take), `{values}` from the administration's `allowed` list.
 */
export function orgParams(code: string, p: Record<string, unknown>, lang: Lang): MessageParams {
  const out: MessageParams = {};
  const kind = (k: unknown) => lookupMessage(lang, `unitKind.${String(k)}`) ?? String(k);
  if (code === 'role-unit-kind' && Array.isArray(p.kinds)) out.kinds = p.kinds.map(kind).join(', ');
  if (code === 'relation-kind' && typeof p.kind === 'string') out.kind = kind(p.kind);
  if (code === 'not-assignable' && typeof p.role === 'string') out.role = lookupMessage(lang, `role.${p.role}`) ?? p.role;
  if (code === 'enum' && Array.isArray(p.allowed)) {
    out.values = p.allowed.map((v) => lookupMessage(lang, `role.${String(v)}`) ?? lookupMessage(lang, `enum.${String(v)}`) ?? String(v)).join(', ');
  }
  return out;
}
