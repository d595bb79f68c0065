import type { CaseListItem, ItemList } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { useMe } from '../session/use-me';

/** `/cases`: the cases the user may see. */
export function CasesPage() {
  const { t, enumLabel } = useI18n();
  const cases = useApiGet<ItemList<CaseListItem>>('/api/cases');
  const mayRegister = useMe()?.can.registerCase === true;

  return (
    <section>
      <div className="page-title">
        <h1>{t('cases.title')}</h1>
        {mayRegister && (
          <Link to="/cases/new" className="button button-primary">
            {t('nav.registerReport')}
          </Link>
        )}
      </div>
      {cases.error && <ProblemBox problem={cases.error.problem} />}
      {!cases.data && cases.loading && <Loading />}
      {cases.data && cases.data.items.length === 0 && <p className="empty">{t('cases.empty')}</p>}
      {cases.data && cases.data.items.length > 0 && (
        <table className="data-table" data-testid="cases-table">
          <thead>
            <tr>
              <th scope="col">{t('col.registerNumber')}</th>
              <th scope="col">{t('col.article')}</th>
              <th scope="col">{t('col.gravity')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.registeredAt')}</th>
              <th scope="col">{t('col.nextDeadline')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.items.map((c) => (
              <tr key={c.id} data-testid="case-row">
                <td>
                  <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.registerNumber}</Link>
                </td>
                <td className="nowrap">{c.crimeArticle}</td>
                <td>{enumLabel(c.gravity)}</td>
                <td>
                  <StatusBadge value={c.status} />
                </td>
                <td className="nowrap">
                  <Instant value={c.registeredAt} />
                </td>
                <td className="nowrap">
                  <Instant value={c.nextDeadlineAt} />
                  {c.nextDeadlineAt && (
                    <div className="small">
                      <Countdown dueAt={c.nextDeadlineAt} />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
