import { useI18n } from '../i18n/use-i18n';

/** A status or severity as a coloured pill (`status-<value>` in styles.css), labelled via `enum.<value>`. */
export function StatusBadge({ value }: { value: string }) {
  const { enumLabel } = useI18n();
  return <span className={`badge status-${value}`}>{enumLabel(value)}</span>;
}
