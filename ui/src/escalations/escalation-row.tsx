import { Fragment, type ReactNode } from 'react';
import type { Escalation } from '../api/api-types';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { LimitBasis } from '../components/limit-basis';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/use-i18n';
import { useRulebook } from '../limits/use-rulebook';
import { Link } from '../router/link';
import { Acknowledgement } from './acknowledgement';
import { canOrderRelease } from './can-order-release';
import { EscalationMessage } from './escalation-message';
import { EscalationUnit } from './escalation-unit';

/** The forms a row opens under itself. */
export type EscalationForm = 'acknowledge' | 'reassign' | 'release';

/** The board's columns, for the form row beneath one. */
export const ESCALATION_COLUMNS = 8;

/** Props of {@link EscalationRow}. */
export interface EscalationRowProps {
  escalation: Escalation;
  /** Reassign and Order release are for supervising roles (`can.supervise`). */
  supervises: boolean;
  onOpen(form: EscalationForm): void;
  /** The open form, shown in a row beneath. */
  form?: ReactNode;
}

/** One escalation: severity, case, unit (and where it climbed), the sentence, time left, raised, status, what to do. */
export function EscalationRow({ escalation: e, supervises, onOpen, form }: EscalationRowProps) {
  const { t } = useI18n();
  const rulebook = useRulebook();
  return (
    <Fragment>
      <tr
        data-testid="escalation-row"
        data-escalation-id={e.id}
        data-register-number={e.registerNumber}
        data-limit-id={e.limitId ?? undefined}
        data-severity={e.severity}
        data-status={e.status}
        data-level={e.level}
        className={`severity-${e.severity} escalation-${e.status}`}
      >
        <td>
          <StatusBadge value={e.severity} />
        </td>
        <td className="nowrap">
          <Link to={`/cases/${encodeURIComponent(e.caseId)}`}>{e.registerNumber}</Link>
        </td>
        <td>
          <EscalationUnit escalation={e} />
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
          <Acknowledgement escalation={e} />
        </td>
        <td>
          <div className="action-stack">
            {e.status === 'open' && (
              <button type="button" className="button-primary button-small" data-testid="escalation-acknowledge" onClick={() => onOpen('acknowledge')}>
                {t('escalations.acknowledge')}
              </button>
            )}
            {supervises && canOrderRelease(e, rulebook) && (
              <button type="button" className="button-danger button-small" data-testid="escalation-order-release" onClick={() => onOpen('release')}>
                {t('escalations.orderRelease')}
              </button>
            )}
            {supervises && (
              <button type="button" className="button-secondary button-small" data-testid="escalation-reassign" onClick={() => onOpen('reassign')}>
                {t('escalations.reassign')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {form && (
        <tr className="row-form">
          <td colSpan={ESCALATION_COLUMNS}>{form}</td>
        </tr>
      )}
    </Fragment>
  );
}
