import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { hashPassword } from '../domain/passwords';
import { roles } from '../domain/deps';
import { databaseUrlOf } from '../system/database-url';
import { CliError, parseArgs } from './cli-error';

/** Creates a user; the password is read from standard input (one line, at least 12 characters). */
export async function runCreateUser(args: string[]): Promise<void> {
  const { options } = parseArgs(args);
  const { username, role, unit } = options;
  const fullName = options['full-name'];
  if (!username || !fullName || !role || !unit) {
    throw new CliError('usage: icj create-user --username U --full-name "F" --role R --unit CODE  (password on stdin)');
  }
  if (!(roles as readonly string[]).includes(role)) throw new CliError(`role must be one of ${roles.join(', ')}`);
  const password = (await readStdin()).split('\n')[0] ?? '';
  if (password.length < 12) throw new CliError('the password (on stdin) must have at least 12 characters');
  const db = createDb(databaseUrlOf(loadConfig(process.env)), 1);
  try {
    const unitRow = await db('units').where({ code: unit }).first('id');
    if (!unitRow) throw new CliError(`no unit ${unit}`);
    if (await db('users').where({ username }).first('id')) throw new CliError(`user ${username} exists`);
    await db('users').insert({ username, full_name: fullName, role, unit_id: unitRow.id, password_hash: await hashPassword(password) });
    process.stdout.write(`created ${username} (${role}, ${unit})\n`);
  } finally {
    await db.destroy();
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (c) => (text += c));
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}
