import type { Knex } from 'knex';
import { materialise } from './case-scenario';
import { prng, randomScenario, uuidFrom, type SyntheticUnit } from './random-scenario';
import { writeMaterialisedCases } from './write-cases';

export interface SeedOptions {
  cases: number;
  seed?: number;
  /** Registrations fall in [from, to); by default the two years before `now`. */
  from?: Date;
  to?: Date;
  /** "Today" for the generated country (acts after it have not happened yet). */
  now?: Date;
  /** Cases per transaction. */
  batch?: number;
  onBatch?: (done: number) => void;
}

/**
 * `icj seed-statistics --cases N`: a plausible national caseload written in bulk, in batches of
 * `batch` cases per transaction, through the same sealing, hash chain and statistics projection
 * as real cases (statistics/synthetic/write-cases.ts), numbered from the Unified Register's own
 * counters so real registrations continue after them. Registered by the demo investigators' units.
 * Tests seed a database of their own (test/support/engines.ts createScratchDatabase with
 * startTestStack({ database })), never the run's shared one, whose other tests count cases.
 */
export async function seedStatistics(db: Knex, options: SeedOptions): Promise<{ cases: number; records: number; seconds: number }> {
  const started = Date.now();
  const now = (options.now ?? new Date()).getTime();
  const to = options.to?.getTime() ?? now;
  const from = options.from?.getTime() ?? to - 2 * 365 * 86_400_000;
  const rnd = prng(options.seed ?? 1);
  const unitRows = await db('units').where({ kind: 'investigative-unit', active: true }).whereNotNull('region').select('id', 'code', 'region', 'agency');
  if (unitRows.length === 0) throw new Error('no active investigative unit with a region: seed the organisation first');
  const units: SyntheticUnit[] = unitRows.map((u) => ({ id: u.id, code: u.code, region: u.region }));
  const agency = new Map(unitRows.map((u) => [u.id as string, (u.agency as string | null) ?? 'unknown']));
  const registrar = await db('users').where({ role: 'investigator', active: true }).orderBy('username').first('id');
  if (!registrar) throw new Error('no active investigator to register the synthetic reports');
  const batch = options.batch ?? 500;
  let done = 0;
  let records = 0;
  while (done < options.cases) {
    const n = Math.min(batch, options.cases - done);
    const wanted: Array<{ unit: SyntheticUnit; year: number }> = [];
    const scenarios = Array.from({ length: n }, () => randomScenario(rnd, units, (unit, year) => {
      wanted.push({ unit, year });
      return '';
    }, from, to, now));
    await db.transaction(async (trx) => {
      // Numbers from the register's counters (CPC 146), a block per unit and year, in this transaction.
      const blocks = new Map<string, number>();
      for (const w of wanted) blocks.set(`${w.unit.code}|${w.year}`, (blocks.get(`${w.unit.code}|${w.year}`) ?? 0) + 1);
      const next = new Map<string, number>();
      for (const [key, count] of blocks) {
        const [code, year] = key.split('|');
        const { rows } = await trx.raw(
          `insert into register_counters (unit_code, year, value) values (?, ?, ?)
           on conflict (unit_code, year) do update set value = register_counters.value + excluded.value returning value`, [code, Number(year), count]);
        next.set(key, Number(rows[0].value) - count + 1);
      }
      scenarios.forEach((s, i) => {
        const key = `${wanted[i]!.unit.code}|${wanted[i]!.year}`;
        const value = next.get(key)!;
        next.set(key, value + 1);
        s.registerNumber = `${wanted[i]!.unit.code}-${wanted[i]!.year}-${String(value).padStart(6, '0')}`;
      });
      const materialised = scenarios.map((s) => materialise(s, new Date(now).toISOString(), () => uuidFrom(rnd)));
      records += (await writeMaterialisedCases(trx, materialised, registrar.id, (id) => agency.get(id) ?? 'unknown')).records;
    });
    done += n;
    options.onBatch?.(done);
  }
  return { cases: done, records, seconds: (Date.now() - started) / 1000 };
}
