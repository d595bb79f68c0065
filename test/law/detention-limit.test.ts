import assert from 'node:assert/strict';
import { isChildAt } from '../../law/child-age';
import { computeDeadline } from '../../law/deadline-calculus';
import { findLimit, workCalendar } from '../../law/rulebook';

/** The detention limit as the shipped diagram's timer computes it: rulebook `detention.max`. */
function detentionLimit(detainedAt: string, child: boolean) {
  const rule = findLimit('detention.max');
  if (!rule) throw new Error('no detention.max in the rulebook');
  const d = computeDeadline(rule, detainedAt, { child }, workCalendar);
  return { ...d, hours: Number(/PT(\d+)H/.exec(d.duration)?.[1]) };
}

// Instants are written in Bishkek time (+06:00), as officers record them.
describe('detention limit calculus (Constitution 59(4); CPC KR 100(2)-(3), 137(2)(4)-(5))', () => {
  it('an adult detained at 23:30 on a Friday must have a custody order by 23:30 on Sunday: no roll-over to Monday', () => {
    const limit = detentionLimit('2026-11-27T23:30:00+06:00', false); // Friday
    assert.equal(limit.dueAt, new Date('2026-11-29T23:30:00+06:00').toISOString()); // Sunday
    assert.equal(limit.hours, 48);
    assert.equal(limit.limitId, 'detention.max');
  });

  it('a child detained at 23:30 on a Friday: 24 h, due 23:30 on Saturday', () => {
    const limit = detentionLimit('2026-11-27T23:30:00+06:00', true);
    assert.equal(limit.dueAt, new Date('2026-11-28T23:30:00+06:00').toISOString());
    assert.equal(limit.hours, 24);
  });

  it('counts from the minute of actual detention across a month end', () => {
    assert.equal(detentionLimit('2027-01-31T22:15:00+06:00', false).dueAt, new Date('2027-02-02T22:15:00+06:00').toISOString());
  });

  it('counts across a leap day (28 Feb 2028 + 48 h = 1 Mar 2028) and a non-leap February', () => {
    assert.equal(detentionLimit('2028-02-28T10:00:00+06:00', false).dueAt, new Date('2028-03-01T10:00:00+06:00').toISOString());
    assert.equal(detentionLimit('2027-02-28T10:00:00+06:00', false).dueAt, new Date('2027-03-02T10:00:00+06:00').toISOString());
  });

  it('does not roll over across a public holiday either (31 Dec -> 2 Jan)', () => {
    assert.equal(detentionLimit('2026-12-31T08:00:00+06:00', false).dueAt, new Date('2027-01-02T08:00:00+06:00').toISOString());
  });

  it('warns 12 h and 3 h before expiry, for adults and children', () => {
    const adult = detentionLimit('2026-11-27T23:30:00+06:00', false);
    assert.deepEqual(adult.warnAt, ['2026-11-29T11:30:00+06:00', '2026-11-29T20:30:00+06:00'].map((t) => new Date(t).toISOString()));
    const child = detentionLimit('2026-11-27T23:30:00+06:00', true);
    assert.deepEqual(child.warnAt, ['2026-11-28T11:30:00+06:00', '2026-11-28T20:30:00+06:00'].map((t) => new Date(t).toISOString()));
  });

  it('cites its legal basis', () => {
    assert.match(detentionLimit('2026-11-27T23:30:00+06:00', false).basis, /CPC KR .*100\(2\)-\(3\)/);
  });

  it('refuses something that is not an instant', () => {
    assert.throws(() => detentionLimit('Friday evening', false), RangeError);
  });
});

describe('child or adult at an instant (under 18, Bishkek calendar)', () => {
  it('is a child until 23:59 Bishkek time on the day before the 18th birthday, an adult from 00:00 on it', () => {
    assert.equal(isChildAt('2008-11-28', '2026-11-27T23:59:00+06:00'), true);
    assert.equal(isChildAt('2008-11-28', '2026-11-28T00:00:00+06:00'), false);
  });

  it('uses Bishkek midnight, not UTC midnight (18:00 UTC the evening before)', () => {
    assert.equal(isChildAt('2008-11-28', '2026-11-27T18:00:00Z'), false);
    assert.equal(isChildAt('2008-11-28', '2026-11-27T17:59:00Z'), true);
  });

  it('a person born on 29 February comes of age on 1 March of a non-leap year', () => {
    assert.equal(isChildAt('2008-02-29', '2026-02-28T23:59:00+06:00'), true);
    assert.equal(isChildAt('2008-02-29', '2026-03-01T00:00:00+06:00'), false);
  });
});
