// Checked by `tsc -p test/ui` (npm run typecheck): the UI's copies of the administration shapes
// (ui/src/api/admin-types.ts: unit kinds, rungs, agencies, relations) must stay org/'s.
import type { UnitKind } from '../../org/roles';
import type { Agency, ProsecutorRung, RelationKind } from '../../org/organisation-types';
import type * as Ui from '../../ui/src/api/admin-types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each is `true` only while the two declarations agree. */
export const adminTypesMatch: {
  kinds: Same<UnitKind, Ui.UnitKind>;
  rungs: Same<ProsecutorRung, (typeof Ui.PROSECUTOR_RUNGS)[number]>;
  agencies: Same<Agency, (typeof Ui.AGENCIES)[number]>;
  relations: Same<RelationKind, Ui.RelationKind>;
} = { kinds: true, rungs: true, agencies: true, relations: true };
