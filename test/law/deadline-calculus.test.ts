import assert from 'node:assert/strict';
import { computeDeadline, extendDeadline, type CaseFacts } from '../../law/deadline-calculus';
import { findLimit, rulebook, workCalendar } from '../../law/rulebook';
import type { LimitRule } from '../../law/rulebook-types';

const rule = (id: string): LimitRule => {
  const found = findLimit(id);
  if (!found) throw new Error(`no limit ${id}`);
  return found;
};
const due = (id: string, from: string, facts: CaseFacts = {}) => computeDeadline(rule(id), from, facts, workCalendar).dueAt;
const at = (bishkek: string) => new Date(bishkek).toISOString();

// Every limit of the rulebook, computed by hand from CPC KR 137 for one anchor: a detention (or
// other event) at 23:30 on Friday 27 November 2026, Bishkek time. "24:00 of day D" is written as
// 00:00 of D+1.
const FRIDAY_2330 = '2026-11-27T23:30:00+06:00';
const expected: Array<[string, CaseFacts, string, string]> = [
  ['report.register', {}, '2026-11-27T23:30:00+06:00', 'immediately'],
  ['check.decide', {}, '2026-12-08T00:00:00+06:00', 'day 1 = Sat 28 Nov; day 10 = Mon 7 Dec'],
  ['case-opened.copy-to-prosecutor', {}, '2026-11-28T23:30:00+06:00', '24 h'],
  ['detention.max', {}, '2026-11-29T23:30:00+06:00', '48 h to the minute, Sunday, no roll-over'],
  ['detention.max', { child: true }, '2026-11-28T23:30:00+06:00', 'child: 24 h'],
  ['detention.record-to-prosecutor', {}, '2026-11-28T11:30:00+06:00', '12 h'],
  ['detention.notify-relatives', {}, '2026-11-27T23:30:00+06:00', 'immediately'],
  ['detention.notify-relatives', { child: true }, '2026-11-28T02:30:00+06:00', "a child's parents: 3 h"],
  ['detention.to-court', {}, '2026-11-29T20:30:00+06:00', '45 h'],
  ['detention.to-court', { child: true }, '2026-11-28T20:30:00+06:00', 'child: 21 h'],
  ['detention.judge-legality', {}, '2026-11-28T01:30:00+06:00', '2 h'],
  ['measure.judge-decides', {}, '2026-11-28T04:30:00+06:00', '5 h, night included'],
  ['measure.copy-to-defence', {}, '2026-11-27T20:30:00+06:00', '3 h before the hearing'],
  ['custody.notify-relatives', {}, '2026-11-28T11:30:00+06:00', '12 h'],
  ['custody.complaint-to-court', {}, '2026-11-28T11:30:00+06:00', '12 h'],
  ['custody.term', {}, '2027-01-27T00:00:00+06:00', 'day of detention counts: last day 26 Jan'],
  ['custody.cap', {}, '2027-11-27T00:00:00+06:00', '1 year, day of detention counts: last day 26 Nov 2027'],
  ['custody.extension-motion', {}, '2026-11-22T23:30:00+06:00', '5 days before the anchor (expiry)'],
  ['investigation.extension-motion', {}, '2026-11-20T23:30:00+06:00', '7 days before the anchor (expiry)'],
  ['custody.extension-decide', {}, '2026-12-01T00:00:00+06:00', '3 days: last day Mon 30 Nov'],
  ['custody.returned-case', {}, '2026-12-27T00:00:00+06:00', '1 month, day counts: last day Sat 26 Dec, no roll-over'],
  ['investigation.term', {}, '2027-01-28T00:00:00+06:00', '2 months: Wed 27 Jan 2027'],
  ['investigation.term', { gravity: 'small' }, '2026-12-29T00:00:00+06:00', 'small gravity 1 month: Sun 27 Dec rolls to Mon 28 Dec'],
  ['investigation.after-return', {}, '2026-12-29T00:00:00+06:00', '1 month, rolls over Sunday'],
  ['charge.present', {}, '2026-11-29T23:30:00+06:00', '48 h'],
  ['complaint.investigator', {}, '2026-12-08T00:00:00+06:00', '10 days'],
  ['complaint.prosecutor-decides', {}, '2026-12-01T00:00:00+06:00', '3 days'],
  ['complaint.torture', {}, '2026-11-28T11:30:00+06:00', '12 h'],
  ['measure.change-decide', {}, '2026-12-01T00:00:00+06:00', '3 days'],
  ['bail.decide', {}, '2026-11-28T23:30:00+06:00', '24 h'],
  ['medical.access', {}, '2026-11-28T11:30:00+06:00', '12 h'],
  ['lawyer.state-aid', {}, '2026-11-28T01:30:00+06:00', '2 h'],
  ['hospital.stay', {}, '2026-12-28T00:00:00+06:00', '30 days: Sun 27 Dec, a stay in a medical institution never rolls over'],
  ['case-to-prosecutor.before-custody-ends', {}, '2026-11-17T23:30:00+06:00', '10 days before custody ends'],
  ['prosecutor.review-indictment', {}, '2026-12-03T00:00:00+06:00', '5 days'],
  ['case-to-court.in-custody', {}, '2026-11-22T23:30:00+06:00', 'before the last 5 days of custody'],
  ['court.first-decision', {}, '2026-12-03T00:00:00+06:00', '5 days'],
  ['trial.start', {}, '2026-12-12T00:00:00+06:00', '14 days: Fri 11 Dec'],
  ['trial.term', {}, '2027-01-28T00:00:00+06:00', '2 months'],
  ['trial.term', { gravity: 'small' }, '2026-12-29T00:00:00+06:00', 'small gravity: 1 month, rolls over Sunday'],
  ['trial.custody', {}, '2027-01-27T00:00:00+06:00', '2 months, day counts, no roll-over'],
  ['appeal.verdict', {}, '2026-12-29T00:00:00+06:00', '30 days: Sun 27 Dec rolls to Mon 28 Dec'],
  ['appeal.investigating-judge', {}, '2026-12-03T00:00:00+06:00', '5 days'],
  ['appeal.trial-custody', {}, '2026-12-08T00:00:00+06:00', '10 days'],
  ['appeal.court-decides', {}, '2027-01-28T00:00:00+06:00', '2 months'],
  ['execution.send', {}, '2026-12-01T00:00:00+06:00', '3 days'],
  ['cassation.forward', {}, '2026-12-03T00:00:00+06:00', '5 days'],
  ['cassation.decide', {}, '2027-01-28T00:00:00+06:00', '2 months'],
  ['cassation.worsening-review', {}, '2027-11-30T00:00:00+06:00', '1 year: Sat 27 Nov 2027 rolls to Mon 29 Nov'],
  ['probation.first-report', {}, '2026-12-08T00:00:00+06:00', '10 days'],
  ['extradition.custody', {}, '2026-12-27T00:00:00+06:00', '30 days, day of detention counts: last day Sat 26 Dec'],
];

