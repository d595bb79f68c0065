import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';

/** What keeps failing, in words: `incidents.activity.<activity>` (recordStep, applyProjections), else a processing step. */
export function incidentActivity(activity: string, lang: Lang): string {
  return lookupMessage(lang, `incidents.activity.${activity}`) ?? lookupMessage(lang, 'incidents.activity.other') ?? activity;
}
