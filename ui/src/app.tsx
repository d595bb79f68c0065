import { Suspense, useEffect, type ReactNode } from 'react';
import { AppHeader } from './components/app-header';
import { Loading } from './components/loading';
import { AdminUnitsPage } from './pages/admin-units-page';
import { AdminUsersPage } from './pages/admin-users-page';
import { AuditPage } from './pages/audit-page';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { EscalationsPage } from './pages/escalations-page';
import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProcedureEditorPage } from './pages/procedure-editor-page';
import { ProceduresPage } from './pages/procedures-page';
import { RegisterReportPage } from './pages/register-report-page';
import { RetentionPage } from './pages/retention-page';
import { StatisticsPage } from './pages/statistics-page';
import { TaskPage } from './pages/task-page';
import { WelcomePage } from './pages/welcome-page';
import { matchRoute } from './router/match-route';
import { navigate } from './router/navigate';
import { useLocation } from './router/use-location';
import { homePath } from './session/home-path';
import { useSession } from './session/use-session';

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

// First match wins, so /cases/new comes before /cases/:id.
const ROUTES: Route[] = [
  ['/welcome', () => <WelcomePage />],
  ['/inbox', () => <InboxPage />],
  ['/tasks/:id', (p) => <TaskPage id={p.id!} />],
  ['/cases', () => <CasesPage />],
  ['/cases/new', () => <RegisterReportPage />],
  ['/cases/:id', (p) => <CasePage key={p.id} id={p.id!} />],
  ['/escalations', () => <EscalationsPage />],
  ['/procedures', () => <ProceduresPage />],
  [
    '/procedures/:key/versions/:version',
    (p) => <ProcedureEditorPage key={`${p.key}/${p.version}`} procedureKey={p.key!} version={p.version!} />,
  ],
  ['/retention', () => <RetentionPage />],
  ['/statistics', () => <StatisticsPage />],
  ['/admin/users', () => <AdminUsersPage />],
  ['/admin/units', () => <AdminUnitsPage />],
  ['/audit', () => <AuditPage />],
];

/** The page for a path (signed-in pages only). */
function renderRoute(pathname: string): ReactNode {
  for (const [pattern, render] of ROUTES) {
    const params = matchRoute(pattern, pathname);
    if (params) return render(params);
  }
  return <NotFoundPage />;
}

/** The SPA: header, then the page for the current path; anyone not signed in is sent to /login, `/` to the user's home page. */
export function App() {
  const { pathname } = useLocation();
  const { state } = useSession();
  const anonymous = state.status === 'anonymous';
  const home = state.status === 'authenticated' ? homePath(state.me.can) : undefined;

  useEffect(() => {
    if (pathname === '/' && home) navigate(home, { replace: true });
    else if (anonymous && pathname !== '/login') {
      navigate(`/login?next=${encodeURIComponent(pathname + window.location.search)}`, { replace: true });
    }
  }, [pathname, anonymous, home]);

  let page: ReactNode;
  if (pathname === '/login') page = <LoginPage />;
  else if (state.status !== 'authenticated' || pathname === '/') page = <Loading />;
  else page = renderRoute(pathname);

  return (
    <>
      <AppHeader />
      <main className="app-main">
        {/* pages load parts of themselves on demand (bpmn-js) */}
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </main>
    </>
  );
}
