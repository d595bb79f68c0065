import { apiFetch } from '../api/api-fetch';
import type { CreatedCase } from '../api/api-types';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { proposeGravity } from '../criminal-code/propose-gravity';
import { useCriminalCode } from '../criminal-code/use-criminal-code';
import { SchemaForm } from '../form/schema-form';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../router/navigate';
import { schemaTitle } from '../schema/schema-title';
import { useRecordSchema } from '../schema/use-record-schema';
import { useMe } from '../session/use-me';

/**
 * `/cases/new`: registers a crime report through the `report-registration` form, then opens the new
 * case. The article is picked from the Criminal Code catalogue, which proposes its gravity.
 */
export function RegisterReportPage() {
  const { t, lang } = useI18n();
  const { schema, error } = useRecordSchema('report-registration');
  const allowed = useMe()?.can.registerCase === true;
  const criminalCode = useCriminalCode();

  async function register(data: Record<string, unknown>) {
    // unlike a task, the report's data is the whole body
    const created = await apiFetch<CreatedCase>('/api/cases', { method: 'POST', body: data });
    navigate(`/cases/${encodeURIComponent(created.id)}`);
  }

  return (
    <section>
      <div className="page-title">
        <h1>{t('register.title')}</h1>
      </div>
      {schema && <p className="muted">{schemaTitle(schema, lang, '')}</p>}
      {!allowed ? (
        <p className="alert alert-info">{t('register.forbidden')}</p>
      ) : error ? (
        <ProblemBox problem={error.problem} />
      ) : !schema ? (
        <Loading />
      ) : (
        <div className="panel">
          <SchemaForm
            schema={schema}
            submitLabel={t('register.submit')}
            onSubmit={register}
            adjust={(next, previous) => proposeGravity(criminalCode, next, previous)}
          />
        </div>
      )}
    </section>
  );
}
