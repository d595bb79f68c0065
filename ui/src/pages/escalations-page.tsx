import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { Escalation, ItemList } from '../api/api-types';
import type { Problem } from '../api/problem';
import { useApiGet } from '../api/use-api-get';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { LimitBasis } from '../components/limit-basis';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { StatusBadge } from '../components/status-badge';
import { EscalationMessage } from '../escalations/escalation-message';
import { IncidentBoard } from '../incidents/incident-board';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';

const SEVERITY_RANK = { expired: 0, alert: 1, warning: 2 } as const;

/** Board order: expired, then alerts, then warnings; open before acknowledged; then soonest due (undated last). */
function boardOrder(a: Escalation, b: Escalation): number {
  const rank = (e: Escalation) => SEVERITY_RANK[e.severity] * 2 + (e.status === 'open' ? 0 : 1);
  const due = (e: Escalation) => (e.dueAt ? Date.parse(e.dueAt) : Number.MAX_SAFE_INTEGER);
  return rank(a) - rank(b) || due(a) - due(b);
}

/**
 * `/escalations`: the supervisor's board of limits about to expire or expired, each said in the
 * UI language from its structured fields, with Acknowledge; below it, the cases whose processing
 * keeps failing.
 */
export function EscalationsPage() {
  const { t } = useI18n();
  const board = useApiGet<ItemList<Escalation>>('/api/escalations');
  const [problem, setProblem] = useState<Problem>();

  async function acknowledge(escalation: Escalation) {
    setProblem(undefined);
    try {
      const updated = await apiFetch<Escalation>(
        `/api/escalations/${encodeURIComponent(escalation.id)}/acknowledge`,
        { method: 'POST' },
      );
      if (board.data) board.setData({ items: board.data.items.map((e) => (e.id === updated.id ? updated : e)) });
    } catch (err) {
      if (err instanceof ApiError) setProblem(err.problem);
      board.reload();
    }
  }

  const items = board.data ? [...board.data.items].sort(boardOrder) : [];
  return (
    <section>
      <div className="page-title">
        <h1>{t('escalations.title')}</h1>
        <button type="button" className="button-secondary" onClick={board.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {problem && <ProblemBox problem={problem} />}
      {board.error && <ProblemBox problem={board.error.problem} />}
      {!board.data && board.loading && <Loading />}
      {board.data && items.length === 0 && <p className="empty">{t('escalations.empty')}</p>}
      {items.length > 0 && (
        <table className="data-table escalation-board" data-testid="escalation-table">
          <thead>
            <tr>
              <th scope="col">{t('col.severity')}</th>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.event')}</th>
              <th scope="col">{t('col.remaining')}</th>
              <th scope="col">{t('col.raisedAt')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr
                key={e.id}
                data-testid="escalation-row"
                data-register-number={e.registerNumber}
                data-limit-id={e.limitId ?? undefined}
                data-severity={e.severity}
                data-status={e.status}
                className={`severity-${e.severity} escalation-${e.status}`}
              >
                <td>
                  <StatusBadge value={e.severity} />
                </td>
                <td className="nowrap">
                  <Link to={`/cases/${encodeURIComponent(e.caseId)}`}>{e.registerNumber}</Link>
                </td>
                <td>
                  <EscalationMessage escalation={e} />
                  {e.limitId ? <LimitBasis limitId={e.limitId} /> : e.elementId && <div className="small muted"><code>{e.elementId}</code></div>}
                </td>
                <td className="nowrap">{e.dueAt ? <Countdown dueAt={e.dueAt} /> : '—'}</td>
                <td className="nowrap">
                  <Instant value={e.raisedAt} />
                </td>
                <td>
                  <StatusBadge value={e.status} />
                </td>
                <td className="actions">
                  {e.status === 'open' && (
                    <button type="button" className="button-primary button-small" onClick={() => void acknowledge(e)}>
                      {t('escalations.acknowledge')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* the same supervisors see both: only once the board is shown are its failures asked for */}
      {board.data && <IncidentBoard />}
    </section>
  );
}
