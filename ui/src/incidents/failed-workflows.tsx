import { useState } from 'react';
import type { FailedWorkflow, ItemList } from '../api/api-types';
import { BOARD_LIVE_MS } from '../api/live-intervals';
import { useApiGet } from '../api/use-api-get';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { IncidentActionForm } from './incident-action-form';
import { IncidentPanel } from './incident-panel';

/**
 * Case workflows that ended without finishing their procedure (`GET /api/incidents/workflows`):
 * nobody's clock runs in them until one is retried (Temporal resets it to its last step).
 */
export function FailedWorkflows() {
  const { t } = useI18n();
  const list = useApiGet<ItemList<FailedWorkflow>>('/api/incidents/workflows', { liveMs: BOARD_LIVE_MS });
  const [acting, setActing] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  return (
    <IncidentPanel testId="failed-workflows" title={t('incidents.failedTitle')} intro={t('incidents.failedIntro')} empty={t('incidents.failedEmpty')} list={list}>
        <table className="data-table" data-testid="failed-workflow-table">
          <thead>
            <tr>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('incidents.status')}</th>
              <th scope="col">{t('incidents.closedAt')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              <tr key={w.workflowId} data-testid="failed-workflow" className="row-expired">
                <td className="nowrap">
                  {w.caseId ? <Link to={`/cases/${encodeURIComponent(w.caseId)}`}>{w.registerNumber}</Link> : (w.registerNumber ?? w.workflowId)}
                </td>
                <td>{statusLabel(w.status, t)}</td>
                <td className="nowrap">{w.closedAt ? <Instant value={w.closedAt} /> : '—'}</td>
                <td>
                  {acting === w.workflowId ? (
                    <IncidentActionForm
                      path={`/api/incidents/workflows/${encodeURIComponent(w.workflowId)}/retry`}
                      submitLabel={t('incidents.retryWorkflow')}
                      explanation={t('incidents.retryWorkflowExplain')}
                      onDone={() => { setActing(null); list.reload(); }}
                      onCancel={() => setActing(null)}
                    />
                  ) : (
                    <div className="row-actions">
                      <button type="button" className="button-secondary" onClick={() => setActing(w.workflowId)}>{t('incidents.retryWorkflow')}</button>
                      {w.temporalUrl && <a href={w.temporalUrl} target="_blank" rel="noreferrer">{t('incidents.openInTemporal')}</a>}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
    </IncidentPanel>
  );
}

const STATUS_KEYS = { FAILED: 'incidents.status.FAILED', TERMINATED: 'incidents.status.TERMINATED', TIMED_OUT: 'incidents.status.TIMED_OUT' } as const;

/** Temporal's execution status in the user's language (an unknown one as Temporal says it). */
function statusLabel(status: string, t: ReturnType<typeof useI18n>['t']): string {
  return Object.hasOwn(STATUS_KEYS, status) ? t(STATUS_KEYS[status as keyof typeof STATUS_KEYS]) : status;
}
