import type { Knex } from 'knex';

/** A case id checked before it goes into SQL text: a UUID and nothing else. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Several reads of one case in one round trip to PostgreSQL, each query's rows in order: the
 * statements go in one simple query, which takes no parameters, so the case id, each query's one
 * binding, is written into the text once checked as a UUID (anything else is refused). A step of a
 * case reads its persons, records, keys and facts this way instead of one round trip each.
 */
export async function readCaseInOneTrip(db: Knex | Knex.Transaction, caseId: string, queries: Knex.QueryBuilder[]): Promise<unknown[][]> {
  if (!UUID.test(caseId)) throw new Error(`not a case id: ${JSON.stringify(caseId)}`);
  const literal = `'${caseId.toLowerCase()}'`;
  const statements = queries.map((q) => {
    const native = q.toSQL().toNative();
    if (native.bindings.length !== 1 || native.bindings[0] !== caseId) throw new Error(`a read of one trip binds ${JSON.stringify(native.bindings)}, not the case id alone`);
    return native.sql.replace(/\$1\b/g, literal);
  });
  const answer: unknown = await db.raw(statements.join(';\n'));
  // One statement answers a result, several an array of results.
  const results = (statements.length === 1 ? [answer] : answer) as Array<{ rows: unknown[] }>;
  if (!Array.isArray(results) || results.length !== statements.length) throw new Error('a read of one trip did not answer each of its statements');
  return results.map((r) => r.rows);
}
