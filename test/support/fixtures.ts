import type { Knex } from 'knex';
import type { SessionUser } from '../../domain/deps';
import { findSessionUser } from '../../domain/authenticate';

/** A SessionUser for a seeded demo account. */
export async function demoUser(db: Knex, username: string): Promise<SessionUser> {
  const user = await findSessionUser(db, { username });
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}

/**
 * The demo user who performs a task of the given role in a case of officer1's unit (BSK-01): the
 * Leninsky court's judges, the Bishkek facility, the district prosecutor, the probation office.
 */
export function demoPerformer(role: string): string {
  const byRole: Record<string, string> = {
    investigator: 'officer1', 'head-of-unit': 'supervisor1', prosecutor: 'prosecutor1', 'investigating-judge': 'judge1', judge: 'judge2',
    'facility-officer': 'facility1', 'probation-officer': 'probation1',
  };
  const username = byRole[role];
  if (!username) throw new Error(`no demo performer for the role ${role}`);
  return username;
}

export interface SuspectOptions {
  detainedAt?: string | null;
  birthDate?: string;
  lastName?: string;
}

/** A synthetic report registration: invented names, invented facts. */
export function registration(receivedAt: string, suspects: SuspectOptions[] = [{}]): Record<string, unknown> {
  return {
    receivedAt,
    source: 'written-statement',
    summary: 'Synthetic test report: theft of a bicycle from a courtyard.',
    crimeArticle: 'CC 205(1)',
    gravity: 'less-grave',
    region: 'bishkek',
    place: 'Synthetic street 1',
    suspects: suspects.map((s, i) => ({
      lastName: s.lastName ?? `Testov${i + 1}`,
      firstName: 'Asan',
      birthDate: s.birthDate ?? '1990-05-17',
      sex: 'male',
      detained: s.detainedAt != null,
      ...(s.detainedAt != null ? { detainedAt: s.detainedAt, detentionPlace: 'Synthetic district police station' } : {}),
    })),
  };
}

/** Polls until `probe` returns a value other than undefined/false, or fails after `timeoutMs` real time. */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The Bishkek calendar date (YYYY-MM-DD) at an instant, shifted by whole years and days. */
export function bishkekDate(atMs: number, years = 0, days = 0): string {
  const local = new Date(atMs + 6 * 3_600_000);
  const shifted = new Date(Date.UTC(local.getUTCFullYear() + years, local.getUTCMonth(), local.getUTCDate() + days));
  return shifted.toISOString().slice(0, 10);
}

/** A synthetic motion for custody (CPC 106(3)); the person, sex, age and gravity come from the case. */
export function custodyMotion(filedAt: string): Record<string, unknown> {
  return {
    filedAt, court: 'Synthetic District Court No. 1', requestedMeasure: 'custody', termMonths: 2, crimeArticles: ['CC 205(1)'],
    grounds: 'Synthetic: no permanent residence; tried to leave the country.',
    // CPC 114: custody for a less grave crime only in exceptional circumstances.
    exceptionalCircumstances: 'Synthetic: the suspect has hidden from the investigation before.',
    prosecutorConsent: { consentedAt: filedAt, prosecutor: 'Synthetic district prosecutor' },
  };
}
