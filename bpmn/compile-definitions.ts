import type { BpmnElement } from './bpmn-element';
import { compileScope } from './compile-scope';
import { ProblemLog } from './problem-log';
import type { CompileResult, DiagramProblem, ProcessScope } from './procedure-model';
import { DEFINITIONS } from './read-diagram';

/**
 * Compiles parsed BPMN definitions into a ProcedureModel: the one executable process, its embedded
 * sub-processes, and the processes its call activities call. `readerWarnings` come first among the
 * warnings. The model is null whenever there is an error.
 */
export function compileDefinitions(definitions: BpmnElement, readerWarnings: DiagramProblem[] = []): CompileResult {
  const log = new ProblemLog();
  log.warnings.push(...readerWarnings);
  const roots = definitions.rootElements ?? [];
  const processes = new Map(roots.filter((r) => r.$type === 'bpmn:Process' && r.id).map((p) => [p.id as string, p]));

  for (const collaboration of roots.filter((r) => r.$type === 'bpmn:Collaboration')) {
    for (const flow of collaboration.messageFlows ?? []) {
      const id = flow.id ?? DEFINITIONS;
      log.warning(id, 'ignored-element.message-flow', `Element ${id} is a message flow; the procedure engine exchanges no messages, so it is ignored.`, { flow: id });
    }
  }

  const main = mainProcess([...processes.values()], definitions.id ?? DEFINITIONS, log);
  if (!main) return { model: null, errors: log.errors, warnings: log.warnings };

  const scopes: Record<string, ProcessScope> = {};
  const ctx = { log, processes };
  const queue = [main];
  const compiled = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (compiled.has(next.id as string)) continue;
    compiled.add(next.id as string);
    compileScope(next, ctx, scopes);
    for (const scope of Object.values(scopes)) {
      for (const el of Object.values(scope.elements)) {
        // compileElement has checked that the called process is in the file.
        if (el.type === 'callActivity' && !compiled.has(el.calledProcess)) queue.push(processes.get(el.calledProcess) as BpmnElement);
      }
    }
  }
  for (const other of processes.values()) {
    if (!compiled.has(other.id as string) && (other.flowElements ?? []).length > 0) {
      log.warning(other.id as string, 'ignored-process', `Process ${other.id} is not the executable process and no call activity calls it, so it is ignored.`, { process: other.id as string });
    }
  }

  const model = log.errors.length > 0 ? null : {
    schemaVersion: 2 as const, key: main.id as string, name: main.name ?? null, main: main.id as string, scopes,
  };
  return { model, errors: log.errors, warnings: log.warnings };
}

/**
 * The process to run: the one marked executable, or the only process. When several are marked
 * executable (Camunda Modeler marks every new process so), the one no call activity calls.
 */
function mainProcess(processes: BpmnElement[], definitionsId: string, log: ProblemLog): BpmnElement | null {
  if (processes.length === 0) {
    log.error(definitionsId, 'executable-process.none', 'The diagram has no process to run.', {});
    return null;
  }
  let candidates = processes.length === 1 ? processes : processes.filter((p) => p.isExecutable === true);
  if (candidates.length > 1) {
    const called = new Set(processes.flatMap((p) => calledIds(p)));
    candidates = candidates.filter((p) => !called.has(p.id as string));
  }
  if (candidates.length === 1) return candidates[0];
  const ids = (list: BpmnElement[]) => list.map((p) => p.id as string);
  if (candidates.length === 0) {
    log.error(definitionsId, 'executable-process.none-executable', `The diagram has ${processes.length} processes (${ids(processes).join(', ')}) and none is marked executable; mark the one to run with isExecutable="true".`, { count: processes.length, processes: ids(processes) });
  } else {
    log.error(definitionsId, 'executable-process.several-executable', `The diagram has ${candidates.length} executable processes (${ids(candidates).join(', ')}); exactly one must be executable, the others only called.`, { count: candidates.length, processes: ids(candidates) });
  }
  return null;
}

function calledIds(container: BpmnElement): string[] {
  return (container.flowElements ?? []).flatMap((el) => el.$type === 'bpmn:CallActivity' ? [el.calledElement ?? '']
    : el.$type === 'bpmn:SubProcess' ? calledIds(el) : []);
}
