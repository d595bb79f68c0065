import type { Knex } from 'knex';

/**
 * What a recorded act changes in the case's rows, in the record's own transaction: a corrected
 * moment of detention (the persons row the lists and the deadlines show), a corrected receipt
 * time or gravity of the report (the case row). Records are the truth; these rows follow them.
 */
export async function projectRecord(trx: Knex.Transaction, caseId: string, recordType: string, data: Record<string, unknown>): Promise<void> {
  if (recordType !== 'amendment') return;
  if (data.fact === 'person.detainedAt' && typeof data.personId === 'string') {
    await trx('persons').where({ id: data.personId, case_id: caseId }).update({ detained_at: data.newValue });
  } else if (data.fact === 'case.receivedAt') {
    await trx('cases').where({ id: caseId }).update({ received_at: data.newValue });
  } else if (data.fact === 'case.gravity') {
    await trx('cases').where({ id: caseId }).update({ gravity: data.newValue });
  }
}
