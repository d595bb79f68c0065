import { ageBandAt } from '../../law/age-band';
import { addMonthsClamped } from '../../law/deadline-calculus';
import { findLimit } from '../../law/rulebook-data';
import type { CaseDimensions, CaseFactRows, PersonDimensions, StatDeadlineRow, StatDeprivationRow, StatPersonRow } from './fact-rows';

/** What the projection reads of a case: its row, its persons (statistics attributes only), its records opened, its deadlines. */
export interface CaseSnapshot {
  case: {
    id: string; unitId: string; agency: string; region: string; gravity: string; crimeArticle: string;
    receivedAt: string; registeredAt: string;
  };
  /** In ordinal order; birthDate null when unknown or destroyed. */
  persons: Array<{
    id: string; ordinal: number; role: string; sex: string; birthDate: string | null; isChild: boolean;
    relationshipToSuspect: string | null; detainedAt: string | null;
  }>;
  /** In chain order, personal fields opened (the projection reads none but birth dates, for age bands). */
  records: Array<{ seq: number; recordType: string; data: Record<string, unknown>; recordedAt: string }>;
  deadlines: Array<{ id: string; limitId: string; personId: string | null; anchorAt: string; dueAt: string; status: string; closedAt: string | null }>;
}

/** The terms of a case's stages: running out of one leaves a pending case past its statutory term (CPC 153, 162, 163, 277, 283). */
export const STAGE_TERMS: readonly string[] = ['check.decide', 'investigation.term', 'investigation.after-return', 'prosecutor.review-indictment', 'court.first-decision', 'trial.term'];

/** The ICCS code and section of a Criminal Code article reference (law/criminal-code), or null. */
export type IccsLookup = (ref: string) => { code: string; section: string } | null;

const date = (v: unknown): Date | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);
const HOUR = 3_600_000;

/**
 * The statistics facts of one case, from its records (the truth) and the projections the
 * workflow keeps (persons, deadlines). Pure: the same snapshot gives the same rows, so the
 * incremental projection and `icj stats rebuild` agree.
 */
