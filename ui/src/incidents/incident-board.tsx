import type { Incident, ItemList } from '../api/api-types';
import { BOARD_LIVE_MS } from '../api/live-intervals';
import { useApiGet } from '../api/use-api-get';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { incidentActivity } from './incident-activity';
import { FailedWorkflows } from './failed-workflows';
import { IncidentActionForm } from './incident-action-form';
import { IncidentPanel } from './incident-panel';
import { useState } from 'react';

/**
 * The supervisors' list of open incidents on every case they may see (`GET /api/incidents`), oldest
 * first, each retried or its case workflow cancelled with a reason; then the case workflows that stopped.
 */
export function IncidentBoard() {
  const { t, lang } = useI18n();
  const incidents = useApiGet<ItemList<Incident>>('/api/incidents', { liveMs: BOARD_LIVE_MS });
  const items = incidents.data?.items ?? [];
  const [acting, setActing] = useState<{ id: string; action: 'retry' | 'cancel' } | null>(null);
  return (
    <>
      <IncidentPanel testId="incident-board" title={t('incidents.boardTitle')} intro={t('incidents.boardIntro')} empty={t('incidents.boardEmpty')} list={incidents}>
        <table className="data-table" data-testid="incident-table">
          <thead>
            <tr>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.failingStep')}</th>
              <th scope="col">{t('col.since')}</th>
              <th scope="col">{t('col.attempts')}</th>
              <th scope="col">{t('col.lastAttempt')}</th>
              <th scope="col">{t('incidents.cause')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((incident) => (
              <tr key={incident.id} data-testid="incident" data-activity={incident.activity} className="row-expired">
                <td className="nowrap">
                  <Link to={`/cases/${encodeURIComponent(incident.caseId)}`}>{incident.registerNumber}</Link>
                </td>
                <td>{incidentActivity(incident.activity, lang)}</td>
                <td className="nowrap">
                  <Instant value={incident.firstSeen} />
                </td>
                <td>{incident.attempts}</td>
                <td className="nowrap">
                  <Instant value={incident.lastSeen} />
                </td>
                <td>
                  <code>{incident.error}</code>
                </td>
                <td>
                  {acting?.id === incident.id ? (
                    <IncidentActionForm
                      path={`/api/incidents/${encodeURIComponent(incident.id)}/${acting.action}`}
                      submitLabel={t(acting.action === 'retry' ? 'incidents.retryStep' : 'incidents.cancelCase')}
                      explanation={t(acting.action === 'retry' ? 'incidents.retryStepExplain' : 'incidents.cancelCaseExplain')}
                      onDone={() => { setActing(null); incidents.reload(); }}
                      onCancel={() => setActing(null)}
                    />
                  ) : (
                    <div className="row-actions">
                      <button type="button" className="button-secondary" data-testid="incident-retry" onClick={() => setActing({ id: incident.id, action: 'retry' })}>{t('incidents.retryStep')}</button>
                      <button type="button" className="button-secondary" data-testid="incident-cancel" onClick={() => setActing({ id: incident.id, action: 'cancel' })}>{t('incidents.cancelCase')}</button>
                      {incident.temporalUrl && <a href={incident.temporalUrl} target="_blank" rel="noreferrer">{t('incidents.openInTemporal')}</a>}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </IncidentPanel>
      <FailedWorkflows />
    </>
  );
}
