import type { Knex } from 'knex';
import { ForbiddenError } from '../domain/errors';
import type { SessionUser } from '../domain/deps';

/**
 * What part of the country a user's statistics cover: analysts and the Prosecutor General's
 * office the country (null), a regional or district prosecutor's office its region; nobody else
 * reads statistics (403). Aggregates only, whoever asks: no route returns a row about a person.
 */
export async function statisticsRegion(db: Knex, user: SessionUser): Promise<string | null> {
  if (user.role === 'analyst') return null;
  if (user.role !== 'prosecutor') throw new ForbiddenError('Statistics are for analysts and prosecutors', 'statistics-not-allowed');
  const unit = await db('units').where({ id: user.unitId }).first('region');
  return unit?.region ?? null;
}
