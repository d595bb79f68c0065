import { ageBandAt } from '../../law/age-band';
import { isChildAt } from '../../law/child-age';
import { computeDeadline } from '../../law/deadline-calculus';
import { findLimit, workCalendar } from '../../law/rulebook-data';
import type { Gravity } from '../../law/rulebook-types';

/**
 * A synthetic case as the acts that happened to it, with the instants they happened and were
 * recorded: what `materialise` turns into the rows a case run through the workflows holds (case,
 * persons, records, deadlines), so that the statistics see no difference. Synthetic data only.
 */
export interface CaseScenario {
  id: string;
  registerNumber: string;
  unitId: string;
  region: string;
  crimeArticle: string;
  gravity: Gravity;
  receivedAt: string;
  registeredAt: string;
  suspects: Array<{ id: string; sex: 'female' | 'male'; birthDate: string; detainedAt: string | null }>;
  victims: Array<{ id: string; sex: 'female' | 'male'; birthDate: string | null; relationship: string }>;
  check: { decision: 'open-case' | 'refuse-to-open'; decidedAt: string; recordedAt: string } | null;
  /** Per suspect index: how the detention ended, if it did (the judge's measure, or a release). */
  detentionEnds: Record<number, { by: 'custody' | 'other-measure' | 'released'; at: string; recordedAt: string; termMonths?: 1 | 2 }>;
  charges: Array<{ suspect: number; at: string; recordedAt: string }>;
  review: { outcome: 'approved' | 'terminated'; at: string; recordedAt: string } | null;
  verdicts: Array<{
    suspect: number; outcome: 'conviction' | 'acquittal'; at: string; recordedAt: string;
    sentenceType?: string; termMonths?: number; probationMonths?: number; inForceOn?: string;
  }>;
  probation: Array<{ suspect: number; registeredAt: string; months: number; reports: Array<{ dueOn: string; attendance: 'attended' | 'missed-excused' | 'missed-unexcused' }> }>;
}

/** The rows of a materialised case, in the shapes the tables take (names synthetic). */
export interface MaterialisedCase {
  case: { id: string; registerNumber: string; unitId: string; region: string; crimeArticle: string; gravity: string; receivedAt: string; registeredAt: string; status: 'open' | 'closed'; stage: string };
  persons: Array<{ id: string; ordinal: number; role: string; lastName: string; firstName: string; birthDate: string | null; sex: string; isChild: boolean; detainedAt: string | null; relationship: string | null }>;
  records: Array<{ recordType: string; data: Record<string, unknown>; recordedAt: string; stepKey: string }>;
  deadlines: Array<{ id: string; limitId: string; personId: string | null; basis: string; anchorAt: string; dueAt: string; warnAt: string[]; status: 'running' | 'met' | 'expired' | 'cancelled'; closedAt: string | null }>;
}

const FIRST_NAMES = { male: ['Synthetic-Asan', 'Synthetic-Bakyt', 'Synthetic-Timur'], female: ['Synthetic-Aida', 'Synthetic-Gulnara', 'Synthetic-Nurzat'] };

/**
 * The case's rows. Deadlines follow the shipped procedure (bpmn/procedures/criminal-case.bpmn) by
 * the deadline calculus the workflow uses (law/deadline-calculus.ts): the 10-day check from
 * registration; for each detained person the record to the prosecutor, the material to court and
 * the 48-hour limit (24 for a child) from the moment of detention, closed by the judge's decision
 * and cancelled by a refusal; the investigation term and its extension motion from the decision to
 * open; the custody term from the order. A limit closes when its act is recorded, met if the act
 * came before it fell due; one still open when it falls due before `now` expired then.
 */
