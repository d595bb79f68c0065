import type { Knex } from 'knex';
import { ackWindowMs } from '../org/escalation-policy';

/**
 * One step of an escalation's ladder: when asked to climb and it is still open, the escalation
 * moves to the prosecutor's office one rung above its current one (district -> oblast, Bishkek or
 * Osh -> Prosecutor General's Office). Returns how long to wait before the next climb, or null
 * when it is acknowledged, gone, or at the top.
 */
export async function escalationStep(db: Knex, escalationId: string, climb: boolean, now: Date): Promise<number | null> {
  return db.transaction(async (trx) => {
    const e = await trx('escalations as e').leftJoin('deadlines as d', 'd.id', 'e.deadline_id').where('e.id', escalationId).forUpdate('e')
      .first('e.id', 'e.status', 'e.severity', 'e.target_unit_id', 'd.limit_id');
    if (!e || e.status !== 'open' || !e.target_unit_id) return null;
    let target: string = e.target_unit_id;
    if (climb) {
      const above = await upperOffice(trx, target);
      if (!above) return null;
      await trx('escalations').where({ id: escalationId, status: 'open' })
        .update({ target_unit_id: above, level: trx.raw('level + 1'), climbed_at: now });
      target = above;
    }
    return (await upperOffice(trx, target)) ? ackWindowMs(e.limit_id, e.severity) : null;
  });
}

/** The prosecutor's office above an office in the tree, or null at the top. */
async function upperOffice(db: Knex, officeId: string): Promise<string | null> {
  const row = await db('units as o').join('units as p', 'p.id', 'o.parent_id').where('o.id', officeId).where('p.kind', 'prosecutor-office').first('p.id');
  return row?.id ?? null;
}
