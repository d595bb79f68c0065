import type { Config } from '../config';
import { EMBEDDED_PG_PASSWORD } from '../db/embedded-postgres';

/** DATABASE_URL, or the URL of the embedded PostgreSQL that `npm start` runs. */
export function databaseUrlOf(config: Config): string {
  return config.databaseUrl ?? `postgres://postgres:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${config.embeddedPgPort}/icjims`;
}
