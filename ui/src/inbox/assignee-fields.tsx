import type { Assignee } from '../api/admin-types';
import { SelectField } from '../form/select-field';
import { TextInputField } from '../form/text-input-field';
import { useI18n } from '../i18n/use-i18n';
import { unitNameById } from '../org/unit-name';
import { useUnits } from '../org/use-units';

/** Props of {@link AssigneeFields}. */
export interface AssigneeFieldsProps {
  label: string;
  candidates: readonly Assignee[];
  userId: string;
  onUserId(id: string): void;
  note: string;
  onNote(note: string): void;
}

/** Who takes the task over (a colleague who may perform it, with their unit in the UI language) and an optional note: handing over and reassigning alike. */
export function AssigneeFields({ label, candidates, userId, onUserId, note, onNote }: AssigneeFieldsProps) {
  const { t, lang } = useI18n();
  const units = useUnits();
  return (
    <>
      <SelectField
        pointer="/userId"
        label={label}
        required
        value={userId}
        options={candidates.map((a) => ({ value: a.id, label: t('assign.candidate', { name: a.fullName, unit: unitNameById(units, a.unitId, a.unitName, lang) }) }))}
        onChange={onUserId}
      />
      <TextInputField pointer="/note" label={t('assign.note')} value={note} onChange={onNote} rows={2} />
    </>
  );
}
