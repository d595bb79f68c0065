import type { Problem } from '../api/problem';
import { useI18n } from '../i18n/use-i18n';

/** The server's explanation of a failure (its `detail`, else its `title`); a network failure in the UI language. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  if (problem.status === 0) return <>{t('error.network')}</>;
  return <>{problem.detail ?? `${t('error.status', { status: problem.status })}: ${problem.title}`}</>;
}
