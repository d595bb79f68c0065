import { useEffect, useRef, useState } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { Problem } from '../api/problem';
import type { ProcedureCheck, ProcedureVersion, ProcedureVersionDetail } from '../api/procedure-types';
import '../diagram/bpmn-js-styles';
import { DiagramSelect } from '../diagram/diagram-select';
import { fitNewPlanesModule } from '../diagram/fit-new-planes';
import { icjModdleExtensions } from '../diagram/icj-moddle-extensions';
import { ImportProblems } from '../diagram/import-problems';
import { useBpmnImport } from '../diagram/use-bpmn-import';
import { useShownDiagram } from '../diagram/use-shown-diagram';
import { ZoomButtons } from '../diagram/zoom-buttons';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { AttributesPanel } from './attributes-panel';
import { CheckResults, type CheckOutcome } from './check-results';
import { diagramProblemParams } from './diagram-problem-message';
import { FindElementForm } from './find-element-form';
import { revealElement } from './reveal-element';
import { useModelerSelection } from './use-modeler-selection';

function createModeler(container: HTMLElement): Modeler {
  return new Modeler({ container, moddleExtensions: icjModdleExtensions, additionalModules: [fitNewPlanesModule] });
}

/** A refused deployment's field errors (`path` = `/<elementId>`, `code` = rule) as diagram problems, with their params. */
function refusalProblems(problem: Problem): CheckOutcome {
  const errors = (problem.errors ?? []).map((e) => ({
    elementId: e.path.replace(/^\//, ''), message: e.message, rule: e.code ?? '', params: diagramProblemParams(e.params),
  }));
  return { errors, warnings: [] };
}

/**
 * A procedure version open in the bpmn-js modeler with the icj extension: edit the diagram and its
 * `icj:` attributes, Validate it against the compiler and linter, Deploy it as a new version.
 */
export function ProcedureEditor({ detail }: { detail: ProcedureVersionDetail }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const bpmn = useBpmnImport(container, createModeler, detail.xml);
  const modeler = bpmn.instance;
  const shown = useShownDiagram(modeler, detail.key);
  const { selected, revision } = useModelerSelection(modeler);
  const [outcome, setOutcome] = useState<CheckOutcome & { refused: boolean }>();
  const [deployed, setDeployed] = useState<ProcedureVersion>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const base = `/api/procedures/${encodeURIComponent(detail.key)}`;

  // a check describes the diagram as it was: after an edit it would mislead
  useEffect(() => setOutcome(undefined), [revision]);

  async function diagramXml(): Promise<string> {
    const { xml } = await modeler!.saveXML({ format: true });
    if (!xml) throw new Error('the modeler gave no XML');
    return xml;
  }

  /** Runs a request with the current diagram; failures other than a refused deployment go to `problem`. */
  async function withDiagram(action: (xml: string) => Promise<void>) {
    setBusy(true);
    setProblem(undefined);
    setOutcome(undefined);
    setDeployed(undefined);
    try {
      await action(await diagramXml());
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) setOutcome({ ...refusalProblems(err.problem), refused: true });
      else setProblem(err instanceof ApiError ? err.problem : { title: String(err), status: 0 });
    } finally {
      setBusy(false);
    }
  }

  const validate = () =>
    withDiagram(async (xml) => {
      const check = await apiFetch<ProcedureCheck>(`${base}/validate`, { method: 'POST', xml });
      setOutcome({ ...check, refused: false });
    });

  const deploy = () => {
    if (!window.confirm(t('editor.deployConfirm', { key: detail.key }))) return;
    return withDiagram(async (xml) => {
      const version = await apiFetch<ProcedureVersion>(`${base}/versions`, { method: 'POST', xml });
      setDeployed(version);
      if (version.warnings.length > 0) setOutcome({ errors: [], warnings: version.warnings, refused: false });
    });
  };

  const reveal = (elementId: string) => (modeler ? revealElement(modeler, elementId, shown.show) : Promise.resolve(false));

  return (
    <div className="procedure-editor">
      <div className="diagram-toolbar">
        <DiagramSelect diagrams={shown.diagrams} shown={shown.shown} show={shown.show} />
        <FindElementForm onFind={reveal} />
        <ZoomButtons instance={modeler} />
        <span className="toolbar-spacer" />
        <span className="editor-actions">
          <button type="button" className="button-secondary" disabled={!modeler || busy} onClick={() => void validate()}>
            {t('editor.validate')}
          </button>
          <button type="button" className="button-primary" disabled={!modeler || busy} onClick={() => void deploy()}>
            {t('editor.deploy')}
          </button>
        </span>
      </div>
      <ImportProblems error={bpmn.error ?? shown.error} warnings={bpmn.warnings} />
      {problem && <ProblemBox problem={problem} />}
      {deployed && (
        <p className="alert alert-success" role="status" data-testid="deployed">
          {t('editor.deployed', { key: deployed.key, version: deployed.version })}{' '}
          <Link to={`/procedures/${encodeURIComponent(deployed.key)}/versions/${deployed.version}`}>{t('editor.openDeployed')}</Link>
        </p>
      )}
      {outcome?.refused && (
        <p className="alert alert-error" role="alert" data-testid="deploy-refused">
          {t('editor.deployRefused')}
        </p>
      )}
      {outcome && <CheckResults outcome={outcome} onReveal={(id) => void reveal(id)} />}
      <div className="editor-layout">
        <div ref={container} className="diagram-canvas modeler-canvas" data-testid="procedure-modeler" data-process={shown.shown?.processIds.join(' ')} />
        {modeler && <AttributesPanel modeler={modeler} element={selected} />}
      </div>
    </div>
  );
}
