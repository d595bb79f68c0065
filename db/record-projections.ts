import type { Knex } from 'knex';
import { isChildAt } from '../law/child-age';
import { sealPersonRows, sealedChanges } from '../privacy/person-columns';

/** Corrected facts of a person and the persons column that shows them. */
const personColumns: Record<string, string> = {
  'person.detainedAt': 'detained_at', 'person.sex': 'sex', 'person.birthDate': 'birth_date', 'person.lastName': 'last_name', 'person.firstName': 'first_name',
};
/** Fields of the registration the case row repeats for the lists (the statistics read the records). */
const caseColumns: Record<string, string> = {
  '/receivedAt': 'received_at', '/gravity': 'gravity', '/crimeArticle': 'crime_article', '/region': 'region', '/summary': 'summary', '/source': 'source',
};

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
  const personColumn = personColumns[String(data.fact)];
  const caseColumn = data.correctsRecordType === 'report-registration' ? caseColumns[String(data.path)] : undefined;
  if (personColumn && typeof data.personId === 'string') {
    const person = trx('persons').where({ id: data.personId, case_id: caseId });
    if (personColumn === 'birth_date') {
      const birthDate = typeof data.newValue === 'string' ? data.newValue : null;
      const row = await trx('persons').where({ id: data.personId }).first('detained_at');
      const at = row?.detained_at ? new Date(row.detained_at).toISOString() : new Date().toISOString();
      await person.update(await sealedChanges(trx, caseId, { id: data.personId, subject: 'person' }, { birth_date: birthDate, is_child: birthDate ? isChildAt(birthDate, at) : false }));
    } else {
      await person.update(await sealedChanges(trx, caseId, { id: data.personId, subject: 'person' }, { [personColumn]: data.newValue }));
    }
  } else if (caseColumn) {
    await trx('cases').where({ id: caseId }).update(await sealedChanges(trx, caseId, { id: caseId, subject: 'case' }, { [caseColumn]: data.newValue }));
  }
}

/** A participant joining a running case gets their persons row (the name lives there only). */
async function addPerson(trx: Knex.Transaction, caseId: string, d: Record<string, unknown>, identity?: { lastName: string; firstName: string }): Promise<void> {
  const { max } = await trx('persons').where({ case_id: caseId }).max('ordinal as max').first() as { max: number | null };
  const birthDate = typeof d.birthDate === 'string' ? d.birthDate : null;
  const [row] = await sealPersonRows(trx, caseId, [{
    id: String(d.personId), case_id: caseId, role: d.role, last_name: identity?.lastName ?? '?', first_name: identity?.firstName ?? '?',
    birth_date: birthDate, sex: d.sex, is_child: birthDate ? isChildAt(birthDate, String(d.addedAt)) : false, detained_at: null,
    citizenship: d.citizenship ?? null, relationship_to_suspect: d.relationshipToSuspect ?? null, ordinal: (max ?? 0) + 1,
  }]);
  await trx('persons').insert(row).onConflict('id').ignore();
}
