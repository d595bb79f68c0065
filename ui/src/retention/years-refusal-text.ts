import type { ProblemFieldError } from '../api/problem';
import { fieldErrorMessage } from '../form/field-error-message';
import { interpolate } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';

/**
 * A refused period in the UI language: the server's `range` with its bounds (`{min: 1, max: 100}`,
 * which the forms' `fieldErrorMessage` does not fill), anything else as the forms say it.
 */
export function yearsRefusalText(error: ProblemFieldError, lang: Lang): string {
  const min = error.params?.min;
  const max = error.params?.max;
  const template = lookupMessage(lang, 'retention.yearsRange');
  if (error.code === 'range' && typeof min === 'number' && typeof max === 'number' && template) return interpolate(template, { min, max });
  return fieldErrorMessage(error, lang);
}
