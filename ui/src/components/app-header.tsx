import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { useLocation } from '../router/use-location';
import { PROCEDURE_ROLES } from '../session/procedure-roles';
import { useSession } from '../session/use-session';
import { LanguageSelect } from './language-select';

const BOARD_ROLES = new Set(['supervisor', 'admin']);

/** The top bar: app name, navigation and the signed-in user (when there is one), language, log out. */
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
        <Link to={me ? '/inbox' : '/login'} className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </Link>
        <div className="header-tools">
          {me && (
            <span className="user-info" data-testid="user-info">
              <strong>{me.fullName}</strong>
              <span className="muted-on-dark">
                {tMaybe(`role.${me.role}`) ?? me.role} · {me.unitName}
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
            {navLink('/inbox', t('nav.inbox'))}
            {navLink('/cases', t('nav.cases'))}
            {navLink('/cases/new', t('nav.registerReport'))}
            {BOARD_ROLES.has(me.role) && navLink('/escalations', t('nav.escalations'))}
            {PROCEDURE_ROLES.has(me.role) && navLink('/procedures', t('nav.procedures'))}
          </div>
        </nav>
      )}
    </header>
  );
}
