import { BISHKEK_OFFSET_MS } from './bishkek-time';
import { parseDuration, type LegalDuration } from './duration';
import type { LimitRule, Gravity } from './rulebook-types';
import { isNonWorkingDay, type CalendarDay, type WorkCalendar } from './work-calendar';

// Counting of procedural terms, CPC KR 137 (and 138 for extensions). Pure and deterministic:
// safe in workflows. All calendar arithmetic is in Bishkek time (UTC+06:00, no daylight saving).

export interface CaseFacts {
  child?: boolean;
  gravity?: Gravity;
}

export interface ComputedDeadline {
  limitId: string;
  basis: string;
  /** The duration applied after the facts chose it (child, gravity). */
  duration: string;
  anchorAt: string;
  dueAt: string;
  warnAt: string[];
  /** The last day was a non-working day and the term moved to the next working day. */
  rolledOver: boolean;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The duration the law sets for these facts: the child variant, then the gravity variant, else the default. */
export function durationFor(rule: LimitRule, facts: CaseFacts): string {
  if (facts.child && rule.childDuration) return rule.childDuration;
  if (facts.gravity && rule.byGravity?.[facts.gravity]) return rule.byGravity[facts.gravity] as string;
  return rule.duration;
}

/**
 * The due instant and warnings of a limit that starts at `anchorAt`. `ordered` is a shorter term
 * than the law's maximum when an act set one (a judge orders custody for 1 month of the 2 the law
 * allows per order); one longer than the maximum is refused.
 */
export function computeDeadline(
  rule: LimitRule, anchorAt: string, facts: CaseFacts, calendar: WorkCalendar, ordered?: string,
): ComputedDeadline {
  const anchor = Date.parse(anchorAt);
  if (Number.isNaN(anchor)) throw new RangeError(`not an instant: ${anchorAt}`);
  const maximum = durationFor(rule, facts);
  const duration = ordered ?? maximum;
  const { due, rolledOver } = dueInstant(rule, parseDuration(duration), anchor, calendar);
  if (ordered && due > dueInstant(rule, parseDuration(maximum), anchor, calendar).due) {
    throw new RangeError(`${rule.id} is at most ${maximum}, not ${ordered}`);
  }
  return {
    limitId: rule.id, basis: rule.basisText, duration, anchorAt: iso(anchor), dueAt: iso(due),
    warnAt: warningInstants(rule, anchorAt, iso(due)), rolledOver,
  };
}

/** The rulebook's warning instants of a term running from `anchorAt` to `dueAt` (also after an extension). */
export function warningInstants(rule: LimitRule, anchorAt: string, dueAt: string): string[] {
  const anchor = Date.parse(anchorAt);
  const due = Date.parse(dueAt);
  return rule.warnings
    .map((w) => shiftBack(due, parseDuration(w)))
    .filter((t) => t > Math.min(anchor, due) && t < due)
    .sort((a, b) => a - b)
    .map(iso);
}

function dueInstant(rule: LimitRule, d: LegalDuration, anchor: number, calendar: WorkCalendar): { due: number; rolledOver: boolean } {
  // A lead time ("at least 5 days before expiry") is counted back exactly and never moved later,
  // which would shorten it.
  if (d.before) return { due: shiftBack(anchor, d), rolledOver: false };
  switch (d.unit) {
    case 'instant':
      return { due: anchor, rolledOver: false };
    case 'minute':
      return { due: anchor + d.amount * MINUTE_MS, rolledOver: false };
    case 'hour':
      // CPC 137(2)(5): hours run from the hour and minute (of actual detention).
      return { due: anchor + d.amount * HOUR_MS, rolledOver: false };
    default:
      return dayTermDue(rule, d, anchor, calendar);
  }
}

/**
 * Terms in days, months and years (CPC 137(2)(1)-(4)): the starting day is not counted unless the
 * rule says it is; a month term ends on the corresponding date of the last month, or that month's
 * last day; the term expires at 24:00 of its last day; a last day that is not a working day moves
 * to the next working day, except for terms of detention, custody, house arrest and a stay in a
 * medical institution.
 */
function dayTermDue(rule: LimitRule, d: LegalDuration, anchor: number, calendar: WorkCalendar): { due: number; rolledOver: boolean } {
  const start = bishkekDay(anchor);
  let last: CalendarDay;
  if (d.unit === 'day') {
    last = addDays(start, rule.startDayCounts ? d.amount - 1 : d.amount);
  } else {
    const months = d.unit === 'year' ? d.amount * 12 : d.amount;
    const corresponding = addMonthsClamped(start, months);
    last = rule.startDayCounts ? addDays(corresponding, -1) : corresponding;
  }
  let rolledOver = false;
  if (!rule.libertyTerm) {
    while (isNonWorkingDay(last, calendar)) {
      last = addDays(last, 1);
      rolledOver = true;
    }
  }
  return { due: endOfBishkekDay(last), rolledOver };
}

/** An instant moved back by a duration (warnings, lead times); months in Bishkek calendar terms. */
function shiftBack(instant: number, d: LegalDuration): number {
  switch (d.unit) {
    case 'instant':
      return instant;
    case 'minute':
      return instant - d.amount * MINUTE_MS;
    case 'hour':
      return instant - d.amount * HOUR_MS;
    case 'day':
      return instant - d.amount * DAY_MS;
    default: {
      const months = d.unit === 'year' ? d.amount * 12 : d.amount;
      const local = new Date(instant + BISHKEK_OFFSET_MS);
      const day = addMonthsClamped({ y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() }, -months);
      const msOfDay = instant + BISHKEK_OFFSET_MS - Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
      return Date.UTC(day.y, day.m - 1, day.d) + msOfDay - BISHKEK_OFFSET_MS;
    }
  }
}

export function bishkekDay(instant: number): CalendarDay {
  const local = new Date(instant + BISHKEK_OFFSET_MS);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

/** 24:00 of a Bishkek day, i.e. 00:00 of the next. */
function endOfBishkekDay(day: CalendarDay): number {
  return Date.UTC(day.y, day.m - 1, day.d + 1) - BISHKEK_OFFSET_MS;
}

function addDays(day: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The corresponding date `months` later (or earlier), or the last day of a month without it. */
export function addMonthsClamped(day: CalendarDay, months: number): CalendarDay {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, lastOfMonth) };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export type ExtensionResult =
  | { ok: true; dueAt: string; term: string; capDueAt: string | null }
  | { ok: false; reason: string; capDueAt: string | null };

/** One extension of a running term: by how much, and (for a ladder, CPC 162) by whom. */
export interface TermExtension {
  by: string;
  authority?: string | null;
}

/** A term in whole months and days (what extensions add up to). */
interface MonthsDays {
  months: number;
  days: number;
}

/**
 * Extends a running term (a court extends custody by P2M, CPC 115(4); a prosecutor extends the
 * investigation, CPC 162). Terms add up and are counted from the original anchor, as the orders
 * write them ("extended by 2 months, to 4 months in all, that is to ..."): the new due instant is
 * the whole term from the anchor, counted by CPC 137, so a last day moved off a weekend does not
 * carry into the next extension. It may never pass the absolute cap (custody: 1 year from
 * detention, CPC 115(11)), nor, on a ladder, the furthest the extending authority may go (a
 * district prosecutor: 4 months in all). A rule extended in steps accepts at most its step.
 * `current.term` is the term so far (`P2M`, or `P4M` after one extension); the result gives the new one.
 */
export function extendDeadline(
  rule: LimitRule, current: { anchorAt: string; term: string }, extension: string | TermExtension, capRule: LimitRule | undefined,
  facts: CaseFacts, calendar: WorkCalendar,
): ExtensionResult {
  const { by, authority } = typeof extension === 'string' ? { by: extension, authority: null } : extension;
  const ext = rule.extension;
  if (!ext || (!ext.step && !ext.ladder)) throw new RangeError(`${rule.id} cannot be extended`);
  const step = parseDuration(by);
  if (step.before || step.amount <= 0 || !['day', 'month', 'year'].includes(step.unit)) {
    throw new RangeError(`${rule.id} is extended by a positive number of days or months, not ${by}`);
  }
  if (ext.step) {
    const max = parseDuration(ext.step);
    if (step.unit !== max.unit || step.amount > max.amount) throw new RangeError(`${rule.id} is extended by at most ${ext.step}, not ${by}`);
  }
  const sofar = monthsDays(current.term);
  const total = {
    months: sofar.months + (step.unit === 'month' ? step.amount : step.unit === 'year' ? step.amount * 12 : 0),
    days: sofar.days + (step.unit === 'day' ? step.amount : 0),
  };
  const anchor = Date.parse(current.anchorAt);
  const due = termDue(rule, anchor, total, calendar);

  const caps: Array<{ at: number; what: string }> = [];
  const capDuration = capRule ? durationFor(capRule, facts) : ext.cap;
  if (capRule) caps.push({ at: Date.parse(computeDeadline(capRule, current.anchorAt, facts, calendar).dueAt), what: 'the absolute maximum' });
  else if (capDuration) caps.push({ at: dueInstant(rule, parseDuration(capDuration), anchor, calendar).due, what: 'the absolute maximum' });
  if (ext.ladder) {
    const rung = ext.ladder.find((r) => r.by === authority);
    if (!rung) {
      const who = ext.ladder.map((r) => r.by).join(', ');
      return { ok: false, reason: `${rule.id} is extended only by ${who}${authority ? `, not ${authority}` : '; say who extended it'}`, capDueAt: null };
    }
    if (rung.upTo) caps.push({ at: dueInstant(rule, parseDuration(rung.upTo), anchor, calendar).due, what: `the furthest ${rung.by} may extend it (${rung.upTo} in all)` });
  }
  const cap = caps.sort((a, b) => a.at - b.at)[0];
  const term = isoTerm(total);
  if (!cap) return { ok: true, dueAt: iso(due), term, capDueAt: null };
  if (due > cap.at) {
    return { ok: false, reason: `the extension would end at ${iso(due)}, past ${cap.what}, ${iso(cap.at)}`, capDueAt: iso(cap.at) };
  }
  return { ok: true, dueAt: iso(due), term, capDueAt: iso(cap.at) };
}

/** The due instant of a term of months and days from the anchor, counted as CPC 137 counts. */
function termDue(rule: LimitRule, anchor: number, term: MonthsDays, calendar: WorkCalendar): number {
  let last = addDays(addMonthsClamped(bishkekDay(anchor), term.months), term.days);
  if (rule.startDayCounts) last = addDays(last, -1);
  if (!rule.libertyTerm) {
    while (isNonWorkingDay(last, calendar)) last = addDays(last, 1);
  }
  return endOfBishkekDay(last);
}

/** `P2M`, `P10D`, `P1Y`, `P4M10D` as months and days. */
function monthsDays(term: string): MonthsDays {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(term);
  if (!m || term === 'P') throw new RangeError(`not a term in years, months or days: ${term}`);
  return { months: Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0), days: Number(m[3] ?? 0) };
}

function isoTerm(t: MonthsDays): string {
  return `P${t.months ? `${t.months}M` : ''}${t.days || !t.months ? `${t.days}D` : ''}`;
}
