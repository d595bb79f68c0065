import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { UserAdminItem } from '../api/admin-types';
import type { ItemList } from '../api/api-types';
import type { Problem } from '../api/problem';
import { useApiGet } from '../api/use-api-get';
import { PasswordForm } from '../admin/password-form';
import { UserForm } from '../admin/user-form';
import { UsersTable } from '../admin/users-table';
import { Loading } from '../components/loading';
import type { Notice } from '../components/notice';
import { NoticeBox } from '../components/notice-box';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { useUnits } from '../org/use-units';
import { useMe } from '../session/use-me';

type Open = { form: 'create' } | { form: 'edit' | 'password'; user: UserAdminItem };

/** `/admin/users` (administrators): every user; create one, change name, role, unit or rank, set a password, reset the second factor, deactivate. */
export function AdminUsersPage() {
  const { t } = useI18n();
  const allowed = useMe()?.can.administer === true;
  const users = useApiGet<ItemList<UserAdminItem>>(allowed ? '/api/users' : null);
  const units = useUnits();
  const [open, setOpen] = useState<Open>();
  const [notice, setNotice] = useState<Notice>();
  const [problem, setProblem] = useState<Problem>();

  function saved(user: UserAdminItem, key: Notice['key']) {
    setOpen(undefined);
    setProblem(undefined);
    setNotice({ key, params: { username: user.username } });
    const items = users.data?.items ?? [];
    const known = items.some((u) => u.id === user.id);
    users.setData({ items: known ? items.map((u) => (u.id === user.id ? user : u)) : [...items, user].sort((a, b) => a.username.localeCompare(b.username)) });
  }

  async function setActive(user: UserAdminItem, active: boolean) {
    setNotice(undefined);
    setProblem(undefined);
    try {
      const changed = await apiFetch<UserAdminItem>(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { active } });
      saved(changed, active ? 'admin.user.activated' : 'admin.user.deactivated');
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : { title: String(err), status: 0 });
    }
  }

  async function resetSecondFactor(user: UserAdminItem) {
    setNotice(undefined);
    setProblem(undefined);
    try {
      await apiFetch(`/api/users/${encodeURIComponent(user.id)}/second-factor`, { method: 'DELETE' });
      saved({ ...user, secondFactorEnrolled: false }, 'admin.user.secondFactorReset');
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : { title: String(err), status: 0 });
    }
  }

  const form = () => {
    if (!open || !units) return null;
    const cancel = () => setOpen(undefined);
    if (open.form === 'create') return <UserForm key="create" units={units} onCancel={cancel} onSaved={(u) => saved(u, 'admin.user.created')} />;
    if (open.form === 'edit') return <UserForm key={open.user.id} user={open.user} units={units} onCancel={cancel} onSaved={(u) => saved(u, 'admin.user.saved')} />;
    return (
      <PasswordForm
        key={open.user.id}
        user={open.user}
        onCancel={cancel}
        onSet={() => {
          setOpen(undefined);
          setNotice({ key: 'admin.user.passwordSet', params: { username: open.user.username } });
        }}
      />
    );
  };

  return (
    <section>
      <div className="page-title">
        <h1>{t('admin.users.title')}</h1>
        {allowed && (
          <div className="toolbar-inline">
            <button
              type="button"
              className="button-primary"
              data-testid="user-new"
              onClick={() => {
                setNotice(undefined);
                setOpen({ form: 'create' });
              }}
            >
              {t('admin.users.new')}
            </button>
            <button type="button" className="button-secondary" onClick={users.reload}>
              {t('common.refresh')}
            </button>
          </div>
        )}
      </div>
      {!allowed && <p className="alert alert-info">{t('problem.administrators-only')}</p>}
      <NoticeBox notice={notice} />
      {problem && <ProblemBox problem={problem} />}
      {open && <div className="panel">{units ? form() : <Loading />}</div>}
      {users.error && <ProblemBox problem={users.error.problem} />}
      {!users.data && users.loading && <Loading />}
      {users.data && users.data.items.length === 0 && <p className="empty">{t('admin.users.empty')}</p>}
      {users.data && users.data.items.length > 0 && (
        <UsersTable
          users={users.data.items}
          onEdit={(user) => {
            setNotice(undefined);
            setOpen({ form: 'edit', user });
          }}
          onPassword={(user) => {
            setNotice(undefined);
            setOpen({ form: 'password', user });
          }}
          onActive={(user, active) => void setActive(user, active)}
          onResetSecondFactor={(user) => void resetSecondFactor(user)}
        />
      )}
    </section>
  );
}
