import type { ReactNode } from 'react';
import type { ApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link IncidentPanel}. */
export interface IncidentPanelProps {
  testId: string;
  title: string;
  intro: string;
  empty: string;
  /** The list the panel shows: its error, its first load, whether it is empty. */
  list: ApiGet<{ items: unknown[] }>;
  /** The table, shown when the list has items. */
  children: ReactNode;
}

/** One panel of the incidents on the board: title with Refresh, what it lists, the list's error, "none", or its table. */
export function IncidentPanel({ testId, title, intro, empty, list, children }: IncidentPanelProps) {
  const { t } = useI18n();
  const count = list.data?.items.length ?? 0;
  return (
    <section className="panel incident-board" data-testid={testId}>
      <div className="section-title">
        <h2>{title}</h2>
        <button type="button" className="button-secondary" onClick={list.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <p className="muted">{intro}</p>
      {list.error && <ProblemBox problem={list.error.problem} />}
      {!list.data && list.loading && <Loading />}
      {list.data && count === 0 && <p className="empty">{empty}</p>}
      {count > 0 && children}
    </section>
  );
}
