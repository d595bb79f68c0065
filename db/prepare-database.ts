import type { Knex } from 'knex';
import { createDb, migrateLatest } from './knex';
import { appPrivilegeProblems, grantAppPrivileges, roleOfUrl } from './least-privilege';

/**
 * Brings the schema up to date as its owner and grants the application role its privileges
 * (db/least-privilege.ts). Without an owner URL (development against a plain DATABASE_URL) the
 * application's own role migrates, and least privilege is not in place: `checkLeastPrivilege` says so.
 */
export async function prepareDatabase(urls: { url: string; ownerUrl: string | null }): Promise<void> {
  const owner = createDb(urls.ownerUrl ?? urls.url, 1);
  try {
    await migrateLatest(owner);
    if (urls.ownerUrl && roleOfUrl(urls.ownerUrl) !== roleOfUrl(urls.url)) await grantAppPrivileges(owner, roleOfUrl(urls.url));
  } finally {
    await owner.destroy();
  }
}

/** Refuses to run in production with an application role that could alter the evidence; warns elsewhere. */
export async function checkLeastPrivilege(app: Knex, production: boolean, warn: (message: string) => void): Promise<void> {
  const problems = await appPrivilegeProblems(app);
  if (problems.length === 0) return;
  const message = `least privilege in PostgreSQL does not hold: ${problems.join('; ')} (set DATABASE_OWNER_URL to the schema owner and DATABASE_URL to a role without these rights: README, Production)`;
  if (production) throw new Error(message);
  warn(message);
}
