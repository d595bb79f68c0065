import { ageBandAt } from '../law/age-band';
import { isChildAt } from '../law/child-age';
import type { ActFact, CaseFacts, PersonFacts } from './case-facts';
import type { ActorFacts } from './act-input';

/** Where a reference to a fact is resolved: the case, the act's data, the person it concerns. */
export interface RefContext {
  facts: CaseFacts;
  /** The object holding the field (the record, or an item of one of its lists). */
  parent: Record<string, unknown>;
  person: PersonFacts | undefined;
  /** The instant dating the act: ages are computed on its day. */
  actAt: string;
  /** Who records the act. */
  actor?: ActorFacts | null;
}

/**
 * Resolves a fact reference of the schema annotations: `case.receivedAt`, `person.detainedAt`,
 * `person.ageBand` (on the day of the act), `last:measure-motion.filedAt` (the latest such act, of
 * the same person when it names one), or a field of the same object (`sentAt`). Undefined when
 * the case holds no such fact (a person never detained).
 */
export function resolveRef(ref: string, ctx: RefContext): unknown {
  if (ref.startsWith('case.')) return (ctx.facts as unknown as Record<string, unknown>)[ref.slice(5)];
  if (ref.startsWith('person.')) return personFact(ref.slice(7), ctx);
  // CPC KR 162: the rung of the ladder is the deciding prosecutor's own, not a choice on the form.
  if (ref === 'actor.ladderAuthority') return ctx.actor?.ladderAuthority ?? undefined;
  if (ref.startsWith('last:')) {
    const [recordType, field] = ref.slice(5).split('.');
    const act = latestAct(ctx.facts, recordType, ctx.person?.id ?? null);
    return act?.data[field];
  }
  return ctx.parent[ref];
}

function personFact(name: string, { person, actAt }: RefContext): unknown {
  if (!person) return undefined;
  switch (name) {
    case 'id': return person.id;
    case 'sex': return person.sex;
    case 'detainedAt': return person.detainedAt ?? undefined;
    case 'ageBand': return person.birthDate ? ageBandAt(person.birthDate, actAt) : undefined;
    case 'isChild': return person.birthDate ? isChildAt(person.birthDate, actAt) : undefined;
    default: throw new Error(`unknown person fact ${name}`);
  }
}

/** The latest act of a type on record: of this person when given and the act names persons. */
export function latestAct(facts: CaseFacts, recordType: string, personId: string | null): ActFact | undefined {
  for (let i = facts.acts.length - 1; i >= 0; i--) {
    const act = facts.acts[i];
    if (act.recordType !== recordType) continue;
    if (personId && !concerns(act, personId)) continue;
    return act;
  }
  return undefined;
}

/** Whether an act concerns a person: it names them, or it names nobody (an act of the whole case). */
export function concerns(act: ActFact, personId: string): boolean {
  const named = namedPersons(act.data);
  return named.length === 0 || named.includes(personId);
}

/** Person ids an act's data names (its personId, and those of its lists, e.g. the accused of an indictment). */
export function namedPersons(data: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'personId' && typeof v === 'string') out.push(v);
        else if (typeof v === 'object') visit(v);
      }
    }
  };
  visit(data);
  return out;
}
