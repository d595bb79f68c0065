import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import { AGENCIES, PROSECUTOR_RUNGS, RELATION_KINDS, UNIT_KINDS, type RelationKind, type UnitItem } from '../api/admin-types';
import { ErrorSummary } from '../form/error-summary';
import { FieldErrors } from '../form/field-errors';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { ScalarField } from '../form/scalar-field';
import { SelectField } from '../form/select-field';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages';
import { REGIONS } from '../org/regions';
import { unitAndDescendants } from '../org/unit-tree';
import { unitBody, unitFormValue, type UnitFormValue } from './unit-form-value';
import { unitOptions } from './unit-options';

/** Props of {@link UnitForm}. */
export interface UnitFormProps {
  /** The unit to change; none: a new unit. */
  unit?: UnitItem;
  units: readonly UnitItem[];
  onSaved(unit: UnitItem): void;
  onCancel(): void;
}

const LABELS: Record<string, MessageKey> = {
  '/code': 'admin.unit.code',
  '/name': 'admin.unit.nameRu',
  '/agency': 'admin.unit.agency',
  '/kind': 'admin.unit.kind',
  '/rung': 'admin.unit.rung',
  '/parentId': 'admin.unit.parent',
  '/region': 'admin.unit.region',
  '/district': 'admin.unit.district',
  '/active': 'admin.unit.active',
  '/relations': 'admin.unit.relations',
  ...Object.fromEntries(Object.keys(RELATION_KINDS).map((k) => [`/relations/${k}`, `relation.${k}` as MessageKey])),
};

/**
 * Creates an institution (`POST /api/units`) or changes one (`PATCH /api/units/:id`; its code
 * never changes: register numbers carry it): names in three languages, agency, kind, rung of a
 * prosecutor's office, parent, region, district, and for an investigative unit its relations
 * (supervising office, court, facility, probation office), each a unit of the right kind.
 */
export function UnitForm({ unit, units, onSaved, onCancel }: UnitFormProps) {
  const { t, lang, enumLabel } = useI18n();
  const [value, setValue] = useState<UnitFormValue>(() => unitFormValue(unit));
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const set = <K extends keyof UnitFormValue>(name: K) => (v: UnitFormValue[K]) => setValue((old) => ({ ...old, [name]: v }));
  const setName = (l: 'ru' | 'ky' | 'en') => (v: string) => setValue((old) => ({ ...old, name: { ...old.name, [l]: v } }));
  const setRelation = (k: RelationKind) => (v: string) => setValue((old) => ({ ...old, relations: { ...old.relations, [k]: v } }));
  const barred = unit ? unitAndDescendants(units, unit.id) : new Set<string>();
  const parents = units.filter((u) => !barred.has(u.id));

  const submit = onSubmit(async () => {
    const body = unitBody(value, !unit);
    const saved = unit
      ? await apiFetch<UnitItem>(`/api/units/${encodeURIComponent(unit.id)}`, { method: 'PATCH', body })
      : await apiFetch<UnitItem>('/api/units', { method: 'POST', body });
    onSaved(saved);
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="admin-form" data-testid="unit-form" noValidate onSubmit={submit}>
        <h2>{unit ? t('admin.unit.editTitle', { code: unit.code }) : t('admin.unit.createTitle')}</h2>
        {refusals.problem && (
          <ErrorSummary
            problem={refusals.problem}
            errors={refusals.errors}
            isInline={(p) => p in LABELS}
            labelOf={(p) => (LABELS[p] ? t(LABELS[p]) : p)}
            message={refusals.message}
          />
        )}
        <p className="muted">{t('form.requiredLegend')}</p>
        <TextInputField pointer="/code" label={t('admin.unit.code')} required={!unit} readOnly={!!unit} value={value.code} onChange={set('code')} hint={t('admin.unit.codeHint')} />
        <TextInputField pointer="/name/ru" label={t('admin.unit.nameRu')} required value={value.name.ru} onChange={setName('ru')} />
        <TextInputField pointer="/name/ky" label={t('admin.unit.nameKy')} required value={value.name.ky} onChange={setName('ky')} />
        <TextInputField pointer="/name/en" label={t('admin.unit.nameEn')} required value={value.name.en} onChange={setName('en')} />
        <FieldErrors pointer="/name" />
        <SelectField pointer="/kind" label={t('admin.unit.kind')} required value={value.kind} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} onChange={set('kind')} />
        {value.kind === 'prosecutor-office' && (
          <SelectField pointer="/rung" label={t('admin.unit.rung')} required value={value.rung} options={PROSECUTOR_RUNGS.map((r) => ({ value: r, label: t(`rung.${r}`) }))} onChange={set('rung')} />
        )}
        <SelectField pointer="/agency" label={t('admin.unit.agency')} value={value.agency} options={AGENCIES.map((a) => ({ value: a, label: t(`agency.${a}`) }))} onChange={set('agency')} emptyLabel={t('admin.unit.none')} />
        <SelectField pointer="/parentId" label={t('admin.unit.parent')} value={value.parentId} options={unitOptions(parents, lang)} onChange={set('parentId')} emptyLabel={t('admin.unit.none')} />
        <SelectField pointer="/region" label={t('admin.unit.region')} value={value.region} options={REGIONS.map((r) => ({ value: r, label: enumLabel(r) }))} onChange={set('region')} emptyLabel={t('admin.unit.none')} />
        <TextInputField pointer="/district" label={t('admin.unit.district')} value={value.district} onChange={set('district')} />
        {unit && <ScalarField schema={{ type: 'boolean' }} pointer="/active" label={t('admin.unit.active')} required={false} value={value.active} onChange={(v) => set('active')(v === true)} />}
        <fieldset className="field-group" data-path="/relations">
          <legend>{t('admin.unit.relations')}</legend>
          {value.kind === 'investigative-unit' ? (
            (Object.keys(RELATION_KINDS) as RelationKind[]).map((k) => (
              <SelectField
                key={k}
                pointer={`/relations/${k}`}
                label={t(`relation.${k}`)}
                value={value.relations[k]}
                options={unitOptions(units.filter((u) => u.kind === RELATION_KINDS[k] && (u.active || u.id === value.relations[k])), lang)}
                onChange={setRelation(k)}
                emptyLabel={t('admin.unit.none')}
              />
            ))
          ) : (
            <p className="muted">{t('admin.unit.relationsOnlyInvestigative')}</p>
          )}
          <FieldErrors pointer="/relations" />
        </fieldset>
        <FormActions submitting={submitting} submitLabel={unit ? t('admin.unit.save') : t('admin.unit.create')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
