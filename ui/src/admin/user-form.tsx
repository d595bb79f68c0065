import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import { PROSECUTOR_RANKS, type UnitItem, type UserAdminItem } from '../api/admin-types';
import type { Role } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { ScalarField } from '../form/scalar-field';
import { SelectField } from '../form/select-field';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages';
import { unitsForRole } from '../org/role-unit-kinds';
import { roles } from '../../../org/roles';
import { unitOptions } from './unit-options';

/** Props of {@link UserForm}. */
export interface UserFormProps {
  /** The user to change; none: a new user. */
  user?: UserAdminItem;
  units: readonly UnitItem[];
  onSaved(user: UserAdminItem): void;
  onCancel(): void;
}

const LABELS: Record<string, MessageKey> = {
  '/username': 'admin.user.username',
  '/fullName': 'admin.user.fullName',
  '/role': 'admin.user.role',
  '/unitId': 'admin.user.unit',
  '/password': 'admin.user.password',
  '/prosecutorRank': 'admin.user.rank',
  '/active': 'admin.user.active',
};

/**
 * Creates a user (`POST /api/users`: username, name, role, unit, password) or changes one
 * (`PATCH /api/users/:id`: name, role, unit, rank, active). The units offered fit the role; a
 * prosecutor of the Prosecutor General's Office also has a rank. The server decides; its refusals
 * are shown at their fields.
 */
export function UserForm({ user, units, onSaved, onCancel }: UserFormProps) {
  const { t, lang, enumLabel } = useI18n();
  const [values, setValues] = useState({
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    role: (user?.role ?? '') as Role | '',
    unitId: user?.unitId ?? '',
    password: '',
    prosecutorRank: user?.prosecutorRank ?? '',
    active: user?.active ?? true,
  });
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const set = (name: keyof typeof values) => (v: string | boolean) => setValues((old) => ({ ...old, [name]: v }));
  const offered = unitsForRole(units, values.role);
  const unit = units.find((u) => u.id === values.unitId);
  const ranked = values.role === 'prosecutor' && unit?.rung === 'general';

  const submit = onSubmit(async () => {
    const common = {
      fullName: values.fullName,
      ...(values.role ? { role: values.role } : {}),
      ...(values.unitId ? { unitId: values.unitId } : {}),
      ...(ranked && values.prosecutorRank ? { prosecutorRank: values.prosecutorRank } : {}),
    };
    const saved = user
      ? await apiFetch<UserAdminItem>(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { ...common, active: values.active } })
      : await apiFetch<UserAdminItem>('/api/users', { method: 'POST', body: { ...common, username: values.username, password: values.password } });
    onSaved(saved);
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="admin-form" data-testid="user-form" noValidate onSubmit={submit}>
        <h2>{user ? t('admin.user.editTitle', { username: user.username }) : t('admin.user.createTitle')}</h2>
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
        {!user && <TextInputField pointer="/username" label={t('admin.user.username')} required value={values.username} onChange={set('username')} autoComplete="off" />}
        <TextInputField pointer="/fullName" label={t('admin.user.fullName')} required value={values.fullName} onChange={set('fullName')} />
        <SelectField
          pointer="/role"
          label={t('admin.user.role')}
          required
          value={values.role}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(role) => {
            const fits = unitsForRole(units, role as Role).some((u) => u.id === values.unitId);
            setValues((old) => ({ ...old, role: role as Role | '', unitId: fits ? old.unitId : '' }));
          }}
        />
        <SelectField pointer="/unitId" label={t('admin.user.unit')} required value={values.unitId} options={unitOptions(offered, lang)} onChange={set('unitId')} />
        {ranked && (
          <SelectField
            pointer="/prosecutorRank"
            label={t('admin.user.rank')}
            value={values.prosecutorRank}
            options={PROSECUTOR_RANKS.map((r) => ({ value: r, label: enumLabel(r) }))}
            onChange={set('prosecutorRank')}
          />
        )}
        {!user && (
          <TextInputField
            pointer="/password"
            type="password"
            label={t('admin.user.password')}
            required
            value={values.password}
            onChange={set('password')}
            hint={t('admin.user.passwordHint')}
            autoComplete="new-password"
          />
        )}
        {user && <ScalarField schema={{ type: 'boolean' }} pointer="/active" label={t('admin.user.active')} required={false} value={values.active} onChange={set('active')} />}
        <FormActions submitting={submitting} submitLabel={user ? t('admin.user.save') : t('admin.user.create')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
