import type { CaseRecord } from '../api/api-types';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import type { JsonSchema } from '../schema/json-schema';
import { fieldValueText } from './field-value-text';

/** One correction of a record, as `GET /api/cases/:id/records` lists it. */
export type Correction = CaseRecord['corrections'][number];

/** Props of {@link CorrectionHistory}. */
export interface CorrectionHistoryProps {
  /** The corrections of one field, oldest first. */
  corrections: readonly Correction[];
  /** The field's resolved schema, for showing its values. */
  schema: JsonSchema | undefined;
  persons: ReadonlyArray<{ id: string; label: string }>;
}

/** Under a corrected field: each correction's old and new value, who made it, when, and why. */
export function CorrectionHistory({ corrections, schema, persons }: CorrectionHistoryProps) {
  const { t, lang } = useI18n();
  if (corrections.length === 0) return null;
  const text = (v: unknown) => fieldValueText(v, schema, lang, persons);
  return (
    <ul className="correction-history" data-testid="correction-history" aria-label={t('correction.history')}>
      {corrections.map((c) => (
        <li key={c.seq} data-seq={c.seq}>
          <span className="correction-change">
            <del>{text(c.oldValue)}</del> → <ins>{text(c.newValue)}</ins>
          </span>{' '}
          <span className="muted">
            ({t('correction.by', { actor: c.actor.fullName, seq: c.seq })}, <Instant value={c.recordedAt} />)
          </span>
          <div className="correction-reason">{t('correction.reasonShown', { reason: c.reason })}</div>
        </li>
      ))}
    </ul>
  );
}
