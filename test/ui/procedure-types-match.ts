// Checked by `tsc -p test/ui` (npm run typecheck): the UI's copies of the procedure and progress
// shapes (ui/src/api/procedure-types.ts) must stay what the server answers.
import type { CaseProgress } from '../../domain/case-progress';
import type { ProcedureCheck, ProcedureVersion, getProcedureVersion, listProcedures } from '../../domain/procedures';
import type * as Ui from '../../ui/src/api/procedure-types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each is `true` only while the two declarations agree; the UI may read a subset of a larger answer. */
export const procedureTypesMatch: {
  progress: Same<CaseProgress, Ui.CaseProgress>;
  version: Same<ProcedureVersion, Ui.ProcedureVersion>;
  check: Same<ProcedureCheck, Ui.ProcedureCheck>;
  list: Same<Awaited<ReturnType<typeof listProcedures>>[number], Ui.ProcedureSummary>;
  detail: Awaited<ReturnType<typeof getProcedureVersion>> extends Ui.ProcedureVersionDetail ? true : false;
} = { progress: true, version: true, check: true, list: true, detail: true };
