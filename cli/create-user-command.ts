import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { createUser } from '../domain/user-admin';
import { InputError, ConflictError } from '../domain/errors';
import { databaseUrlOf } from '../system/database-url';
import { CliError, parseArgs } from './cli-error';

/** Creates a user through the same rules as the administration API; the password is read from standard input (one line). */
export async function runCreateUser(args: string[]): Promise<void> {
  const { options } = parseArgs(args);
  const { username, role, unit } = options;
  const fullName = options['full-name'];
  if (!username || !fullName || !role || !unit) {
    throw new CliError('usage: icj create-user --username U --full-name "F" --role R --unit CODE [--rank prosecutor-general]  (password on stdin)');
  }
  const password = (await readStdin()).split('\n')[0] ?? '';
  const db = createDb(databaseUrlOf(loadConfig(process.env)), 1);
  try {
    const created = await createUser(db, null, { username, fullName, role, unitCode: unit, password, ...(options.rank ? { prosecutorRank: options.rank } : {}) });
    process.stdout.write(`created ${created.username} (${created.role}, ${created.unitCode})\n`);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.errors.map((f) => `${f.path.slice(1) || 'input'} ${f.message}`).join('\n'));
    if (e instanceof ConflictError) throw new CliError(e.message);
    throw e;
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
