import type { Incident } from '../api/api-types';
import { interpolate } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { formatInstant } from '../time/format-instant';
import { incidentActivity } from './incident-activity';

/**
 * An open incident as a sentence in the UI language: what keeps failing, since when and how often
 * ("Запись документа в дело не выполняется с 28.11.2026 23:30; попыток: 5, последняя — ..."),
 * instants in Bishkek time. The technical cause is shown apart, as the code it is.
 */
export function incidentSentence(incident: Pick<Incident, 'activity' | 'attempts' | 'firstSeen' | 'lastSeen'>, lang: Lang): string {
  return interpolate(lookupMessage(lang, 'incidents.row') ?? '{activity}: {since}, {attempts}, {last}', {
    activity: incidentActivity(incident.activity, lang),
    since: formatInstant(incident.firstSeen),
    attempts: incident.attempts,
    last: formatInstant(incident.lastSeen),
  });
}