describe('deadline calculus (CPC KR 137): every limit of the rulebook from Friday 23:30', () => {
  for (const [id, facts, dueAt, why] of expected) {
    it(`${id}${Object.keys(facts).length ? ` ${JSON.stringify(facts)}` : ''}: ${why}`, () => {
      assert.equal(due(id, FRIDAY_2330, facts), at(dueAt));
    });
  }

  it('covers every limit in the rulebook', () => {
    const covered = new Set(expected.map(([id]) => id));
    assert.deepEqual(rulebook.limits.map((l) => l.id).filter((id) => !covered.has(id)), []);
  });
});

describe('deadline calculus edges', () => {
  it('a term in days expires at 24:00 of its last day: 23:59 is in time, 00:00 is late', () => {
    const d = Date.parse(due('check.decide', '2026-11-02T09:00:00+06:00'));
    // day 1 = 3 Nov, day 10 = Thu 12 Nov
    assert.equal(d, Date.parse('2026-11-13T00:00:00+06:00'));
    assert.ok(Date.parse('2026-11-12T23:59:00+06:00') < d);
  });

  it('the hour of the anchor does not matter for a day term: 00:01 and 23:59 on the same day give the same expiry', () => {
    assert.equal(due('check.decide', '2026-11-02T00:01:00+06:00'), due('check.decide', '2026-11-02T23:59:00+06:00'));
  });

  it('uses the Bishkek date of the anchor, not the UTC date (19:00 UTC is already the next day in Bishkek)', () => {
    assert.equal(due('check.decide', '2026-11-02T19:00:00Z'), at('2026-11-14T00:00:00+06:00'));
  });

  it('a month term from 31 January ends on the last day of February (28 in 2027, 29 in 2028)', () => {
    assert.equal(due('investigation.after-return', '2027-01-31T10:00:00+06:00'), at('2027-03-02T00:00:00+06:00')); // Sun 28 Feb 2027 -> Mon 1 Mar, 24:00
    assert.equal(due('investigation.after-return', '2028-01-31T10:00:00+06:00'), at('2028-03-01T00:00:00+06:00')); // Tue 29 Feb 2028
  });

  it('a custody term across month ends: from 31 December, 2 months, the day of detention counted', () => {
    // corresponding date 28 Feb 2027 (no 31 Feb); counted from the detention day: last day 27 Feb
    assert.equal(due('custody.term', '2026-12-31T15:00:00+06:00'), at('2027-02-28T00:00:00+06:00'));
  });

  it('a year from a leap day ends on 28 February', () => {
    assert.equal(due('cassation.worsening-review', '2028-02-29T12:00:00+06:00'), at('2029-03-01T00:00:00+06:00'));
  });

  it('a term whose last day is a public holiday moves to the next working day (1 Jan, then the weekend)', () => {
    const d = computeDeadline(rule('check.decide'), '2026-12-22T10:00:00+06:00', {}, workCalendar);
    assert.equal(d.dueAt, at('2027-01-05T00:00:00+06:00'));
    assert.equal(d.rolledOver, true);
  });

  it('a holiday inside a term does not lengthen it; only the last day matters (8 March)', () => {
    // 10 days from 1 March 2027: day 10 = Thu 11 Mar, although 8 Mar is a holiday
    assert.equal(due('check.decide', '2027-03-01T10:00:00+06:00'), at('2027-03-12T00:00:00+06:00'));
  });

  it('a detention or custody term never rolls over, even onto a holiday (CPC 137(2)(4))', () => {
    assert.equal(due('detention.max', '2026-12-30T08:00:00+06:00'), at('2027-01-01T08:00:00+06:00'));
    const hospital = computeDeadline(rule('hospital.stay'), '2026-12-02T10:00:00+06:00', {}, workCalendar);
    assert.equal(hospital.dueAt, at('2027-01-02T00:00:00+06:00')); // last day 1 Jan, a holiday
    assert.equal(hospital.rolledOver, false);
  });

  it('a child versus an adult, and small gravity versus the others', () => {
    assert.notEqual(due('detention.max', FRIDAY_2330, { child: true }), due('detention.max', FRIDAY_2330, { child: false }));
    for (const gravity of ['less-grave', 'grave', 'especially-grave'] as const) {
      assert.equal(due('investigation.term', FRIDAY_2330, { gravity }), at('2027-01-28T00:00:00+06:00'), gravity);
    }
  });

  it('warnings fall between the anchor and the due instant', () => {
    const d = computeDeadline(rule('custody.term'), FRIDAY_2330, {}, workCalendar);
    assert.deepEqual(d.warnAt, ['2027-01-17T00:00:00+06:00', '2027-01-22T00:00:00+06:00', '2027-01-26T00:00:00+06:00'].map(at));
    for (const r of rulebook.limits) {
      const c = computeDeadline(r, FRIDAY_2330, {}, workCalendar);
      for (const w of c.warnAt) assert.ok(w < c.dueAt, `${r.id} warns at ${w} after ${c.dueAt}`);
    }
  });
});

