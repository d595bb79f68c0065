import type { Person } from '../api/api-types';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { formatDate } from '../time/format-date';
import { currentRoles } from './current-roles';

/** The persons of a case with their current procedural roles (personal data: the server logs the read). */
export function PersonTable({ persons }: { persons: Person[] }) {
  const { t, tMaybe, enumLabel } = useI18n();
  if (persons.length === 0) return <p className="empty">{t('case.personsEmpty')}</p>;
  return (
    <table className="data-table" data-testid="person-table">
      <thead>
        <tr>
          <th scope="col">{t('col.name')}</th>
          <th scope="col">{t('col.role')}</th>
          <th scope="col">{t('col.birthDate')}</th>
          <th scope="col">{t('col.sex')}</th>
          <th scope="col">{t('col.minor')}</th>
          <th scope="col">{t('col.detainedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {persons.map((p) => (
          <tr key={p.id} data-testid="person-row" data-roles={currentRoles(p).join(' ')}>
            <td>
              {p.lastName === null && p.firstName === null ? (
                <span className="removed" data-testid="person-removed" title={t('case.personalDataRemoved')}>{t('case.personRemoved')}</span>
              ) : (
                <>
                  {p.lastName} {p.firstName}
                </>
              )}
            </td>
            <td>{currentRoles(p).map((role) => tMaybe(`personRole.${role}`) ?? role).join(', ')}</td>
            <td className="nowrap">{p.birthDate ? formatDate(p.birthDate) : '—'}</td>
            <td>{enumLabel(p.sex)}</td>
            <td>{p.isChild === null ? '—' : p.isChild ? t('common.yes') : t('common.no')}</td>
            <td className="nowrap">
              <Instant value={p.detainedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
