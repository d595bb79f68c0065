import { useState } from 'react';
import type { Person } from '../api/api-types';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { useRecordSchema } from '../schema/use-record-schema';
import { useMe } from '../session/use-me';
import { AddParticipantForm, type AddParticipantFormProps } from './add-participant-form';
import { PersonTable } from './person-table';

/** Props of {@link PersonsPanel}. */
export interface PersonsPanelProps {
  caseId: string;
  persons: Person[];
  /** After a participant joined: the persons (and the timeline) are loaded again. */
  onAdded(): void;
}

/** The persons of the case, and for those who may edit the case file (`can.editCaseFile`) the form adding a participant. */
export function PersonsPanel({ caseId, persons, onAdded }: PersonsPanelProps) {
  const { t } = useI18n();
  const mayAdd = useMe()?.can.editCaseFile === true;
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="panel" data-testid="persons-panel">
      <div className="section-title">
        <h2>{t('case.persons')}</h2>
        {mayAdd && !adding && (
          <button
            type="button"
            className="button-secondary button-small"
            data-testid="add-participant"
            onClick={() => {
              setAdding(true);
              setAdded(null);
            }}
          >
            {t('participant.add')}
          </button>
        )}
      </div>
      {added !== null && (
        <div className="alert alert-success" role="status" data-testid="participant-added">
          {t('participant.added', { name: added })}
        </div>
      )}
      {adding && (
        <ParticipantFormPanel
          caseId={caseId}
          persons={persons}
          onCancel={() => setAdding(false)}
          onAdded={(name) => {
            setAdding(false);
            setAdded(name);
            onAdded();
          }}
        />
      )}
      <PersonTable persons={persons} />
    </section>
  );
}

/** The participant form once its record's schema is loaded. */
function ParticipantFormPanel(props: Omit<AddParticipantFormProps, 'schema'>) {
  const { schema, error } = useRecordSchema('participant-added');
  if (error) return <ProblemBox problem={error.problem} />;
  if (!schema) return <Loading />;
  return <AddParticipantForm {...props} schema={schema} />;
}
