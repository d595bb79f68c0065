import type { UnitItem } from '../api/admin-types';
import type { SelectOption } from '../form/select-field';
import type { Lang } from '../i18n/lang';
import { unitName } from '../org/unit-name';

/** Units as choices of a select: `BSK-01 — name in the UI language`, by code. */
export function unitOptions(units: readonly UnitItem[], lang: Lang): SelectOption[] {
  return [...units].sort((a, b) => a.code.localeCompare(b.code)).map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }));
}
