import { actingRoles } from '../../org/roles';
import { recordTypes } from '../../law/record-schemas';
import { rulebook } from '../../law/rulebook';
import { serviceActions } from '../service-actions';
import type { LegalCatalogue } from './legal-catalogue';

/**
 * The catalogue of this installation: record schemas (exactly the types `isRecordType` accepts),
 * roles, service actions and the rulebook as shipped. Node only: the schemas are read from disk.
 */
export function shippedCatalogue(): LegalCatalogue {
  return {
    recordTypes: [...recordTypes],
    roles: [...actingRoles],
    actions: Object.keys(serviceActions),
    limits: rulebook.limits.map((l) => ({ id: l.id, libertyTerm: l.libertyTerm, startsAt: l.startsAt, warnings: [...l.warnings] })),
  };
}
