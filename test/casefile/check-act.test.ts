import assert from 'node:assert/strict';
import { checkAct } from '../../casefile/check-act';
import { fillKnownFacts } from '../../casefile/fill-known-facts';
import { withAct } from '../../casefile/fold-act';
import type { ActInput } from '../../casefile/act-input';
import type { CaseFacts } from '../../casefile/case-facts';
import { validateRecord } from '../../law/record-schemas';
import { CHILD, SUSPECT, VICTIM, caseFacts } from './case-facts-fixture';

const NOW = Date.parse('2026-11-28T09:00:00+06:00');
const input = (recordType: string, data: Record<string, unknown>, facts: CaseFacts = caseFacts(), taskPersonId: string | null = SUSPECT): ActInput =>
  ({ recordType, data, taskPersonId, facts, now: NOW, clockSkewMs: 5 * 60_000 });
const codes = (i: ActInput) => checkAct(i).map((r) => `${r.path} ${r.code}`);

const toProsecutor = { sentAt: '2026-11-28T08:00:00+06:00', method: 'register', prosecutorOffice: 'Synthetic district prosecutor' };

describe('case invariants - filled facts and the whole gate', () => {
  it('fills the task person, sex, age band and detention moment, and the filled record passes schema and invariants', () => {
    const data = fillKnownFacts(input('detention-record-to-prosecutor', toProsecutor));
    assert.deepEqual(data, { ...toProsecutor, personId: SUSPECT, sex: 'male', ageBand: '30-39', isChild: false, detainedAt: '2026-11-27T22:15:00+06:00' });
    assert.deepEqual(validateRecord('detention-record-to-prosecutor', data), []);
    assert.deepEqual(codes(input('detention-record-to-prosecutor', data)), []);
  });

  it('computes the age on the day of the act: a child the day before her 18th birthday, an adult on it (Bishkek time)', () => {
    const on = (sentAt: string) => fillKnownFacts(input('detention-record-to-prosecutor', { ...toProsecutor, sentAt }, caseFacts(), CHILD));
    assert.equal(on('2026-11-28T23:59:00+06:00').isChild, true);
    assert.equal(on('2026-11-28T23:59:00+06:00').ageBand, '16-17');
    // 18:05 UTC on the 28th is 00:05 on the 29th in Bishkek.
    assert.equal(on('2026-11-28T18:05:00Z').isChild, false);
    assert.equal(on('2026-11-28T18:05:00Z').ageBand, '18-24');
  });
});

describe('case invariants - person in the case', () => {
  it('accepts the suspect of the task; refuses a person of no case, the victim, and another suspect than the task is about', () => {
    const ok = fillKnownFacts(input('detention-record-to-prosecutor', toProsecutor));
    assert.deepEqual(codes(input('detention-record-to-prosecutor', ok)), []);
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, personId: '99999999-9999-4999-8999-999999999999' })), ['/personId person-not-in-case']);
    assert.deepEqual(codes(input('charge-decision', { personId: VICTIM, chargedAt: '2026-11-28T08:00:00+06:00' }, caseFacts(), null)).filter((c) => c.startsWith('/personId')), ['/personId role-not-eligible']);
    assert.ok(codes(input('detention-record-to-prosecutor', { ...ok, personId: CHILD })).includes('/personId not-task-person'));
  });

  it('checks the persons of a list too: each accused of an indictment must have been charged', () => {
    const charged = withAct(caseFacts(), { seq: 2, recordType: 'charge-decision', data: { personId: SUSPECT, chargedAt: '2026-11-28T08:00:00+06:00' } });
    const indictment = (personId: string, facts: CaseFacts) => input('indictment', { drawnUpAt: '2026-11-28T08:30:00+06:00', accused: [{ personId }] }, facts, null);
    assert.deepEqual(codes(indictment(SUSPECT, charged)).filter((c) => c.includes('accused')), []);
    assert.deepEqual(codes(indictment(CHILD, charged)).filter((c) => c.includes('accused')), ['/accused/0/personId role-not-eligible']);
  });
});

