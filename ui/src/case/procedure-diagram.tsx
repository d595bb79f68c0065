import { useEffect, useMemo, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { CaseProgress, ProcedureVersionDetail } from '../api/procedure-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import type { BpmnDefinitions } from '../diagram/bpmn-object';
import '../diagram/bpmn-js-styles';
import { DiagramSelect } from '../diagram/diagram-select';
import { fitNewPlanesModule } from '../diagram/fit-new-planes';
import { icjModdleExtensions } from '../diagram/icj-moddle-extensions';
import { ImportProblems } from '../diagram/import-problems';
import { calledProcesses } from '../diagram/process-diagrams';
import { progressMarks } from '../diagram/progress-marks';
import { progressMarkersModule, type ProgressMarkers } from '../diagram/progress-markers';
import { useBpmnImport } from '../diagram/use-bpmn-import';
import { useShownDiagram } from '../diagram/use-shown-diagram';
import { ZoomButtons } from '../diagram/zoom-buttons';
import { useI18n } from '../i18n/use-i18n';

function createViewer(container: HTMLElement): NavigatedViewer {
  return new NavigatedViewer({ container, moddleExtensions: icjModdleExtensions, additionalModules: [progressMarkersModule, fitNewPlanesModule] });
}

/**
 * The case's procedure diagram, read-only, with what is done and what is active marked. A called
 * process (e.g. the detention of one person) is its own drawing; shown, it carries the marks of
 * all its instances together.
 */
export function ProcedureDiagram({ progress }: { progress: CaseProgress }) {
  const { t } = useI18n();
  const { key, version } = progress.procedure;
  const source = useApiGet<ProcedureVersionDetail>(
    key && version ? `/api/procedures/${encodeURIComponent(key)}/versions/${version}` : null,
  );
  const container = useRef<HTMLDivElement>(null);
  const bpmn = useBpmnImport(container, createViewer, source.data?.xml);
  const { diagrams, shown, show, error } = useShownDiagram(bpmn.instance, key);
  const [markedDiagram, setMarkedDiagram] = useState<string>();

  const called = useMemo(
    () => (bpmn.instance ? calledProcesses(bpmn.instance.getDefinitions() as BpmnDefinitions) : new Map<string, string>()),
    [bpmn.instance],
  );
  const instanceCount = shown
    ? progress.instances.filter((i) => shown.processIds.includes(called.get(i.elementId) ?? '')).length
    : 0;

  useEffect(() => {
    setMarkedDiagram(undefined);
    if (!bpmn.instance || !shown) return;
    bpmn.instance.get<ProgressMarkers>('progressMarkers').show(progressMarks(progress, shown.processIds, called));
    setMarkedDiagram(shown.diagram.id);
  }, [bpmn.instance, shown, progress, called]);

  if (!key || !version) return <p className="empty">{t('diagram.noProcedure')}</p>;
  return (
    <div className="procedure-diagram">
      <div className="diagram-toolbar">
        <span className="muted">{t('diagram.version', { key, version })}</span>
        <DiagramSelect diagrams={diagrams} shown={shown} show={show} />
        <DiagramLegend />
        <ZoomButtons instance={bpmn.instance} />
      </div>
      {source.error && <ProblemBox problem={source.error.problem} />}
      {!source.data && source.loading && <Loading />}
      <ImportProblems error={bpmn.error ?? error} warnings={bpmn.warnings} />
      {instanceCount > 1 && <p className="small muted">{t('diagram.instancesTogether', { count: instanceCount })}</p>}
      <div
        ref={container}
        className="diagram-canvas"
        data-testid="procedure-diagram"
        data-process={shown?.processIds.join(' ')}
        data-marked={markedDiagram ? 'true' : 'false'}
      />
    </div>
  );
}

/** What the two marks mean. */
function DiagramLegend() {
  const { t } = useI18n();
  return (
    <span className="diagram-legend">
      <span className="legend-swatch legend-done" aria-hidden="true" />
      {t('diagram.legendDone')}
      <span className="legend-swatch legend-active" aria-hidden="true" />
      {t('diagram.legendActive')}
    </span>
  );
}
