import { useMemo, useState, type FormEvent } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { CaseRecord } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FieldErrors, errorsId } from '../form/field-errors';
import { FormErrorsContext } from '../form/form-errors-context';
import type { FormValue } from '../form/form-value';
import { RequiredMark } from '../form/required-mark';
import { ScalarField } from '../form/scalar-field';
import { toSubmission } from '../form/to-submission';
import { useFormRefusals } from '../form/use-form-refusals';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import type { JsonSchema } from '../schema/json-schema';
import { correctableFields } from './correctable-fields';
import { correctionFormValue } from './correction-form-value';
import { fieldLabel } from './field-label';
import { fieldValueText } from './field-value-text';
import { FormActions } from '../form/form-actions';

/** Props of {@link CorrectRecordForm}. */
export interface CorrectRecordFormProps {
  caseId: string;
  record: CaseRecord;
  /** The record's schema: it names the fields and chooses the control of the new value. */
  schema: JsonSchema;
  /**
   * Whether the user may correct a field anchoring a liberty clock (`x-icj-clock`: the moment of
   * detention), since the correction moves the person's limits (`can.correctClock`).
   */
  mayCorrectClock: boolean;
  persons: ReadonlyArray<{ id: string; label: string }>;
  /** After the amendment is recorded; `clock` when it moved a moment of detention. */
  onCorrected(seq: number, clock: boolean): void;
  onCancel(): void;
}

/** The reason's control: long text (a textarea), as the amendment schema bounds it. */
const REASON_SCHEMA: JsonSchema = { type: 'string', maxLength: 2000 };

/**
 * Corrects one field of a recorded act (`POST /api/cases/:id/corrections`): the field chosen by
 * its label among the record's scalar fields, the new value in the control the record's own form
 * would give it (Bishkek time for instants, labels for enum values), and the reason. A moment of
 * detention is offered only to those who may correct it (`can.correctClock`), with what its correction moves. The server
 * decides; its refusals are shown at their fields in the UI language.
 */
export function CorrectRecordForm({ caseId, record, schema, mayCorrectClock, persons, onCorrected, onCancel }: CorrectRecordFormProps) {
  const { t, lang } = useI18n();
  const fields = useMemo(() => correctableFields(schema, record.currentData), [schema, record.currentData]);
  const offered = fields.filter((f) => !f.clock || mayCorrectClock);
  const [path, setPath] = useState('');
  const [value, setValue] = useState<FormValue>('');
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const refusals = useFormRefusals(schema, persons);
  const field = offered.find((f) => f.pointer === path);
  const ids = { path: fieldId('/path') };

  function choose(pointer: string) {
    setPath(pointer);
    const chosen = offered.find((f) => f.pointer === pointer);
    setValue(chosen ? correctionFormValue(chosen.schema, chosen.value) : '');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const newValue = field ? toSubmission(field.schema, field.schema, value) : undefined;
      const answer = await apiFetch<{ record: { seq: number } }>(`/api/cases/${encodeURIComponent(caseId)}/corrections`, {
        method: 'POST',
        body: { correctsSeq: record.seq, path, value: newValue ?? null, reason },
      });
      refusals.clear();
      onCorrected(answer.record.seq, field?.clock ?? false);
    } catch (err) {
      refusals.fail(err);
    } finally {
      setSubmitting(false);
    }
  }

  const own = new Set(['/path', '/value', '/reason']);
  const labelOf = (pointer: string) => {
    if (pointer === '/path') return t('correction.field');
    if (pointer === '/value') return t('correction.newValue');
    if (pointer === '/reason') return t('correction.reason');
    if (pointer === '/correctsSeq') return t('correction.record');
    // the corrected record judged as a whole (a field it now needs): named in the record's terms
    return fieldLabel(schema, pointer, lang);
  };
  const pathErrors = refusals.context.errorsAt('/path').length > 0;

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="correction-form" data-testid="correction-form" data-seq={record.seq} noValidate onSubmit={submit}>
        <h4>{t('correction.title', { seq: record.seq })}</h4>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => (p === '/value' ? !!field : own.has(p))} labelOf={labelOf} message={refusals.message} />
        )}
        <div className={`field${pathErrors ? ' has-error' : ''}`} data-path="/path">
          <label htmlFor={ids.path}>
            {t('correction.field')}
            <RequiredMark />
          </label>
          <div className="field-control">
            <select
              id={ids.path}
              name="/path"
              aria-required
              aria-invalid={pathErrors || undefined}
              aria-describedby={pathErrors ? errorsId('/path') : undefined}
              value={path}
              onChange={(e) => choose(e.target.value)}
            >
              <option value="">{t('form.select')}</option>
              {offered.map((f) => (
                <option key={f.pointer} value={f.pointer}>
                  {fieldLabel(schema, f.pointer, lang)}
                </option>
              ))}
            </select>
          </div>
          {fields.some((f) => f.clock) && !mayCorrectClock && <p className="field-hint">{t('correction.clockSupervisorsOnly')}</p>}
          <FieldErrors pointer="/path" />
        </div>
        {field && (
          <>
            <p className="correction-current" data-testid="correction-current">
              <span className="muted">{t('correction.currentValue')}:</span> {fieldValueText(field.value, field.schema, lang, persons)}
            </p>
            {field.clock && (
              <div className="alert alert-info" data-testid="clock-note">
                {t('correction.clockNote')}
              </div>
            )}
            <ScalarField key={field.pointer} schema={field.schema} pointer="/value" label={t('correction.newValue')} required value={typeof value === 'boolean' || typeof value === 'string' ? value : ''} onChange={setValue} />
          </>
        )}
        <ScalarField schema={REASON_SCHEMA} pointer="/reason" label={t('correction.reason')} required value={reason} onChange={(v) => setReason(String(v))} />
        <FormActions submitting={submitting} submitLabel={t('correction.submit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
