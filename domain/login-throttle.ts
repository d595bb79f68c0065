import type { Knex } from 'knex';
import { TooManyRequestsError } from './errors';

/**
 * The sign-in throttle, in PostgreSQL so it holds across API processes. Three limits in a window:
 * failures of one account from one address, of one account from anywhere (guessing spread over
 * addresses), and of one address for any account, which does not hold back a user who signed in
 * from that address lately (an office behind one NAT is not locked out by one person's mistakes).
 */
export interface ThrottleRules {
  windowMs: number;
  perPair: number;
  perAccount: number;
  perAddress: number;
  /** A success from an address this recent exempts the account from that address's limit. */
  knownForMs: number;
}

export const defaultThrottle: ThrottleRules = { windowMs: 15 * 60_000, perPair: 5, perAccount: 10, perAddress: 20, knownForMs: 30 * 86_400_000 };

export async function assertSignInAllowed(db: Knex, address: string, username: string, now: Date, rules = defaultThrottle): Promise<void> {
  const since = new Date(now.getTime() - rules.windowMs);
  const count = async (where: Record<string, string>) => {
    const row = await db('login_failures').where(where).where('at', '>', since).count('* as n').min('at as first').first();
    return { n: Number(row?.n ?? 0), first: row?.first ? new Date(row.first as string) : now };
  };
  const refuse = (first: Date) => {
    const retryAfter = Math.max(1, Math.ceil((first.getTime() + rules.windowMs - now.getTime()) / 1000));
    return new TooManyRequestsError('Too many failed sign-in attempts; try again later', retryAfter);
  };
  const pair = await count({ address, username });
  if (pair.n >= rules.perPair) throw refuse(pair.first);
  const account = await count({ username });
  if (account.n >= rules.perAccount) throw refuse(account.first);
  const fromAddress = await count({ address });
  if (fromAddress.n >= rules.perAddress) {
    const known = await db('login_successes').where({ address, username }).where('at', '>', new Date(now.getTime() - rules.knownForMs)).first('at');
    if (!known) throw refuse(fromAddress.first);
  }
}

export async function recordSignInFailure(db: Knex, address: string, username: string, now: Date, rules = defaultThrottle): Promise<void> {
  await db('login_failures').insert({ address, username, at: now });
  await db('login_failures').where('at', '<', new Date(now.getTime() - rules.windowMs)).delete();
}

export async function recordSignInSuccess(db: Knex, address: string, username: string, now: Date): Promise<void> {
  await db('login_failures').where({ address, username }).delete();
  await db('login_successes').insert({ address, username, at: now }).onConflict(['address', 'username']).merge({ at: now });
}
