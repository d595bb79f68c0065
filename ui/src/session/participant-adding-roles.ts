import type { Role } from '../api/api-types';

/** Roles that add a participant to a running case (the server's rule in domain/add-participant.ts). */
export const PARTICIPANT_ADDING_ROLES: ReadonlySet<Role> = new Set<Role>(['officer', 'supervisor', 'admin']);
