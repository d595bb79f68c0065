import type { Role } from '../api/api-types';

/** Roles that edit, validate and deploy procedures (the server's rule in domain/procedures.ts). */
export const PROCEDURE_ROLES: ReadonlySet<Role> = new Set<Role>(['legal', 'admin']);
