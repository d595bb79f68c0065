import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { ItemList, RetentionRule } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { NoticeBox } from '../components/notice-box';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { RetentionTable } from '../retention/retention-table';
import { retentionRuleText } from '../retention/retention-rule-text';
import { useMe } from '../session/use-me';

/**
 * `/retention`: how long the personal data of each outcome is kept before its keys are destroyed.
 * Legal staff set the periods (`me.can.editProcedures`, as the server checks); everyone else reads them.
 */
export function RetentionPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const editable = useMe()?.can.editProcedures === true;
  const rules = useApiGet<ItemList<RetentionRule>>('/api/retention-rules');
  // the rule as saved, named at render time so the notice follows a change of language
  const [saved, setSaved] = useState<RetentionRule>();

  async function save(rule: RetentionRule, years: number | null) {
    setSaved(undefined);
    const changed = await apiFetch<RetentionRule>(`/api/retention-rules/${encodeURIComponent(rule.outcome)}`, { method: 'PUT', body: { years } });
    rules.setData({ items: (rules.data?.items ?? []).map((r) => (r.outcome === changed.outcome ? changed : r)) });
    setSaved(changed);
  }

  return (
    <section data-testid="retention">
      <div className="page-title">
        <h1>{t('retention.title')}</h1>
      </div>
      <p className="alert alert-info" data-testid="retention-explanation">
        {t('retention.explanation')}
      </p>
      {!editable && <p className="muted" data-testid="retention-read-only">{t('retention.readOnly')}</p>}
      <NoticeBox notice={saved && { key: 'retention.saved', params: { outcome: retentionRuleText(saved, 'outcome', i18n), years: saved.years } }} />
      {rules.error && <ProblemBox problem={rules.error.problem} />}
      {!rules.data && rules.loading && <Loading />}
      {rules.data && <RetentionTable rules={rules.data.items} onSave={editable ? save : undefined} />}
    </section>
  );
}