export function materialise(s: CaseScenario, now: string, newId: () => string): MaterialisedCase {
  const nowMs = Date.parse(now);
  const child = (i: number) => isChildAt(s.suspects[i]!.birthDate, s.suspects[i]!.detainedAt ?? s.registeredAt);
  const persons: MaterialisedCase['persons'] = [
    ...s.suspects.map((p, i) => ({
      id: p.id, ordinal: i + 1, role: 'suspect', lastName: `Synthetic-${s.registerNumber.slice(-6)}-${i + 1}`, firstName: FIRST_NAMES[p.sex][i % 3]!,
      birthDate: p.birthDate, sex: p.sex, isChild: child(i), detainedAt: p.detainedAt, relationship: null,
    })),
    ...s.victims.map((v, j) => ({
      id: v.id, ordinal: s.suspects.length + j + 1, role: 'victim', lastName: `Synthetic-${s.registerNumber.slice(-6)}-v${j + 1}`, firstName: FIRST_NAMES[v.sex][j % 3]!,
      birthDate: v.birthDate, sex: v.sex, isChild: v.birthDate ? isChildAt(v.birthDate, s.registeredAt) : false, detainedAt: null, relationship: v.relationship,
    })),
  ];
  const facts = (i: number, at: string) => {
    const p = s.suspects[i]!;
    const band = ageBandAt(p.birthDate, p.detainedAt ?? at);
    return { personId: p.id, sex: p.sex, ageBand: band, isChild: child(i) };
  };
  const records: MaterialisedCase['records'] = [];
  const deadlines: MaterialisedCase['deadlines'] = [];
  const open = (limitId: string, anchorAt: string, personId: string | null, isChild = false, ordered?: string) => {
    const rule = findLimit(limitId);
    if (!rule) throw new Error(`no limit ${limitId}`);
    const d = computeDeadline(rule, anchorAt, { child: isChild, gravity: s.gravity }, workCalendar, ordered);
    const row = { id: newId(), limitId, personId, basis: d.basis, anchorAt: d.anchorAt, dueAt: d.dueAt, warnAt: d.warnAt, status: 'running' as MaterialisedCase['deadlines'][number]['status'], closedAt: null as string | null };
    deadlines.push(row);
    return row;
  };
  const close = (row: MaterialisedCase['deadlines'][number] | undefined, at: string, how: 'act' | 'cancel') => {
    if (!row || row.status !== 'running') return;
    if (how === 'cancel') Object.assign(row, { status: 'cancelled', closedAt: at });
    else if (Date.parse(at) <= Date.parse(row.dueAt)) Object.assign(row, { status: 'met', closedAt: at });
    else Object.assign(row, { status: 'expired', closedAt: row.dueAt });
  };
  const find = (limitId: string, personId: string | null = null) => deadlines.find((d) => d.limitId === limitId && d.personId === personId && d.status === 'running');

  records.push({
    recordType: 'report-registration', recordedAt: s.registeredAt, stepKey: 'registration',
    data: {
      receivedAt: s.receivedAt, source: 'official-report', summary: 'Synthetic report generated for the national statistics.', crimeArticle: s.crimeArticle,
      gravity: s.gravity, region: s.region, place: 'Synthetic place',
      suspects: s.suspects.map((p, i) => ({
        lastName: persons[i]!.lastName, firstName: persons[i]!.firstName, birthDate: p.birthDate, sex: p.sex, detained: p.detainedAt !== null,
        ...(p.detainedAt ? { detainedAt: p.detainedAt, detentionPlace: 'Synthetic police station' } : {}),
      })),
      ...(s.victims.length > 0 ? { victims: s.victims.map((v, j) => ({
        lastName: persons[s.suspects.length + j]!.lastName, firstName: persons[s.suspects.length + j]!.firstName, sex: v.sex,
        relationshipToSuspect: v.relationship, ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      })) } : {}),
    },
  });
  s.suspects.forEach((p, i) => {
    if (!p.detainedAt) return;
    for (const limit of ['detention.record-to-prosecutor', 'detention.to-court', 'detention.max']) open(limit, p.detainedAt, p.id, child(i));
  });
  open('check.decide', s.registeredAt, null);

  let stage = 'registered';
  let status: 'open' | 'closed' = 'open';
  if (s.check) {
    const c = s.check;
    records.push({
      recordType: 'check-decision', recordedAt: c.recordedAt, stepKey: 'check',
      data: c.decision === 'open-case'
        ? { decidedAt: c.decidedAt, registerNumber: s.registerNumber, decision: 'open-case', crimeArticles: [s.crimeArticle], prosecutorCopySentAt: c.decidedAt }
        : { decidedAt: c.decidedAt, registerNumber: s.registerNumber, decision: 'refuse-to-open', refusalGrounds: 'no-corpus-delicti', reasons: 'Synthetic refusal.', applicantCopy: 'no-applicant' },
    });
    close(find('check.decide'), c.recordedAt, 'act');
    if (c.decision === 'refuse-to-open') {
      for (const d of deadlines) close(d, c.recordedAt, 'cancel');
      stage = 'closed';
      status = 'closed';
    } else {
      const term = open('investigation.term', c.decidedAt, null);
      open('investigation.extension-motion', term.dueAt, null);
      stage = 'investigation';
    }
  }
  for (const [index, end] of Object.entries(s.detentionEnds)) {
    const i = Number(index);
    const p = s.suspects[i]!;
    if (end.by === 'released') {
      records.push({ recordType: 'release', recordedAt: end.recordedAt, stepKey: `release-${i}`, data: { releasedAt: end.at, grounds: 'limit-expired', certificateNumber: `SYN-${i + 1}`, personId: p.id, sex: p.sex, ageBand: facts(i, end.at).ageBand } });
    } else {
      records.push({
        recordType: 'measure-decision', recordedAt: end.recordedAt, stepKey: `measure-${i}`,
        data: { decidedAt: end.at, court: 'Synthetic district court', outcome: end.by, ...(end.by === 'custody' ? { termMonths: end.termMonths ?? 2 } : { measure: 'recognizance' }), personId: p.id, sex: p.sex, ageBand: facts(i, end.at).ageBand },
      });
      if (end.by === 'custody') open('custody.term', end.at, p.id, child(i), `P${end.termMonths ?? 2}M`);
    }
    for (const limit of ['detention.record-to-prosecutor', 'detention.to-court', 'detention.max']) close(find(limit, p.id), end.recordedAt, 'act');
  }
  for (const ch of s.charges) {
    records.push({
      recordType: 'charge-decision', recordedAt: ch.recordedAt, stepKey: `charge-${ch.suspect}`,
      data: { ...facts(ch.suspect, ch.at), chargedAt: ch.at, crimeArticles: [s.crimeArticle], gravity: s.gravity, chargeSummary: 'Synthetic charge.', presentation: 'presented', presentedAt: ch.at },
    });
  }
  if (s.review) {
    const r = s.review;
    records.push({
      recordType: 'prosecutor-indictment-decision', recordedAt: r.recordedAt, stepKey: 'review',
      data: r.outcome === 'approved'
        ? { receivedAt: r.at, decidedAt: r.at, outcome: 'approved', court: 'Synthetic district court', sentToCourtAt: r.at }
        : { receivedAt: r.at, decidedAt: r.at, outcome: 'terminated', terminationGrounds: 'no-corpus-delicti', reasons: 'Synthetic termination.' },
    });
    close(find('investigation.term'), r.recordedAt, 'act');
    close(find('investigation.extension-motion'), r.recordedAt, 'cancel');
    // Sending the case to court ends the pretrial custody instances (their term met if in time);
    // terminating it sets free whoever is in custody (CPC 114: the measure falls with the case).
    s.suspects.forEach((p, i) => {
      const term = find('custody.term', p.id);
      if (!term) return;
      if (r.outcome === 'terminated') {
        records.push({ recordType: 'release', recordedAt: r.recordedAt, stepKey: `release-terminated-${i}`, data: { releasedAt: r.at, grounds: 'grounds-ceased', certificateNumber: `SYN-T${i + 1}`, personId: p.id, sex: p.sex, ageBand: facts(i, r.at).ageBand } });
      }
      close(term, r.recordedAt, 'act');
    });
    stage = r.outcome === 'approved' ? 'court' : 'closed';
    if (r.outcome === 'terminated') status = 'closed';
  }
  for (const v of s.verdicts) {
    const p = s.suspects[v.suspect]!;
    records.push({
      recordType: 'verdict', recordedAt: v.recordedAt, stepKey: `verdict-${v.suspect}`,
      data: {
        ...facts(v.suspect, v.at), pronouncedAt: v.at, court: 'Synthetic district court', outcome: v.outcome, inCustody: false,
        ...(v.outcome === 'conviction'
          ? {
            crimeArticles: [s.crimeArticle], sentenceType: v.sentenceType ?? 'fine',
            ...(['imprisonment', 'correctional-work', 'deprivation-of-right'].includes(v.sentenceType ?? '') ? { termMonths: v.termMonths ?? 12 } : {}),
            ...(v.probationMonths ? { probationMonths: v.probationMonths } : {}),
            ...((v.sentenceType ?? 'fine') === 'fine' ? { fineIndices: 100 } : {}), ...(v.sentenceType === 'community-work' ? { communityWorkHours: 120 } : {}),
          }
          : { acquittalGrounds: 'no-corpus-delicti' }),
      },
    });
    close(find('custody.term', p.id), v.recordedAt, 'act');
    if (v.inForceOn) {
      records.push({ recordType: 'entry-into-force', recordedAt: `${v.inForceOn}T06:00:00.000Z`, stepKey: `in-force-${v.suspect}`, data: { ...facts(v.suspect, v.at), enteredIntoForceOn: v.inForceOn, basis: 'appeal-term-expired' } });
    }
    stage = 'execution';
  }
  for (const pr of s.probation) {
    const at = pr.registeredAt;
    records.push({
      recordType: 'probation-registration', recordedAt: at, stepKey: `probation-${pr.suspect}`,
      data: { ...facts(pr.suspect, at), registeredAt: at, probationBody: 'Synthetic probation office', verdictInForceOn: at.slice(0, 10), supervisionMonths: pr.months },
    });
    pr.reports.forEach((rep, k) => {
      records.push({
        recordType: 'probation-report', recordedAt: `${rep.dueOn}T10:00:00.000Z`, stepKey: `report-${pr.suspect}-${k}`,
        data: { ...facts(pr.suspect, at), dueOn: rep.dueOn, kind: k === 0 ? 'first' : 'regular', attendance: rep.attendance,
          ...(rep.attendance === 'attended' ? { attendedAt: `${rep.dueOn}T10:00:00.000Z` } : rep.attendance === 'missed-excused' ? { excuseReason: 'Synthetic illness.' } : {}) },
      });
    });
  }
  // The clocks nobody stopped: a limit still running when it fell due expired then.
  for (const d of deadlines) if (d.status === 'running' && Date.parse(d.dueAt) < nowMs) Object.assign(d, { status: 'expired', closedAt: d.dueAt });
  records.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  return {
    case: { id: s.id, registerNumber: s.registerNumber, unitId: s.unitId, region: s.region, crimeArticle: s.crimeArticle, gravity: s.gravity, receivedAt: s.receivedAt, registeredAt: s.registeredAt, status, stage },
    persons, records, deadlines,
  };
}
