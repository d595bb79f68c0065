import type { Knex } from 'knex';
import { isChildAt } from '../law/child-age';

/**
 * What a recorded act changes in the case's rows, in the record's own transaction: a corrected
 * moment of detention (the persons row the lists and the deadlines show), a corrected receipt
 * time or gravity of the report (the case row). Records are the truth; these rows follow them.
 */
export async function projectRecord(
  trx: Knex.Transaction, caseId: string, recordType: string, data: Record<string, unknown>, identity?: { lastName: string; firstName: string },
): Promise<void> {
  if (recordType === 'participant-added') return addPerson(trx, caseId, data, identity);
  if (recordType !== 'amendment') return;
  if (data.fact === 'person.detainedAt' && typeof data.personId === 'string') {
    await trx('persons').where({ id: data.personId, case_id: caseId }).update({ detained_at: data.newValue });
  } else if (data.fact === 'case.receivedAt') {
    await trx('cases').where({ id: caseId }).update({ received_at: data.newValue });
  } else if (data.fact === 'case.gravity') {
    await trx('cases').where({ id: caseId }).update({ gravity: data.newValue });
  }
}

/** A participant joining a running case gets their persons row (the name lives there only). */
async function addPerson(trx: Knex.Transaction, caseId: string, d: Record<string, unknown>, identity?: { lastName: string; firstName: string }): Promise<void> {
  const { max } = await trx('persons').where({ case_id: caseId }).max('ordinal as max').first() as { max: number | null };
  const birthDate = typeof d.birthDate === 'string' ? d.birthDate : null;
  await trx('persons').insert({
    id: d.personId, case_id: caseId, role: d.role, last_name: identity?.lastName ?? '?', first_name: identity?.firstName ?? '?',
    birth_date: birthDate, sex: d.sex, is_child: birthDate ? isChildAt(birthDate, String(d.addedAt)) : false, detained_at: null,
    citizenship: d.citizenship ?? null, relationship_to_suspect: d.relationshipToSuspect ?? null, ordinal: (max ?? 0) + 1,
  }).onConflict('id').ignore();
}
