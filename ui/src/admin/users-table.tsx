import type { UserAdminItem } from '../api/admin-types';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  users: readonly UserAdminItem[];
  onEdit(user: UserAdminItem): void;
  onPassword(user: UserAdminItem): void;
  onActive(user: UserAdminItem, active: boolean): void;
  onResetSecondFactor(user: UserAdminItem): void;
}

/** Every user: username, name, role, institution, whether active, created; edit, new password, reset the second factor, (de)activate. */
export function UsersTable({ users, onEdit, onPassword, onActive, onResetSecondFactor }: UsersTableProps) {
  const { t, tMaybe } = useI18n();
  return (
    <table className="data-table" data-testid="users-table">
      <thead>
        <tr>
          <th scope="col">{t('col.username')}</th>
          <th scope="col">{t('col.fullName')}</th>
          <th scope="col">{t('col.userRole')}</th>
          <th scope="col">{t('admin.user.unit')}</th>
          <th scope="col">{t('col.createdAt')}</th>
          <th scope="col">{t('col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} data-testid="user-row" data-username={u.username} data-active={String(u.active)} className={u.active ? undefined : 'row-inactive'}>
            <td>
              <code>{u.username}</code> {!u.active && <span className="badge status-cancelled">{t('admin.user.inactive')}</span>}
            </td>
            <td>{u.fullName}</td>
            <td>
              {tMaybe(`role.${u.role}`) ?? u.role}
              {u.prosecutorRank && <div className="small muted">{tMaybe(`enum.${u.prosecutorRank}`) ?? u.prosecutorRank}</div>}
              {u.secondFactorEnrolled && <div className="small muted" data-testid="user-second-factor">{t('admin.user.secondFactor')}</div>}
            </td>
            <td>
              <code>{u.unitCode}</code> <UnitLabel unitId={u.unitId} fallback={u.unitName} />
            </td>
            <td className="nowrap">
              <Instant value={u.createdAt} />
            </td>
            <td>
              <div className="action-row">
                <button type="button" className="button-secondary button-small" data-testid="user-edit" onClick={() => onEdit(u)}>
                  {t('admin.user.edit')}
                </button>
                <button type="button" className="button-secondary button-small" data-testid="user-password" onClick={() => onPassword(u)}>
                  {t('admin.user.resetPassword')}
                </button>
                {u.secondFactorEnrolled && (
                  <button type="button" className="button-secondary button-small" data-testid="user-reset-second-factor" onClick={() => onResetSecondFactor(u)}>
                    {t('admin.user.resetSecondFactor')}
                  </button>
                )}
                <button type="button" className="button-secondary button-small" data-testid={u.active ? 'user-deactivate' : 'user-activate'} onClick={() => onActive(u, !u.active)}>
                  {u.active ? t('admin.user.deactivate') : t('admin.user.activate')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