export function caseFactRows(s: CaseSnapshot, iccsOf: IccsLookup = () => null): CaseFactRows {
  const iccs = iccsOf(s.case.crimeArticle);
  const dims: CaseDimensions = {
    unit_id: s.case.unitId, agency: s.case.agency, region: s.case.region, gravity: s.case.gravity, crime_article: s.case.crimeArticle,
    iccs_code: iccs?.code ?? null, iccs_section: iccs?.section ?? null,
  };
  const acts = (type: string) => s.records.filter((r) => r.recordType === type);
  const actsOf = (type: string, personId: string) => acts(type).filter((r) => r.data.personId === personId);
  const first = <T>(xs: T[]): T | undefined => xs[0];
  const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

  // The person's age band as the acts recorded it (computed by the system on the day of the act),
  // else from the date of birth on the day the person entered the case.
  const joinedAt = (p: CaseSnapshot['persons'][number]) =>
    date(first(acts('participant-added').filter((r) => r.data.personId === p.id))?.data.addedAt) ?? new Date(s.case.registeredAt);
  const personDims = (p: CaseSnapshot['persons'][number]): PersonDimensions => {
    const recorded = s.records.find((r) => r.data.personId === p.id && typeof r.data.ageBand === 'string')?.data.ageBand as string | undefined;
    const at = p.detainedAt ?? joinedAt(p).toISOString();
    return { ordinal: p.ordinal, sex: p.sex, age_band: recorded ?? (p.birthDate ? ageBandAt(p.birthDate, at) : null), is_child: p.isChild };
  };

  const check = last(acts('check-decision'));
  const review = last(acts('prosecutor-indictment-decision'));
  const terminated = review?.data.outcome === 'terminated' ? date(review.data.decidedAt) : null;
  const approved = acts('prosecutor-indictment-decision').find((r) => r.data.outcome === 'approved');
  const sentToCourt = approved ? date(approved.data.sentToCourtAt) ?? date(approved.data.decidedAt) : null;
  const court = first(acts('court-first-decision'));
  const verdicts = acts('verdict');
  const accused = new Set(acts('charge-decision').map((r) => String(r.data.personId)));

  const persons: StatPersonRow[] = s.persons.map((p) => {
    const verdict = last(actsOf('verdict', p.id));
    const inForce = last(actsOf('entry-into-force', p.id));
    const probation = first(actsOf('probation-registration', p.id));
    const reports = actsOf('probation-report', p.id);
    const charge = first(actsOf('charge-decision', p.id));
    return {
      case_id: s.case.id, ...personDims(p), ...dims,
      role: p.role, relationship_to_suspect: p.relationshipToSuspect, joined_at: joinedAt(p),
      charged_at: date(charge?.data.chargedAt),
      prosecuted_at: sentToCourt && accused.has(p.id) ? sentToCourt : null,
      verdict: verdict?.data.outcome === 'conviction' || verdict?.data.outcome === 'acquittal' ? verdict.data.outcome : null,
      verdict_at: date(verdict?.data.pronouncedAt),
      sentence_type: typeof verdict?.data.sentenceType === 'string' ? verdict.data.sentenceType : null,
      in_force_at: date(inForce?.data.enteredIntoForceOn),
      probation_from: date(probation?.data.registeredAt),
      probation_months: typeof probation?.data.supervisionMonths === 'number' ? probation.data.supervisionMonths : null,
      probation_reports: reports.length,
      probation_missed: reports.filter((r) => r.data.attendance === 'missed-unexcused').length,
    };
  });

  const deprivations: StatDeprivationRow[] = [];
  for (const p of s.persons) {
    const pd = personDims(p);
    const deadlinesOf = (limitId: string) => s.deadlines.filter((d) => d.personId === p.id && d.limitId === limitId);
    const releases = actsOf('release', p.id).map((r) => date(r.data.releasedAt)).filter((d): d is Date => d !== null);
    const releasedAfter = (from: Date) => releases.find((d) => d.getTime() >= from.getTime()) ?? null;
    const verdict = last(actsOf('verdict', p.id));
    const verdictAt = date(verdict?.data.pronouncedAt);
    if (p.detainedAt) {
      // Detention (CPC 100): from the moment of actual detention until the judge's decision on the measure or a release.
      const started = new Date(p.detainedAt);
      const limit = last(deadlinesOf('detention.max'));
      const due = limit ? new Date(limit.dueAt) : new Date(started.getTime() + (p.isChild ? 24 : 48) * HOUR);
      const decision = first(actsOf('measure-decision', p.id));
      const decidedAt = date(decision?.data.decidedAt);
      const released = releasedAfter(started);
      const ends = [decidedAt, released].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
      const ended = ends[0] ?? null;
      const endedBy = !ended ? null : ended === decidedAt ? (decision?.data.outcome === 'custody' ? 'custody-ordered' : 'other-measure') : 'released';
      deprivations.push({
        case_id: s.case.id, ...pd, ...dims, kind: 'detention', started_at: started, due_at: due, ended_at: ended, ended_by: endedBy,
        limit_met: limit?.status === 'expired' ? false : ended ? ended.getTime() <= due.getTime() : null,
        court_decision_at: decidedAt, extensions: 0, sentenced_at: null,
      });
      // Custody (CPC 114-115): from the order until a release or the verdict; its term moves with each extension.
      if (decision?.data.outcome === 'custody' && decidedAt) {
        const term = last(deadlinesOf('custody.term'));
        const extensions = actsOf('custody-extension-decision', p.id).filter((r) => r.data.outcome === 'extended').length;
        const releasedFromCustody = releasedAfter(decidedAt);
        const custodyEnds = [releasedFromCustody, verdictAt].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
        const end = custodyEnds[0] ?? null;
        const termDue = term ? new Date(term.dueAt) : null;
        deprivations.push({
          case_id: s.case.id, ...pd, ...dims, kind: 'custody', started_at: decidedAt, due_at: termDue, ended_at: end,
          ended_by: !end ? null : end === releasedFromCustody ? 'released' : 'verdict',
          // The term's own verdict where it closed (met when the case went to court in time: the
          // custody after that is the trial's); else whether the custody ended before it fell due.
          limit_met: term?.status === 'expired' ? false : term?.status === 'met' ? true
            : end && termDue ? end.getTime() <= termDue.getTime() : end ? true : null,
          court_decision_at: null, extensions, sentenced_at: verdictAt,
        });
      }
    }
    // A prison sentence in force: the sentenced population (the other half of SDG 16.3.2's denominator).
    const inForce = date(last(actsOf('entry-into-force', p.id))?.data.enteredIntoForceOn);
    const sentence = verdict?.data.sentenceType;
    if (verdict?.data.outcome === 'conviction' && (sentence === 'imprisonment' || sentence === 'life-imprisonment') && inForce) {
      const months = typeof verdict.data.termMonths === 'number' ? verdict.data.termMonths : null;
      const ends = sentence === 'life-imprisonment' || months === null ? null : addMonths(inForce, months);
      deprivations.push({
        case_id: s.case.id, ...pd, ...dims, kind: 'imprisonment', started_at: inForce, due_at: ends, ended_at: null, ended_by: null,
        limit_met: null, court_decision_at: null, extensions: 0, sentenced_at: verdictAt,
      });
    }
  }

  const childOf = new Map(s.persons.map((p) => [p.id, p.isChild]));
  const deadlines: StatDeadlineRow[] = s.deadlines.map((d) => ({
    deadline_id: d.id, case_id: s.case.id, ...dims, limit_id: d.limitId, liberty: findLimit(d.limitId)?.libertyTerm ?? false, status: d.status,
    anchor_at: new Date(d.anchorAt), due_at: new Date(d.dueAt), closed_at: date(d.closedAt), is_child: d.personId ? childOf.get(d.personId) ?? null : null,
  }));

  // Resolved (CEPEJ): refused, terminated, or every accused adjudicated at first instance.
  const refusedAt = check?.data.decision === 'refuse-to-open' ? date(check.data.decidedAt) : null;
  const adjudicated = accused.size > 0 && [...accused].every((id) => verdicts.some((v) => v.data.personId === id));
  const lastVerdictAt = adjudicated ? verdicts.map((v) => date(v.data.pronouncedAt)).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null : null;
  const [disposal, disposedAt] = refusedAt ? ['refused', refusedAt] as const : terminated ? ['terminated', terminated] as const : lastVerdictAt ? ['adjudicated', lastVerdictAt] as const : [null, null] as const;
  const overdue = s.deadlines.filter((d) => STAGE_TERMS.includes(d.limitId) && (d.status === 'expired' || d.status === 'running')).map((d) => Date.parse(d.dueAt));
  return {
    case: {
      case_id: s.case.id, ...dims, received_at: new Date(s.case.receivedAt), registered_at: new Date(s.case.registeredAt),
      check_outcome: check?.data.decision === 'open-case' ? 'opened' : check?.data.decision === 'refuse-to-open' ? 'refused' : null,
      decided_at: date(check?.data.decidedAt), terminated_at: terminated, sent_to_court_at: sentToCourt,
      court_received_at: date(court?.data.receivedAt), first_verdict_at: date(first(verdicts)?.data.pronouncedAt),
      disposed_at: disposedAt, disposal, term_overdue_from: overdue.length > 0 ? new Date(Math.min(...overdue)) : null,
      suspects: s.persons.filter((p) => p.role === 'suspect').length, victims: s.persons.filter((p) => p.role === 'victim').length,
      detained: s.persons.filter((p) => p.detainedAt !== null).length,
    },
    persons, deprivations, deadlines,
  };
}

/** The same day of the month `months` later (the month's last day when shorter), as CPC 137 counts a term in months (law/deadline-calculus.ts). */
function addMonths(from: Date, months: number): Date {
  const day = addMonthsClamped({ y: from.getUTCFullYear(), m: from.getUTCMonth() + 1, d: from.getUTCDate() }, months);
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}
