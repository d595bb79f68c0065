import type { Knex } from 'knex';
import { seal } from '../privacy/field-cipher';
import { SEALED_CASE_COLUMNS, SEALED_PERSON_COLUMNS } from '../privacy/person-columns';

/**
 * Seals the personal columns the work-list bench generated in clear (bench/work-list-population.ts)
 * as the system stores them (privacy/field-cipher.ts, AES-256-GCM, which SQL does not have): the
 * persons' names, birth date and place of detention with each person's key, the case summary with
 * the case's key, an escalation's message with its person's key, else its case's (db/work-repo.ts
 * insertEscalation). In pages of `page` rows, by primary key, in the caller's transaction.
 */
export async function sealWorkLists(trx: Knex.Transaction, page = 5000): Promise<void> {
  await sealTable(trx, 'persons', 'select t.id, k.id as key_id, k.key, t.last_name, t.first_name, t.birth_date, t.detention_place, t.citizenship from persons t join data_keys k on k.id = t.id', SEALED_PERSON_COLUMNS, page);
  await sealTable(trx, 'cases', 'select t.id, k.id as key_id, k.key, t.summary from cases t join data_keys k on k.id = t.id', SEALED_CASE_COLUMNS, page);
  await sealTable(trx, 'escalations', `select t.id, k.id as key_id, k.key, t.message from escalations t left join deadlines d on d.id = t.deadline_id
    join data_keys k on k.id = coalesce(d.person_id, t.case_id)`, ['message'], page);
}

async function sealTable(trx: Knex.Transaction, table: string, rowsSql: string, columns: readonly string[], page: number): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await trx.raw(`${rowsSql} where t.id > ? order by t.id limit ?`, [after, page]);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    const values = columns.map((c) => rows.map((r: Record<string, unknown>) => (r[c] === null ? null : seal(r.key as Buffer, r.key_id as string, r[c]))));
    await trx.raw(
      `update ${table} t set ${columns.map((c, i) => `${c} = v.c${i}`).join(', ')}
       from unnest(?::uuid[], ${columns.map(() => '?::text[]').join(', ')}) as v(id, ${columns.map((_, i) => `c${i}`).join(', ')}) where t.id = v.id`,
      [rows.map((r: { id: string }) => r.id), ...values],
    );
  }
}