describe('case invariants - facts that must equal the case', () => {
  it('refuses a sex and a detention moment contradicting the registered person, naming the fact', () => {
    const ok = fillKnownFacts(input('detention-record-to-prosecutor', toProsecutor));
    const refusals = checkAct(input('detention-record-to-prosecutor', { ...ok, sex: 'female', detainedAt: '2026-11-27T21:15:00+06:00' }));
    assert.deepEqual(refusals.map((r) => [r.path, r.code, r.params.fact, r.params.expected]), [
      ['/sex', 'contradicts-case', 'person.sex', 'male'],
      ['/detainedAt', 'contradicts-case', 'person.detainedAt', '2026-11-27T22:15:00+06:00'],
    ]);
    // The same instant written with another offset is the same fact.
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, detainedAt: '2026-11-27T16:15:00Z' })), []);
  });

  it('refuses another register number than the case\'s', () => {
    const data = { decidedAt: '2026-11-28T08:00:00+06:00', decision: 'open-case' };
    assert.equal(fillKnownFacts(input('check-decision', data, caseFacts(), null)).registerNumber, 'BSK-01-2026-000007');
    assert.deepEqual(codes(input('check-decision', { ...data, registerNumber: 'BSK-01-2026-000008' }, caseFacts(), null)), ['/registerNumber contradicts-case']);
  });
});

describe('case invariants - time order and the future', () => {
  it('refuses a sending before the detention and a receipt before the sending', () => {
    const ok = fillKnownFacts(input('detention-record-to-prosecutor', toProsecutor));
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, sentAt: '2026-11-27T19:15:00+06:00' })), ['/sentAt before-fact']);
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, method: 'courier', receivedBy: 'Synthetic clerk', receivedAt: '2026-11-28T07:59:00+06:00' })), ['/receivedAt before-fact']);
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, method: 'courier', receivedBy: 'Synthetic clerk', receivedAt: '2026-11-28T08:00:00+06:00' })), []);
  });

  it('refuses a decision on the case before the report was received, at the minute', () => {
    const at = (decidedAt: string) => codes(input('check-decision', { decidedAt, decision: 'open-case', registerNumber: 'BSK-01-2026-000007' }, caseFacts(), null));
    assert.deepEqual(at('2026-11-27T23:29:00+06:00'), ['/decidedAt before-fact']);
    assert.deepEqual(at('2026-11-27T23:30:00+06:00'), []);
  });

  it('allows the clock skew into the future and no more; planned instants may lie ahead', () => {
    const ok = fillKnownFacts(input('detention-record-to-prosecutor', toProsecutor));
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, sentAt: new Date(NOW + 4 * 60_000).toISOString() })), []);
    assert.deepEqual(codes(input('detention-record-to-prosecutor', { ...ok, sentAt: new Date(NOW + 6 * 60_000).toISOString() })), ['/sentAt in-future']);
    const facts = withAct(withAct(withAct(caseFacts(), { seq: 2, recordType: 'check-decision', data: { decision: 'open-case', decidedAt: '2026-11-28T00:00:00+06:00' } }),
      { seq: 3, recordType: 'indictment', data: { drawnUpAt: '2026-11-28T01:00:00+06:00' } }),
    { seq: 4, recordType: 'prosecutor-indictment-decision', data: { outcome: 'approved', decidedAt: '2026-11-28T02:00:00+06:00' } });
    const first = { receivedAt: '2026-11-28T03:00:00+06:00', decidedAt: '2026-11-28T04:00:00+06:00', court: 'Synthetic court', decision: 'trial', hearingAt: '2026-12-10T10:00:00+06:00' };
    assert.deepEqual(codes(input('court-first-decision', first, facts, null)), []);
  });
});

