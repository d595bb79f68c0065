import { useState } from 'react';
import type { AccessAlert, AccessItem, ItemList } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';

/** The query string of the auditor's filters: dates from the inputs, nothing when empty. */
export function auditQuery(from: string, to: string): string {
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** `/audit`: the auditor's view of the access log (who read whose data, from which unit, when), its CSV export, and the alerts. */
export function AuditPage() {
  const { t, tMaybe } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = auditQuery(from, to);
  const reads = useApiGet<ItemList<AccessItem>>(`/api/audit/access${query}`);
  const alerts = useApiGet<{ threshold: number; items: AccessAlert[] }>('/api/audit/alerts');

  async function downloadCsv() {
    const res = await fetch(`/api/audit/access${query}`, { headers: { accept: 'text/csv' }, credentials: 'same-origin' });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'access-log.csv';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section data-testid="audit">
      <h1>{t('audit.title')}</h1>
      <form className="board-filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter"><span>{t('audit.from')}</span><input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="filter"><span>{t('audit.to')}</span><input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <button type="button" className="button-secondary button-small" onClick={() => void downloadCsv()}>{t('audit.csv')}</button>
      </form>
      <h2>{t('audit.alerts')}</h2>
      {alerts.error && <ProblemBox problem={alerts.error.problem} />}
      {alerts.data && (alerts.data.items.length === 0
        ? <p className="muted">{t('audit.noAlerts', { threshold: alerts.data.threshold })}</p>
        : (
          <ul data-testid="audit-alerts">
            {alerts.data.items.map((a) => (
              <li key={`${a.userId}/${a.hour}`}>{t('audit.alert', { user: a.username, persons: a.persons, threshold: alerts.data!.threshold })} <Instant value={a.hour} /></li>
            ))}
          </ul>
        ))}
      <h2>{t('audit.reads')}</h2>
      {reads.error && <ProblemBox problem={reads.error.problem} />}
      {reads.loading && !reads.data && <Loading />}
      {reads.data && (
        <table className="data-table" data-testid="audit-reads">
          <thead>
            <tr><th>{t('audit.at')}</th><th>{t('audit.user')}</th><th>{t('audit.unit')}</th><th>{t('audit.case')}</th><th>{t('audit.action')}</th><th>{t('audit.persons')}</th></tr>
          </thead>
          <tbody>
            {reads.data.items.map((r) => (
              <tr key={r.id}>
                <td><Instant value={r.at} /></td>
                <td>{r.fullName} <span className="muted">({tMaybe(`role.${r.role}`) ?? r.role})</span></td>
                <td>{r.unitId ? <UnitLabel unitId={r.unitId} fallback={r.unitName ?? ''} /> : '—'}</td>
                <td>{r.registerNumber ?? '—'}</td>
                <td>{tMaybe(`audit.action.${r.action}`) ?? r.action}</td>
                <td>{r.persons.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
