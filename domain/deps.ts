import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';

/** What domain functions need from the outside world; built by the composition roots. */
export interface DomainDeps {
  db: Knex;
  temporal: Client;
  taskQueue: string;
  clock: () => Date;
}

/** The authenticated user a request acts for. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName: string;
}

export const roles = ['officer', 'supervisor', 'legal', 'analyst', 'admin', 'auditor'] as const;
export type Role = (typeof roles)[number];
