import type { Escalation } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';
import { useUnitName } from '../org/use-unit-name';

/** The case's investigative unit and, once nobody acknowledged it in time, the office it climbed to and how many rungs. */
export function EscalationUnit({ escalation: e }: { escalation: Escalation }) {
  const { t } = useI18n();
  const office = useUnitName(e.targetUnitId, e.targetUnitName);
  return (
    <>
      <div data-testid="escalation-unit">
        <UnitLabel unitId={e.unitId} fallback={e.unitName} />
      </div>
      {e.level > 0 && (
        <div className="small escalated" data-testid="escalation-level" data-level={e.level}>
          {office && <div>{t('escalations.escalatedTo', { office })}</div>}
          <div className="muted">{t('escalations.level', { level: e.level })}</div>
        </div>
      )}
    </>
  );
}
