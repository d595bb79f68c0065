// Shapes of the procedure and progress answers. The server declares them beside code the browser
// cannot load (domain/procedures.ts, domain/case-progress.ts), so they are restated here;
// test/ui/procedure-types-match.ts makes the type check fail if the two drift apart.
import type { DiagramProblem } from '../../../bpmn/procedure-model';

export type { DiagramProblem };

/** `GET /api/cases/:id/progress`: element ids done and active, for the diagram view. */
export interface CaseProgress {
  procedure: { key: string | null; version: number | null };
  done: string[];
  active: string[];
  /** One entry per call-activity instance (a child workflow), e.g. each detained person. */
  instances: Array<{ workflowId: string; elementId: string; done: string[]; active: string[] }>;
}

/** One deployed, immutable version of a procedure. */
export interface ProcedureVersion {
  key: string;
  version: number;
  sha256: string;
  deployedAt: string;
  deployedBy: string | null;
  warnings: DiagramProblem[];
}

/** A row of `GET /api/procedures`: a procedure and its versions, newest first. */
export interface ProcedureSummary {
  key: string;
  latestVersion: number;
  versions: ProcedureVersion[];
}

/** `GET /api/procedures/:key/versions/:version`: the version with its BPMN XML. */
export interface ProcedureVersionDetail extends ProcedureVersion {
  xml: string;
}

/** `POST /api/procedures/:key/validate`: everything wrong with a diagram, each problem naming its element. */
export interface ProcedureCheck {
  errors: DiagramProblem[];
  warnings: DiagramProblem[];
}
