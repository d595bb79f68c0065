import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import type { Role, SessionUser } from './views';

/** What domain functions need from the outside world; built by the composition roots. */
export interface DomainDeps {
  db: Knex;
  temporal: Client;
  taskQueue: string;
  clock: () => Date;
  /** How far in the future a recorded instant may lie (config CLOCK_SKEW_SECONDS), in ms. */
  clockSkewMs: number;
}

export type { Role, SessionUser };
