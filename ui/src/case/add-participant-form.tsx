import { useState, type FormEvent } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { FormPerson, Person } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FormErrorsContext } from '../form/form-errors-context';
import { personChoices } from '../form/person-choices';
import { PersonPicker } from '../form/person-picker';
import { ScalarField } from '../form/scalar-field';
import { useFormRefusals } from '../form/use-form-refusals';
import { useI18n } from '../i18n/use-i18n';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';
import { bishkekLocalOf } from '../time/bishkek-local-of';
import { bishkekLocalToIso } from '../time/bishkek-local-to-iso';
import { currentRoles } from './current-roles';
import { FormActions } from '../form/form-actions';

/** Props of {@link AddParticipantForm}. */
export interface AddParticipantFormProps {
  caseId: string;
  /** The `participant-added` schema: roles, labels and controls of the recorded fields. */
  schema: JsonSchema;
  /** The persons of the case: a legal representative represents one of them. */
  persons: Person[];
  /** After the person is registered, with the name as typed. */
  onAdded(name: string): void;
  onCancel(): void;
}

type Values = Record<'role' | 'lastName' | 'firstName' | 'sex' | 'birthDate' | 'citizenship' | 'relationshipToSuspect' | 'representsPersonId' | 'addedAt', string>;

/** The name is kept in the case's persons, not in the record, so its fields are not in the schema. */
const NAME_SCHEMA: JsonSchema = { type: 'string', maxLength: 100 };

/**
 * A person joins the running case (`POST /api/cases/:id/participants`): role, name, sex, date of
 * birth, citizenship, the victim's relationship to the suspect (a victim only), whom a legal
 * representative represents (a person of the case, by name), and when they joined (now, Bishkek
 * time, unless changed). Controls and labels come from the record's schema; the server decides
 * and its refusals are shown at their fields.
 */
export function AddParticipantForm({ caseId, schema, persons, onAdded, onCancel }: AddParticipantFormProps) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<Values>(() => ({
    role: '', lastName: '', firstName: '', sex: '', birthDate: '', citizenship: '', relationshipToSuspect: '', representsPersonId: '',
    addedAt: bishkekLocalOf(Date.now()),
  }));
  const [submitting, setSubmitting] = useState(false);
  const refusals = useFormRefusals(schema, persons);
  const prop = (name: string): JsonSchema => resolveSchema(schema.properties?.[name] ?? {}, schema);
  const label = (name: string) => schemaTitle(prop(name), lang, name);
  const set = (name: keyof Values) => (v: string | boolean) => setValues((old) => ({ ...old, [name]: String(v) }));
  const victim = values.role === 'victim';
  const representative = values.role === 'legal-representative';

  const shown = new Set(['/role', '/lastName', '/firstName', '/sex', '/birthDate', '/citizenship', '/addedAt']);
  if (victim) shown.add('/relationshipToSuspect');
  if (representative) shown.add('/representsPersonId');
  const labelOf = (pointer: string) => {
    const name = pointer.slice(1);
    if (name === 'lastName') return t('participant.lastName');
    if (name === 'firstName') return t('participant.firstName');
    return label(name);
  };
  const choices: FormPerson[] = personChoices(
    prop('representsPersonId')['x-icj-person'],
    persons.map((p) => ({ id: p.id, label: p.label, roles: currentRoles(p), sex: p.sex, ageBand: null, isChild: p.isChild, detainedAt: p.detainedAt })),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    const body: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(values)) {
      if (v === '') continue;
      if (name === 'relationshipToSuspect' && !victim) continue;
      if (name === 'representsPersonId' && !representative) continue;
      body[name] = name === 'addedAt' ? (bishkekLocalToIso(v) ?? v) : v;
    }
    try {
      await apiFetch(`/api/cases/${encodeURIComponent(caseId)}/participants`, { method: 'POST', body });
      refusals.clear();
      onAdded(`${values.lastName} ${values.firstName}`);
    } catch (err) {
      refusals.fail(err);
    } finally {
      setSubmitting(false);
    }
  }

  const scalar = (name: keyof Values, required: boolean, schemaNode = prop(name), text = label(name)) => (
    <ScalarField schema={schemaNode} pointer={`/${name}`} label={text} required={required} value={values[name]} onChange={set(name)} />
  );

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="participant-form" data-testid="participant-form" noValidate onSubmit={submit}>
        <h3>{t('participant.title')}</h3>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => shown.has(p)} labelOf={labelOf} message={refusals.message} />
        )}
        <p className="muted">{t('form.requiredLegend')}</p>
        {scalar('role', true)}
        {scalar('lastName', true, NAME_SCHEMA, t('participant.lastName'))}
        {scalar('firstName', true, NAME_SCHEMA, t('participant.firstName'))}
        {scalar('sex', true)}
        {scalar('birthDate', values.role === 'suspect')}
        {scalar('citizenship', false)}
        {victim && scalar('relationshipToSuspect', true)}
        {representative && (
          <PersonPicker
            pointer="/representsPersonId"
            label={label('representsPersonId')}
            required
            value={values.representsPersonId}
            choices={choices}
            onChange={set('representsPersonId')}
          />
        )}
        {scalar('addedAt', true)}
        <FormActions submitting={submitting} submitLabel={t('participant.submit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
