import type { Problem } from '../api/problem';
import { problemMessage } from '../api/problem-message';
import { useI18n } from '../i18n/use-i18n';

/**
 * A failure in the UI language, chosen by the problem's `code` (see `problemMessage`); the
 * server's English `detail` only for a code the UI does not know.
 */
export function ProblemText({ problem }: { problem: Problem }) {
  const { lang } = useI18n();
  return <span data-problem-code={problem.code}>{problemMessage(problem, lang)}</span>;
}
