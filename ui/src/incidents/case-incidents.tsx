import type { Incident } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { incidentSentence } from './incident-sentence';

/**
 * The case page's alert when steps of the case's workflows keep failing: the case cannot progress,
 * so a person must know. Nothing is shown when there is no open incident.
 */
export function CaseIncidents({ incidents }: { incidents: readonly Incident[] }) {
  const { t, lang } = useI18n();
  if (incidents.length === 0) return null;
  return (
    <section className="alert alert-error incident-panel" role="alert" data-testid="case-incidents">
      <h2>{t('incidents.caseTitle')}</h2>
      <p>{t('incidents.caseIntro')}</p>
      <ul>
        {incidents.map((incident) => (
          <li key={incident.id} data-testid="incident" data-activity={incident.activity}>
            {incidentSentence(incident, lang)}{' '}
            <span className="muted small">
              {t('incidents.cause')}: <code>{incident.error}</code>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
