import type { ActFact, CaseFacts, ParticipantRole, PersonFacts } from './case-facts';
import { currentRoles } from './case-facts';
import { withValueAt } from './json-pointer';

/**
 * The case file after one more recorded act: the act is on record, and the acts that change who a
 * person is in the case change their roles (a charge makes the suspect accused, CPC 45; the
 * prosecutor's approval sends the accused to court as defendants, CPC 46, 263; the verdict
 * convicts or acquits). Idempotent, so the API can fold every record onto persons read from
 * PostgreSQL and the workflow onto the persons it was started with, and both agree.
 */
export function withAct(facts: CaseFacts, act: ActFact): CaseFacts {
  if (act.seq !== null && facts.acts.some((a) => a.seq === act.seq)) return facts;
  const next: CaseFacts = { ...facts, acts: [...facts.acts, act], persons: facts.persons.map((p) => ({ ...p, roles: [...p.roles] })) };
  const d = act.data;
  const at = (field: string) => (typeof d[field] === 'string' ? (d[field] as string) : new Date(0).toISOString());
  switch (act.recordType) {
    case 'charge-decision':
      become(next, d.personId, ['suspect'], 'accused', at('chargedAt'));
      break;
    case 'prosecutor-indictment-decision':
      if (d.outcome === 'approved') for (const p of next.persons) become(next, p.id, ['accused'], 'defendant', at('decidedAt'));
      break;
    case 'verdict':
      become(next, d.personId, ['accused', 'defendant'], d.outcome === 'acquittal' ? 'acquitted' : 'convicted', at('pronouncedAt'));
      break;
    case 'participant-added':
      addParticipant(next, d, at('addedAt'));
      break;
    case 'amendment':
      applyAmendment(next, d);
      break;
  }
  return next;
}

/** A person holding one of `from` now holds `to` from `since` (the earlier role ends then). */
function become(facts: CaseFacts, personId: unknown, from: ParticipantRole[], to: ParticipantRole, since: string): void {
  const person = facts.persons.find((p) => p.id === personId);
  if (!person || currentRoles(person).includes(to)) return;
  if (!currentRoles(person).some((r) => from.includes(r))) return;
  person.roles = person.roles.map((r) => (r.until === undefined && from.includes(r.role) ? { ...r, until: since } : r));
  person.roles.push({ role: to, since });
}

function addParticipant(facts: CaseFacts, d: Record<string, unknown>, since: string): void {
  const role = d.role as ParticipantRole;
  const existing = facts.persons.find((p) => p.id === d.personId);
  if (existing) {
    if (!currentRoles(existing).includes(role)) existing.roles.push({ role, since });
    return;
  }
  const person: PersonFacts = {
    id: String(d.personId), roles: [{ role, since }], sex: d.sex as PersonFacts['sex'], birthDate: typeof d.birthDate === 'string' ? d.birthDate : null, detainedAt: null,
  };
  facts.persons.push(person);
}

/** A correction: the corrected act reads the new value, and a fact it anchors follows it. */
function applyAmendment(facts: CaseFacts, d: Record<string, unknown>): void {
  const path = String(d.path ?? '');
  if (path.startsWith('/')) facts.acts = facts.acts.map((a) => (a.seq === d.correctsSeq ? { ...a, data: withValueAt(a.data, path, d.newValue) } : a));
  const person = facts.persons.find((p) => p.id === d.personId);
  if (d.fact === 'person.detainedAt' && person) person.detainedAt = typeof d.newValue === 'string' ? d.newValue : null;
  if (d.fact === 'person.sex' && person && (d.newValue === 'female' || d.newValue === 'male')) person.sex = d.newValue;
  if (d.fact === 'person.birthDate' && person) person.birthDate = typeof d.newValue === 'string' ? d.newValue : null;
  if (d.fact === 'case.receivedAt' && typeof d.newValue === 'string') facts.receivedAt = d.newValue;
  if (d.fact === 'case.gravity' && typeof d.newValue === 'string') facts.gravity = d.newValue;
}
