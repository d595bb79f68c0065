import type { Knex } from 'knex';
import { LIBERTY } from '../bpmn/lint/liberty-record';

/**
 * Where an escalation stands on the supervisors' board: 0 an expired liberty limit (a person held
 * past the law's limit, CPC KR 94-95, 108-110), 1 another expired limit, 2 an alert, 3 a warning.
 * Stored on the escalation row when it is raised (db/work-repo.ts insertEscalation) so that an
 * index serves the board's order (migration 013); this SQL is the one place the rule is written.
 */
export function boardRankSql(db: Knex, severity: Knex.Raw | Knex.Ref<string, object>, limitId: Knex.Raw | Knex.Ref<string, object>): Knex.Raw {
  return db.raw(`case when ? = 'expired' and ? ~ ? then 0 when ? = 'expired' then 1 when ? = 'alert' then 2 else 3 end`, [severity, limitId, LIBERTY.source, severity, severity]);
}

/** The board rank of an escalation about to be raised, as a value for its row. */
export function boardRankOf(db: Knex, severity: string, limitId: string | null): Knex.Raw {
  return boardRankSql(db, db.raw('?::text', [severity]), db.raw('?::text', [limitId]));
}

/** Sets the board rank of the escalations that have none yet, from their deadline's limit (migration 013, generated data). */
export async function backfillBoardRanks(db: Knex): Promise<number> {
  const rank = boardRankSql(db, db.ref('e.severity'), db.raw('(select d.limit_id from deadlines d where d.id = e.deadline_id)'));
  const res = await db.raw('update escalations e set board_rank = ? where e.board_rank is null', [rank]);
  return res.rowCount ?? 0;
}
