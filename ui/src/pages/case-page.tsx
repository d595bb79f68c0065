import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CaseDetail, CaseRecord, ItemList } from '../api/api-types';
import { CASE_LIVE_MS, JUST_REGISTERED_FOR_MS, JUST_REGISTERED_LIVE_MS } from '../api/live-intervals';
import type { CaseProgress } from '../api/procedure-types';
import { useApiGet } from '../api/use-api-get';
import { CaseHeader } from '../case/case-header';
import { DeadlineTable } from '../case/deadline-table';
import { OpenTaskList } from '../case/open-task-list';
import { PersonsPanel } from '../case/persons-panel';
import { Timeline } from '../case/timeline';
import { VerifyChain } from '../case/verify-chain';
import { Loading } from '../components/loading';
import { CaseIncidents } from '../incidents/case-incidents';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';

/**
 * A corrected moment of detention re-arms the person's limits in their workflow a moment after the
 * amendment is recorded: the deadlines are read once more then.
 */
const LIMITS_SETTLE_MS = 2_000;

/**
 * The case's detail, records and progress, each loaded again in the background. Often while the
 * page is young and the case had no records when it opened (just registered: the workflow writes
 * the first record, then arms the time limits, a moment after the 201), so that they appear by
 * themselves; otherwise as any case.
 */
function useLiveCase(id: string) {
  const base = `/api/cases/${encodeURIComponent(id)}`;
  const [openedAt] = useState(() => Date.now());
  // decided by the first answers (see below); the limits come after the first record, so it does not end it
  const [justRegistered, setJustRegistered] = useState<boolean>();
  const liveMs = justRegistered ? JUST_REGISTERED_LIVE_MS : CASE_LIVE_MS;
  const detail = useApiGet<CaseDetail>(base, { liveMs });
  const records = useApiGet<ItemList<CaseRecord>>(`${base}/records`, { liveMs });
  const progress = useApiGet<CaseProgress>(`${base}/progress`, { liveMs });
  useEffect(() => {
    if (justRegistered !== undefined || records.data === undefined || detail.data === undefined) return;
    // Registered a moment ago, or no record yet: the workflow is still writing the first acts and
    // arming their limits (a page that opens late may already see the record, not yet the limits).
    const fresh = Date.now() - Date.parse(detail.data.registeredAt) < JUST_REGISTERED_FOR_MS;
    setJustRegistered((fresh || records.data.items.length === 0) && Date.now() < openedAt + JUST_REGISTERED_FOR_MS);
  }, [justRegistered, records.data, detail.data, openedAt]);
  useEffect(() => {
    if (!justRegistered) return;
    const timer = window.setTimeout(() => setJustRegistered(false), openedAt + JUST_REGISTERED_FOR_MS - Date.now());
    return () => window.clearTimeout(timer);
  }, [justRegistered, openedAt]);
  return { detail, records, progress };
}

// bpmn-js is large: it loads with the first case page, not with the app.
const ProcedureDiagram = lazy(() => import('../case/procedure-diagram').then((m) => ({ default: m.ProcedureDiagram })));

/**
 * `/cases/:id`: header, an alert while processing keeps failing, persons (a participant added
 * here), deadlines, open tasks, the procedure diagram and the hash-chained timeline of records
 * (corrected here), kept up to date while it is seen.
 */
export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { detail, records, progress } = useLiveCase(id);
  const settleTimer = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  if (detail.error) return <ProblemBox problem={detail.error.problem} />;
  if (!detail.data) return <Loading />;

  function refresh() {
    detail.reload();
    records.reload();
    progress.reload();
  }

  function corrected(clock: boolean) {
    refresh();
    if (!clock) return;
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(detail.reload, LIMITS_SETTLE_MS);
  }

  return (
    <article>
      <CaseHeader detail={detail.data} />
      <CaseIncidents incidents={detail.data.incidents} />
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={refresh}>
          {t('common.refresh')}
        </button>
      </div>
      <section className="panel">
        <h2>{t('case.deadlines')}</h2>
        <DeadlineTable deadlines={detail.data.deadlines} />
      </section>
      <div className="two-columns">
        <section className="panel">
          <h2>{t('case.tasks')}</h2>
          <OpenTaskList tasks={detail.data.tasks} />
        </section>
        <PersonsPanel caseId={id} persons={detail.data.persons} onAdded={refresh} />
      </div>
      <section className="panel" data-testid="procedure-section">
        <h2>{t('case.procedure')}</h2>
        {progress.error && <ProblemBox problem={progress.error.problem} />}
        {!progress.data && progress.loading && <Loading />}
        {progress.data && (
          <Suspense fallback={<Loading />}>
            <ProcedureDiagram progress={progress.data} />
          </Suspense>
        )}
      </section>
      <section className="panel">
        <div className="section-title">
          <h2>{t('case.timeline')}</h2>
          <VerifyChain caseId={id} />
        </div>
        {records.error && <ProblemBox problem={records.error.problem} />}
        {!records.data && records.loading && <Loading />}
        {records.data && <Timeline caseId={id} records={records.data.items} persons={detail.data.persons} onCorrected={corrected} />}
      </section>
    </article>
  );
}
