import type { Knex } from 'knex';
import { backfillBoardRanks } from '../../domain/board-rank';

/**
 * The supervisors' board read in its order from an index (`npm run bench -- queries`: the board
 * of a prosecutor sorted every escalation of their units, 66,000 at a million tasks, on a CASE
 * over the joined deadline, 56-180 ms):
 * - each escalation stores its board rank (domain/board-rank.ts), set when it is raised;
 * - the index holds a unit's escalations open first, then by rank, due instant and raising, so
 *   the board merges its units' index ranges and stops at the page it shows. The escalation's
 *   unit is its case's unit, which never changes (a reassignment moves the investigator only).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table escalations add column board_rank smallint');
  await backfillBoardRanks(knex);
  await knex.raw('alter table escalations alter column board_rank set not null');
  await knex.raw('alter table escalations add constraint escalations_board_rank_check check (board_rank between 0 and 3)');
  await knex.raw('create index escalations_unit_board_idx on escalations (unit_id, status desc, board_rank, due_at, raised_at, id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists escalations_unit_board_idx');
  await knex.raw('alter table escalations drop column if exists board_rank');
}
