import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { verifyCaseChain } from '../db/records-repo';
import { databaseUrlOf } from '../system/database-url';
import { CliError, parseArgs } from './cli-error';

/** Recomputes a case's hash chain straight from PostgreSQL; exit 1 if it is broken. */
export async function runVerify(args: string[]): Promise<void> {
  const { positional } = parseArgs(args);
  const [ref] = positional;
  if (!ref) throw new CliError('usage: icj verify <case id or register number>');
  const db = createDb(databaseUrlOf(loadConfig(process.env)), 1);
  try {
    const kase = await db('cases').where(/^[0-9a-f-]{36}$/i.test(ref) ? { id: ref } : { register_number: ref }).first('id', 'register_number');
    if (!kase) throw new CliError(`no case ${ref}`);
    const verdict = await verifyCaseChain(db, kase.id);
    process.stdout.write(`${JSON.stringify({ case: kase.register_number, ...verdict })}\n`);
    if (!verdict.valid) throw new CliError(`the record chain of ${kase.register_number} is broken at record ${verdict.brokenAtSeq}`);
  } finally {
    await db.destroy();
  }
}
