import type { CaseDetail } from '../api/api-types';
import { Instant } from '../components/instant';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';

/** The case's register number, status and main facts. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t, enumLabel } = useI18n();
  return (
    <div className="case-header" data-testid="case-header">
      <div className="page-title">
        <h1>
          {t('col.case')} {detail.registerNumber}
        </h1>
        <StatusBadge value={detail.status} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t('case.stage')}</dt>
          <dd>{enumLabel(detail.stage)}</dd>
        </div>
        <div>
          <dt>{t('col.article')}</dt>
          <dd>{detail.crimeArticle}</dd>
        </div>
        <div>
          <dt>{t('col.gravity')}</dt>
          <dd>{enumLabel(detail.gravity)}</dd>
        </div>
        <div>
          <dt>{t('case.region')}</dt>
          <dd>{enumLabel(detail.region)}</dd>
        </div>
        <div>
          <dt>{t('case.unit')}</dt>
          <dd>
            <UnitLabel unitId={detail.unitId} fallback={detail.unitName} />
          </dd>
        </div>
        <div>
          <dt>{t('col.registeredAt')}</dt>
          <dd>
            <Instant value={detail.registeredAt} />
          </dd>
        </div>
      </dl>
      {detail.summary && (
        <div className="case-summary">
          <h2 className="visually-hidden">{t('case.summary')}</h2>
          <p>{detail.summary}</p>
        </div>
      )}
      {detail.summary === null && (
        <p className="case-summary removed" data-testid="summary-removed">
          {t('case.personalDataRemoved')}
        </p>
      )}
    </div>
  );
}