describe('case invariants - procedural preconditions', () => {
  const decision = { decidedAt: '2026-11-28T08:00:00+06:00', court: 'Synthetic court', outcome: 'custody', termMonths: 2 };

  it('refuses the judge\'s decision on a measure before a motion is on record for this person (CPC 106, 114)', () => {
    const refused = checkAct(input('measure-decision', fillKnownFacts(input('measure-decision', decision))));
    assert.deepEqual(refused.map((r) => [r.code, r.params.requires, r.params.basis]), [['precondition', 'measure-motion', 'CPC KR 106(1),(3), 114(1)']]);
    const otherPersonsMotion = withAct(caseFacts(), { seq: 2, recordType: 'measure-motion', data: { personId: CHILD, filedAt: '2026-11-28T07:00:00+06:00' } });
    assert.deepEqual(codes(input('measure-decision', fillKnownFacts(input('measure-decision', decision, otherPersonsMotion)), otherPersonsMotion)), [' precondition']);
    const ownMotion = withAct(caseFacts(), { seq: 2, recordType: 'measure-motion', data: { personId: SUSPECT, filedAt: '2026-11-28T07:00:00+06:00' } });
    assert.deepEqual(codes(input('measure-decision', fillKnownFacts(input('measure-decision', decision, ownMotion)), ownMotion)), []);
  });

  it('refuses a decision before the motion it answers', () => {
    const ownMotion = withAct(caseFacts(), { seq: 2, recordType: 'measure-motion', data: { personId: SUSPECT, filedAt: '2026-11-28T08:30:00+06:00' } });
    assert.deepEqual(codes(input('measure-decision', fillKnownFacts(input('measure-decision', decision, ownMotion)), ownMotion)), ['/decidedAt before-fact']);
  });

  it('refuses a charge before the case is opened (CPC 240) and after a refusal to open it', () => {
    const charge = { personId: SUSPECT, chargedAt: '2026-11-28T08:00:00+06:00' };
    assert.ok(codes(input('charge-decision', charge, caseFacts(), null)).includes(' precondition'));
    const refused = withAct(caseFacts(), { seq: 2, recordType: 'check-decision', data: { decision: 'refuse-to-open', decidedAt: '2026-11-28T01:00:00+06:00' } });
    assert.ok(codes(input('charge-decision', charge, refused, null)).includes(' precondition'));
    const opened = withAct(caseFacts(), { seq: 2, recordType: 'check-decision', data: { decision: 'open-case', decidedAt: '2026-11-28T01:00:00+06:00' } });
    assert.deepEqual(codes(input('charge-decision', charge, opened, null)), []);
  });

  it('refuses an act about a detention for a person never detained', () => {
    assert.ok(codes(input('notification', { personId: VICTIM, notifiedAt: '2026-11-28T08:00:00+06:00' }, caseFacts(), VICTIM)).includes(' precondition'));
  });
});

describe('case file - roles over time', () => {
  it('a charge makes the suspect accused, the approval a defendant, the verdict convicted; each role ends when the next begins', () => {
    let facts = withAct(caseFacts(), { seq: 2, recordType: 'charge-decision', data: { personId: SUSPECT, chargedAt: '2026-12-01T10:00:00+06:00' } });
    facts = withAct(facts, { seq: 3, recordType: 'prosecutor-indictment-decision', data: { outcome: 'approved', decidedAt: '2027-01-10T10:00:00+06:00' } });
    facts = withAct(facts, { seq: 4, recordType: 'verdict', data: { personId: SUSPECT, outcome: 'conviction', pronouncedAt: '2027-02-01T10:00:00+06:00' } });
    assert.deepEqual(facts.persons[0].roles, [
      { role: 'suspect', since: '2026-11-27T23:40:00+06:00', until: '2026-12-01T10:00:00+06:00' },
      { role: 'accused', since: '2026-12-01T10:00:00+06:00', until: '2027-01-10T10:00:00+06:00' },
      { role: 'defendant', since: '2027-01-10T10:00:00+06:00', until: '2027-02-01T10:00:00+06:00' },
      { role: 'convicted', since: '2027-02-01T10:00:00+06:00' },
    ]);
    assert.deepEqual(withAct(facts, { seq: 4, recordType: 'verdict', data: {} }), facts, 'a record folded twice changes nothing');
  });
});
