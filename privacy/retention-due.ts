import { addMonthsClamped, bishkekDay } from '../law/deadline-calculus';

/**
 * Which keys a retention rule has run out for (Law No. 58 of 2008 art. 15: personal information is
 * destroyed once its purpose is served). Pure: the outcome acts of a case (their non-personal
 * fields: decisions, dates, terms), its persons, the rules' periods, and today. A period of N years
 * from an act ends on the corresponding Bishkek date N years later (the last day of the month when
 * that month is shorter: 29 February + 1 year = 28 February); the key is due from the day after.
 *   report-refused   the check decision refusing to open a case (CPC 153): every key of the case
 *   case-terminated  the prosecutor's decision terminating it: every key of the case
 *   acquittal        the acquittal's entry into force: that person's key
 *   sentence-served  the conviction's entry into force plus its term (or probation): that person's key
 * The case's own key (texts about several persons) goes when every person's key has gone.
 */
export interface RetentionAct { recordType: string; data: Record<string, unknown> }
export interface Due { keyId: string; subject: 'case' | 'person'; outcome: string; years: number; anchorOn: string; endsOn: string }

export function retentionDue(
  caseId: string, personIds: readonly string[], acts: readonly RetentionAct[], years: ReadonlyMap<string, number>, now: Date,
): Due[] {
  const today = dayText(bishkekDay(now.getTime()));
  const ends = (outcome: string, anchor: Day, extraMonths = 0): { outcome: string; years: number; anchorOn: string; endsOn: string } | null => {
    const y = years.get(outcome);
    if (y === undefined) return null;
    return { outcome, years: y, anchorOn: dayText(anchor), endsOn: dayText(addMonthsClamped(anchor, y * 12 + extraMonths)) };
  };
  const perPerson = new Map<string, ReturnType<typeof ends>>();
  let caseWide: ReturnType<typeof ends> = null;
  for (const act of acts) {
    const d = act.data;
    if (act.recordType === 'check-decision' && d.decision === 'refuse-to-open') caseWide = later(caseWide, ends('report-refused', dayOf(d.decidedAt)));
    if (act.recordType === 'prosecutor-indictment-decision' && d.outcome === 'terminated') caseWide = later(caseWide, ends('case-terminated', dayOf(d.decidedAt)));
  }
  for (const personId of personIds) {
    const verdict = [...acts].reverse().find((a) => a.recordType === 'verdict' && a.data.personId === personId);
    const inForce = [...acts].reverse().find((a) => a.recordType === 'entry-into-force' && a.data.personId === personId);
    if (!verdict || !inForce) continue;
    const anchor = dayOf(inForce.data.enteredIntoForceOn);
    if (verdict.data.outcome === 'acquittal') perPerson.set(personId, ends('acquittal', anchor));
    if (verdict.data.outcome === 'conviction') {
      const term = Math.max(Number(verdict.data.termMonths ?? 0), Number(verdict.data.probationMonths ?? 0));
      perPerson.set(personId, ends('sentence-served', anchor, Number.isFinite(term) ? term : 0));
    }
  }
  const out: Due[] = [];
  const ended: Array<NonNullable<ReturnType<typeof ends>>> = [];
  for (const personId of personIds) {
    const end = caseWide ?? perPerson.get(personId) ?? null;
    if (!end || !(today > end.endsOn)) continue;
    out.push({ keyId: personId, subject: 'person', ...end });
    ended.push(end);
  }
  if (caseWide && today > caseWide.endsOn) out.push({ keyId: caseId, subject: 'case', ...caseWide });
  else if (personIds.length > 0 && ended.length === personIds.length) {
    const last = ended.reduce((a, b) => (b.endsOn > a.endsOn ? b : a));
    out.push({ keyId: caseId, subject: 'case', ...last });
  }
  return out;
}

type Day = { y: number; m: number; d: number };

function later<T extends { endsOn: string } | null>(a: T, b: T): T {
  if (!a) return b;
  if (!b) return a;
  return b.endsOn > a.endsOn ? b : a;
}

/** The Bishkek date of an instant, or a date as given. */
function dayOf(value: unknown): Day {
  const text = String(value);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return { y: Number(date[1]), m: Number(date[2]), d: Number(date[3]) };
  return bishkekDay(Date.parse(text));
}

function dayText(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}
