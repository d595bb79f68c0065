import type { Config } from '../config';
import { embeddedUrls } from '../db/embedded-postgres';

/** DATABASE_URL and DATABASE_OWNER_URL, or those of the embedded PostgreSQL that `npm start` runs. */
export function databaseUrlsOf(config: Config): { url: string; ownerUrl: string | null } {
  if (config.databaseUrl) return { url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl };
  return embeddedUrls(config.embeddedPgPort);
}

/** The application's URL (DATABASE_URL, or the embedded database's app role). */
export function databaseUrlOf(config: Config): string {
  return databaseUrlsOf(config).url;
}
