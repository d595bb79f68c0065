import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import type { ProcedureModel } from '../bpmn/procedure-model';
import { procedureWorkflow } from '../workflows';
import type { SessionUser } from '../domain/deps';
import { initialFacts } from '../casefile/initial-facts';

/**
 * A synthetic case row and its procedure workflow on a given model (simulations and engine tests),
 * with the case file the invariants check acts against (`caseFile: false` leaves it out).
 */
export async function startProcedureCase(
  db: Knex, client: Client, taskQueue: string, officer: SessionUser, model: ProcedureModel, vars: Record<string, unknown>,
  opts: { continueAsNewEvery?: number; caseFile?: boolean } = {},
) {
  const id = randomUUID();
  // Shaped like a register number (schemas check it), in a unit code of its own.
  const registerNumber = `SIM-${new Date().getUTCFullYear()}-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const workflowId = `case-${registerNumber}`;
  const gravity = typeof vars.gravity === 'string' ? vars.gravity : 'less-grave';
  // The report was received and registered when the scenario says, else when the case starts.
  const registeredAt = typeof vars.registeredAt === 'string' ? new Date(vars.registeredAt) : new Date();
  await db('cases').insert({
    id, register_number: registerNumber, workflow_id: workflowId, unit_id: officer.unitId, source: 'written-statement',
    summary: 'Synthetic simulated case', crime_article: 'CC 205(1)', gravity, region: 'bishkek',
    received_at: registeredAt, registered_by: officer.id, registered_at: registeredAt,
  });
  // Each person of the facts (detained, or other suspects) gets a synthetic person row: acts about them reference it.
  const listed = (name: string) => (Array.isArray(vars[name]) ? (vars[name] as Array<Record<string, unknown>>) : []);
  const detained = listed('detained');
  const persons = [...detained, ...listed('suspects')].map((p, i): Record<string, unknown> & { personId: string; ordinal: number } => ({ ...p, personId: typeof p.personId === 'string' ? p.personId : randomUUID(), ordinal: i + 1 }));
  const rows = persons.map((p) => ({
    id: p.personId, case_id: id, role: 'suspect', last_name: String(p.label ?? `Synthetic ${p.ordinal}`), first_name: 'Synthetic',
    birth_date: typeof p.birthDate === 'string' ? p.birthDate : p.isChild ? '2010-01-01' : '1990-01-01',
    sex: p.sex === 'female' ? 'female' as const : 'male' as const, is_child: p.isChild === true,
    detained_at: typeof p.detainedAt === 'string' ? new Date(p.detainedAt).toISOString() : null, ordinal: p.ordinal,
  }));
  if (rows.length > 0) await db('persons').insert(rows);
  const caseFacts = initialFacts(
    { registerNumber, receivedAt: registeredAt.toISOString(), registeredAt: registeredAt.toISOString(), gravity },
    rows.map((r) => ({ id: r.id, role: 'suspect', sex: r.sex, birthDate: r.birth_date, detainedAt: r.detained_at })),
  );
  const facts = persons.length > 0 ? { ...vars, detained: persons.slice(0, detained.length).map(({ ordinal: _ordinal, ...p }) => p) } : vars;
  const handle = await client.workflow.start(procedureWorkflow, {
    taskQueue, workflowId,
    args: [{
      caseId: id, registerNumber, unitId: officer.unitId, procedure: null, model, scopeId: model.main, vars: facts,
      actor: { userId: officer.id, username: officer.username, role: officer.role, unitId: officer.unitId },
      firstRecord: null, parent: null, state: null, continueAsNewEvery: opts.continueAsNewEvery ?? null,
      // Interpreter tests on synthetic models leave the case file out: they test token movement, not the law.
      caseFacts: opts.caseFile === false ? null : caseFacts,
    }],
  });
  return { caseId: id, workflowId, handle };
}
