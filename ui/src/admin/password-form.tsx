import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { UserAdminItem } from '../api/admin-types';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link PasswordForm}. */
export interface PasswordFormProps {
  user: UserAdminItem;
  onSet(): void;
  onCancel(): void;
}

/** Sets a new password for a user (`POST /api/users/:id/password`), which the administrator hands over in person. */
export function PasswordForm({ user, onSet, onCancel }: PasswordFormProps) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();

  const submit = onSubmit(async () => {
    await apiFetch(`/api/users/${encodeURIComponent(user.id)}/password`, { method: 'POST', body: { password } });
    onSet();
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="admin-form" data-testid="password-form" noValidate onSubmit={submit}>
        <h2>{t('admin.user.passwordTitle', { username: user.username })}</h2>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p === '/password'} labelOf={() => t('admin.user.password')} message={refusals.message} />
        )}
        <TextInputField
          pointer="/password"
          type="password"
          label={t('admin.user.password')}
          required
          value={password}
          onChange={setPassword}
          hint={t('admin.user.passwordHint')}
          autoComplete="new-password"
        />
        <FormActions submitting={submitting} submitLabel={t('admin.user.setPassword')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
