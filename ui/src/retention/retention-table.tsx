import type { RetentionRule } from '../api/api-types';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { retentionRuleText } from './retention-rule-text';
import { RetentionYearsForm } from './retention-years-form';

/** Props of {@link RetentionTable}. */
export interface RetentionTableProps {
  rules: readonly RetentionRule[];
  /** Given to legal staff only: each period becomes an input with Save; without it the table is read-only. */
  onSave?(rule: RetentionRule, years: number | null): Promise<void>;
}

/** The retention rules: outcome, the act the period runs from, whose data, the period in years, last changed when and by whom. */
export function RetentionTable({ rules, onSave }: RetentionTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="data-table" data-testid="retention-table">
      <thead>
        <tr>
          <th scope="col">{t('retention.col.outcome')}</th>
          <th scope="col">{t('retention.col.anchor')}</th>
          <th scope="col">{t('retention.col.subjects')}</th>
          <th scope="col">{t('retention.col.years')}</th>
          <th scope="col">{t('retention.col.updatedAt')}</th>
          <th scope="col">{t('retention.col.updatedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => {
          const outcome = retentionRuleText(rule, 'outcome', i18n);
          return (
            <tr key={rule.outcome} data-testid="retention-row" data-outcome={rule.outcome}>
              <th scope="row">{outcome}</th>
              <td>{retentionRuleText(rule, 'anchor', i18n)}</td>
              <td>{t(rule.subjects === 'case' ? 'retention.subjects.case' : 'retention.subjects.person')}</td>
              <td data-testid="retention-period">
                {onSave ? <RetentionYearsForm rule={rule} label={outcome} onSave={(years) => onSave(rule, years)} /> : rule.years}
              </td>
              <td className="nowrap">
                <Instant value={rule.updatedAt} />
              </td>
              <td data-testid="retention-updated-by">{rule.updatedBy ?? <span className="muted">{t('retention.defaultPeriod')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