describe('custody extensions (CPC 115(3)-(4), 115(11))', () => {
  const custody = rule('custody.term');
  const cap = rule('custody.cap');
  const detained = FRIDAY_2330;
  const first = computeDeadline(custody, detained, {}, workCalendar);

  it('extends by 2 months from the last day of the running term', () => {
    const r = extendDeadline(custody, { anchorAt: first.anchorAt, term: first.duration }, 'P2M', cap, {}, workCalendar);
    assert.deepEqual(r, { ok: true, dueAt: at('2027-03-27T00:00:00+06:00'), term: 'P4M', capDueAt: at('2027-11-27T00:00:00+06:00') });
  });

  it('extensions within the cap succeed up to exactly one year; one more is refused', () => {
    let current = { anchorAt: first.anchorAt, term: first.duration };
    for (const expectedDue of ['2027-03-27', '2027-05-27', '2027-07-27', '2027-09-27', '2027-11-27']) {
      const r = extendDeadline(custody, current, 'P2M', cap, {}, workCalendar);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.dueAt, at(`${expectedDue}T00:00:00+06:00`));
      current = { ...current, term: r.term };
    }
    const past = extendDeadline(custody, current, 'P1M', cap, {}, workCalendar);
    assert.equal(past.ok, false);
    assert.match((past as { reason: string }).reason, /past the absolute maximum/);
  });

  it('counts the whole custody from the detention across month ends (31 December: 2 months, then 4 in all)', () => {
    // Day of detention counted: 2 months from 31 December end on 27 February (28 February is the
    // corresponding date, minus the first day); 4 months in all end on 29 April, not 27 April.
    const newYearsEve = at('2026-12-31T10:00:00+06:00');
    const two = computeDeadline(custody, newYearsEve, {}, workCalendar);
    assert.equal(two.dueAt, at('2027-02-28T00:00:00+06:00'));
    const four = extendDeadline(custody, { anchorAt: newYearsEve, term: two.duration }, 'P2M', cap, {}, workCalendar);
    assert.equal(four.ok && four.dueAt, at('2027-04-30T00:00:00+06:00'));
  });

  it('refuses an extension longer than the step the law allows', () => {
    assert.throws(() => extendDeadline(custody, { anchorAt: first.anchorAt, term: first.duration }, 'P3M', cap, {}, workCalendar), /at most P2M/);
  });
});

