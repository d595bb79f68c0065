import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { useLocation } from '../router/use-location';
import { UnitLabel } from '../org/unit-label';
import { homePath } from '../session/home-path';
import { useSession } from '../session/use-session';
import { LanguageSelect } from './language-select';

/**
 * The top bar: app name, the signed-in user (name, role, unit), language, log out; then the menu
 * of what the user may do (`me.can`), nothing else.
 */
export function AppHeader() {
  const { t, tMaybe } = useI18n();
  const { state, logout } = useSession();
  const { pathname } = useLocation();
  const me = state.status === 'authenticated' ? state.me : undefined;

  const navLink = (to: string, label: string) => {
    // "/cases/new" has its own link, so it does not also light up "Cases"
    const active = pathname === to || (pathname.startsWith(`${to}/`) && pathname !== '/cases/new');
    return (
      <Link to={to} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
        {label}
      </Link>
    );
  };

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to={me ? homePath(me.can) : '/login'} className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </Link>
        <div className="header-tools">
          {me && (
            <span className="user-info" data-testid="user-info">
              <strong>{me.fullName}</strong>
              <span className="muted-on-dark">
                <span data-testid="user-role">{tMaybe(`role.${me.role}`) ?? me.role}</span> ·{' '}
                <span data-testid="user-unit">
                  <UnitLabel unitId={me.unitId} fallback={me.unitName} />
                </span>
              </span>
            </span>
          )}
          <LanguageSelect />
          {me && (
            <button type="button" className="button-header" onClick={() => void logout()}>
              {t('header.logout')}
            </button>
          )}
        </div>
      </div>
      {me && (
        <nav className="app-nav" aria-label={t('nav.main')}>
          <div className="app-nav-inner">
            {me.can.inbox && navLink('/inbox', t('nav.inbox'))}
            {me.can.cases && navLink('/cases', t('nav.cases'))}
            {me.can.registerCase && navLink('/cases/new', t('nav.registerReport'))}
            {me.can.board && navLink('/escalations', t('nav.escalations'))}
            {me.can.editProcedures && navLink('/procedures', t('nav.procedures'))}
            {me.can.editProcedures && navLink('/retention', t('nav.retention'))}
            {me.can.administer && navLink('/admin/users', t('nav.adminUsers'))}
            {me.can.administer && navLink('/admin/units', t('nav.adminUnits'))}
            {me.can.statistics && navLink('/statistics', t('nav.statistics'))}
            {me.can.audit && navLink('/audit', t('nav.audit'))}
          </div>
        </nav>
      )}
    </header>
  );
}
