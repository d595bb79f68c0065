import type { Role } from './roles';
import type { RelationKind } from './organisation-types';

/** Where the performer of an act sits, relative to the case: its own unit, or a unit related to it. */
export type PerformerInstitution = 'case-unit' | RelationKind;

/**
 * The institution that performs a user task, by the role the task names: the investigative unit
 * of the case; the prosecutor's office supervising it (CPC KR 35; a higher office may act in its
 * place, CPC KR 162); the court that hears its motions and cases (CPC KR 32, 264); the facility
 * holding the person (CPC KR 100(2)); the probation office of the territory (CEC KR 165).
 */
export function performerInstitution(role: string): PerformerInstitution | null {
  switch (role as Role) {
    case 'investigator':
    case 'head-of-unit':
      return 'case-unit';
    case 'prosecutor':
      return 'supervising-office';
    case 'investigating-judge':
    case 'judge':
      return 'court';
    case 'facility-officer':
      return 'facility';
    case 'probation-officer':
      return 'probation-office';
    default:
      return null;
  }
}