describe('investigation term extended up the prosecutor ladder (CPC 162)', () => {
  const investigation = rule('investigation.term');
  // Opened on Monday 1 February 2027; the opening day is not counted (CPC 137(2)(2)).
  const opened = at('2027-02-01T10:00:00+06:00');
  const base = computeDeadline(investigation, opened, {}, workCalendar);
  const district = 'district-or-city-prosecutor';

  it('runs 2 months to 24:00 of 1 April 2027', () => {
    assert.equal(base.dueAt, at('2027-04-02T00:00:00+06:00'));
  });

  const so = (term: string) => ({ anchorAt: opened, term });

  it('a district prosecutor extends it to 4 months in all, and no further', () => {
    const toFour = extendDeadline(investigation, so(base.duration), { by: 'P2M', authority: district }, undefined, {}, workCalendar);
    assert.deepEqual(toFour, { ok: true, dueAt: at('2027-06-02T00:00:00+06:00'), term: 'P4M', capDueAt: at('2027-06-02T00:00:00+06:00') });
    const beyond = extendDeadline(investigation, so('P4M'), { by: 'P1M', authority: district }, undefined, {}, workCalendar);
    assert.equal(beyond.ok, false);
    assert.match((beyond as { reason: string }).reason, /past the furthest district-or-city-prosecutor may extend it \(P4M in all\)/);
  });

  it('the oblast prosecutor takes it to 6 months, a term ending on a Sunday moving to Monday (not a liberty term)', () => {
    const r = extendDeadline(investigation, so('P4M'), { by: 'P2M', authority: 'oblast-bishkek-osh-prosecutor' }, undefined, {}, workCalendar);
    // 1 August 2027 is a Sunday: the term ends at 24:00 of Monday 2 August (CPC 137(2)(4)).
    assert.deepEqual(r, { ok: true, dueAt: at('2027-08-03T00:00:00+06:00'), term: 'P6M', capDueAt: at('2027-08-03T00:00:00+06:00') });
  });

  it('terms add up from the opening: a last day moved off a weekend does not carry into the next extension', () => {
    // Opened Friday 27 November 2026. 4 months end on Saturday 27 March 2027, moved to Monday 29 March;
    // 6 months end on Thursday 27 May, exactly what the oblast prosecutor may grant.
    const openedFriday = at('2026-11-27T11:00:00+06:00');
    const four = extendDeadline(investigation, { anchorAt: openedFriday, term: 'P2M' }, { by: 'P2M', authority: district }, undefined, {}, workCalendar);
    assert.equal(four.ok && four.dueAt, at('2027-03-30T00:00:00+06:00'));
    const six = extendDeadline(investigation, { anchorAt: openedFriday, term: 'P4M' }, { by: 'P2M', authority: 'oblast-bishkek-osh-prosecutor' }, undefined, {}, workCalendar);
    assert.deepEqual(six, { ok: true, dueAt: at('2027-05-28T00:00:00+06:00'), term: 'P6M', capDueAt: at('2027-05-28T00:00:00+06:00') });
  });

  it('the Prosecutor General has no fixed cap', () => {
    const r = extendDeadline(investigation, so('P9M'), { by: 'P3M', authority: 'prosecutor-general' }, undefined, {}, workCalendar);
    assert.deepEqual(r, { ok: true, dueAt: at('2028-02-02T00:00:00+06:00'), term: 'P12M', capDueAt: null });
  });

  it('refuses an extension by someone not on the ladder, or by nobody named', () => {
    const stranger = extendDeadline(investigation, so('P2M'), { by: 'P1M', authority: 'investigator' }, undefined, {}, workCalendar);
    assert.equal(stranger.ok, false);
    assert.match((stranger as { reason: string }).reason, /only by district-or-city-prosecutor, .*, not investigator/);
    const nobody = extendDeadline(investigation, so('P2M'), 'P1M', undefined, {}, workCalendar);
    assert.match((nobody as { reason: string }).reason, /say who extended it/);
  });

  it('refuses a limit the law does not let anyone extend', () => {
    assert.throws(() => extendDeadline(rule('detention.max'), { anchorAt: opened, term: 'P2D' }, 'PT1H', undefined, {}, workCalendar), /cannot be extended/);
  });
});

describe('a term ordered shorter than the law allows (custody for 1 month, CPC 115(1))', () => {
  it('runs to the ordered term, and an order longer than the maximum is refused', () => {
    const custody = rule('custody.term');
    // Detained Friday 27 November 2026 at 23:30, the day of detention counted: 1 month ends 26 December.
    assert.equal(computeDeadline(custody, FRIDAY_2330, {}, workCalendar, 'P1M').dueAt, at('2026-12-27T00:00:00+06:00'));
    assert.equal(computeDeadline(custody, FRIDAY_2330, {}, workCalendar, 'P2M').dueAt, computeDeadline(custody, FRIDAY_2330, {}, workCalendar).dueAt);
    assert.throws(() => computeDeadline(custody, FRIDAY_2330, {}, workCalendar, 'P3M'), /custody.term is at most P2M, not P3M/);
  });
});
