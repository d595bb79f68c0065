import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import type { ProcedureModel } from '../bpmn/procedure-model';
import { procedureWorkflow } from '../workflows';
import type { SessionUser } from '../domain/deps';

/** A synthetic case row and its procedure workflow on a given model (simulations and engine tests). */
export async function startProcedureCase(
  db: Knex, client: Client, taskQueue: string, officer: SessionUser, model: ProcedureModel, vars: Record<string, unknown>,
  opts: { continueAsNewEvery?: number } = {},
) {
  const id = randomUUID();
  const registerNumber = `SIM-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const workflowId = `case-${registerNumber}`;
  await db('cases').insert({
    id, register_number: registerNumber, workflow_id: workflowId, unit_id: officer.unitId, source: 'written-statement',
    summary: 'Synthetic simulated case', crime_article: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek',
    received_at: new Date(), registered_by: officer.id, registered_at: new Date(),
  });
  // Each person of the facts (detained, or other suspects) gets a synthetic person row: acts about them reference it.
  const listed = (name: string) => (Array.isArray(vars[name]) ? (vars[name] as Array<Record<string, unknown>>) : []);
  const detained = listed('detained');
  const persons = [...detained, ...listed('suspects')].map((p, i): Record<string, unknown> & { personId: string; ordinal: number } => ({ ...p, personId: typeof p.personId === 'string' ? p.personId : randomUUID(), ordinal: i + 1 }));
  if (persons.length > 0) {
    await db('persons').insert(persons.map((p) => ({
      id: p.personId, case_id: id, role: 'suspect', last_name: String(p.label ?? `Synthetic ${p.ordinal}`), first_name: 'Synthetic',
      birth_date: p.isChild ? '2010-01-01' : '1990-01-01', sex: 'male', is_child: p.isChild === true,
      detained_at: typeof p.detainedAt === 'string' ? p.detainedAt : null, ordinal: p.ordinal,
    })));
  }
  const facts = persons.length > 0 ? { ...vars, detained: persons.slice(0, detained.length).map(({ ordinal: _ordinal, ...p }) => p) } : vars;
  const handle = await client.workflow.start(procedureWorkflow, {
    taskQueue, workflowId,
    args: [{
      caseId: id, registerNumber, unitId: officer.unitId, procedure: null, model, scopeId: model.main, vars: facts,
      actor: { userId: officer.id, username: officer.username, role: officer.role, unitId: officer.unitId },
      firstRecord: null, parent: null, state: null, continueAsNewEvery: opts.continueAsNewEvery ?? null,
    }],
  });
  return { caseId: id, workflowId, handle };
}
