import type { Role } from '../api/api-types';

/** Roles that correct a recorded act (the server's rule in domain/correct-record.ts). */
export const CORRECTING_ROLES: ReadonlySet<Role> = new Set<Role>(['officer', 'supervisor', 'admin']);

/**
 * Roles that correct a field anchoring a liberty clock (`x-icj-clock`: the moment of detention),
 * since the correction moves the person's limits (workflows/definitions.ts `clockCorrectingRoles`).
 */
export const CLOCK_CORRECTING_ROLES: ReadonlySet<Role> = new Set<Role>(['supervisor', 'admin']);
