import type { Knex } from 'knex';
import * as core from './20261126-001-core';
import * as procedures from './20261126-002-procedures';
import * as deadlineCancelled from './20261126-003-deadline-cancelled';
import * as caseFile from './20261201-004-case-file';
import * as institutions from './20261202-005-institutions';
import * as sessions from './20261202-006-sessions';
import * as accessLog from './20261202-007-access-log';
import * as secondFactor from './20261203-008-second-factor';
import * as personalDataKeys from './20261203-009-personal-data-keys';
import * as statistics from './20261204-010-statistics';
import * as statisticsIndexes from './20261205-011-statistics-indexes';
import * as workListIndexes from './20261206-012-work-list-indexes';
import * as boardOrder from './20261207-013-board-order';

const migrations: Record<string, Knex.Migration> = {
  '20261126-001-core': core,
  '20261126-002-procedures': procedures,
  '20261126-003-deadline-cancelled': deadlineCancelled,
  '20261201-004-case-file': caseFile,
  '20261202-005-institutions': institutions,
  '20261202-006-sessions': sessions,
  '20261202-007-access-log': accessLog,
  '20261203-008-second-factor': secondFactor,
  '20261203-009-personal-data-keys': personalDataKeys,
  '20261204-010-statistics': statistics,
  '20261205-011-statistics-indexes': statisticsIndexes,
  '20261206-012-work-list-indexes': workListIndexes,
  '20261207-013-board-order': boardOrder,
};

/** Migrations listed in code, so they run the same under tsx, a bundle or a compiled build. */
export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
