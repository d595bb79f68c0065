import type { ItemList } from '../api/api-types';
import type { ProcedureSummary } from '../api/procedure-types';
import { useApiGet } from '../api/use-api-get';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { useMe } from '../session/use-me';

/** `/procedures`: every procedure and its deployed versions, newest first, each to open in the modeler. */
export function ProceduresPage() {
  const { t } = useI18n();
  const allowed = useMe()?.can.editProcedures === true;
  const procedures = useApiGet<ItemList<ProcedureSummary>>(allowed ? '/api/procedures' : null);

  return (
    <section>
      <div className="page-title">
        <h1>{t('procedures.title')}</h1>
        {allowed && (
          <button type="button" className="button-secondary" onClick={procedures.reload}>
            {t('common.refresh')}
          </button>
        )}
      </div>
      {!allowed && <p className="alert alert-info">{t('procedures.forbidden')}</p>}
      {procedures.error && <ProblemBox problem={procedures.error.problem} />}
      {!procedures.data && procedures.loading && <Loading />}
      {procedures.data && procedures.data.items.length === 0 && <p className="empty">{t('procedures.empty')}</p>}
      {procedures.data && procedures.data.items.length > 0 && (
        <table className="data-table" data-testid="procedures-table">
          <thead>
            <tr>
              <th scope="col">{t('col.procedure')}</th>
              <th scope="col">{t('col.version')}</th>
              <th scope="col">{t('col.deployedAt')}</th>
              <th scope="col">{t('col.warnings')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {procedures.data.items.flatMap((p) =>
              p.versions.map((v) => (
                <tr key={`${v.key}-${v.version}`} data-testid="procedure-row" data-key={v.key} data-version={v.version}>
                  <td>
                    <code>{v.key}</code>
                  </td>
                  <td className="nowrap">
                    {v.version}{' '}
                    {v.version === p.latestVersion && <span className="badge status-open">{t('procedures.latest')}</span>}{' '}
                    {v.deployedBy === null && <span className="badge">{t('procedures.shipped')}</span>}
                  </td>
                  <td className="nowrap">
                    <Instant value={v.deployedAt} />
                  </td>
                  <td>{v.warnings.length}</td>
                  <td className="actions">
                    <Link
                      to={`/procedures/${encodeURIComponent(v.key)}/versions/${v.version}`}
                      className="button button-secondary button-small"
                    >
                      {t('procedures.open')}
                    </Link>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
