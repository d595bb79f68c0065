import { lazy, Suspense } from 'react';
import type { ProcedureVersionDetail } from '../api/procedure-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { useMe } from '../session/use-me';

// the bpmn-js modeler loads only for legal staff who open a diagram
const ProcedureEditor = lazy(() => import('../procedures/procedure-editor').then((m) => ({ default: m.ProcedureEditor })));

/** `/procedures/:key/versions/:version`: one version of a procedure in the modeler. */
export function ProcedureEditorPage({ procedureKey, version }: { procedureKey: string; version: string }) {
  const { t } = useI18n();
  const allowed = useMe()?.can.editProcedures === true;
  const detail = useApiGet<ProcedureVersionDetail>(
    allowed ? `/api/procedures/${encodeURIComponent(procedureKey)}/versions/${encodeURIComponent(version)}` : null,
  );

  return (
    <section>
      <div className="page-title">
        <h1>{t('editor.title', { key: procedureKey, version })}</h1>
        <Link to="/procedures">{t('editor.back')}</Link>
      </div>
      {!allowed && <p className="alert alert-info">{t('procedures.forbidden')}</p>}
      {detail.error && <ProblemBox problem={detail.error.problem} />}
      {!detail.data && detail.loading && <Loading />}
      {detail.data && (
        <Suspense fallback={<Loading />}>
          <ProcedureEditor detail={detail.data} />
        </Suspense>
      )}
    </section>
  );
}
