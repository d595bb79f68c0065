import { caseDimensions, personDimensions, type Dimension } from './dimensions';

/**
 * How each indicator of the catalogue (catalogue.json, with its written definition) is computed
 * from the facts. A spec is either counts — named `count(*) filter (where ...)` over one fact table,
 * combined into the value — or a median, in completed units, over the rows it selects. `:from` and `:to` are the
 * period's instants; a stock is counted at `:to`. Every count is protected before it leaves the
 * server (statistics/disclosure), and a value is published only when its counts are.
 */
export type IndicatorSpec =
  | {
    form: 'counts';
    table: 'stat_cases' | 'stat_persons' | 'stat_deprivations' | 'stat_deadlines';
    /** Named counts: SQL conditions on the fact row. The first is the indicator's own count. */
    counts: Record<string, string>;
    /**
     * A condition every counted row meets, when the counts share one: the query selects by it (and
     * an index can serve it) instead of by the OR of the counts.
     */
    where?: string;
    /** The value from the counts and the period's length in days; absent: the first count. */
    value?: (c: Record<string, number>, periodDays: number, population: number) => number | null;
    /** Needs the population of the cell (per 100,000). */
    perPopulation?: boolean;
    dimensions: readonly Dimension[];
  }
  | {
    form: 'median';
    table: 'stat_cases' | 'stat_persons' | 'stat_deprivations' | 'stat_deadlines';
    where: string;
    /** SQL of the measured quantity (hours, days); the median is of its completed units (floor). */
    measure: string;
    dimensions: readonly Dimension[];
  };

const IN_PERIOD = (column: string) => `${column} >= :from and ${column} < :to`;
// date_part gives double precision; extract() gives numeric, whose arithmetic and sort made a
// median over a million facts a third slower.
const DAYS = (from: string, to: string) => `date_part('epoch', ${to} - ${from}) / 86400`;
const HOURS = (from: string, to: string) => `date_part('epoch', ${to} - ${from}) / 3600`;
const share = (c: Record<string, number>) => (c.denominator ? (100 * (c.numerator ?? 0)) / c.denominator : null);
const RESOLVED = IN_PERIOD('disposed_at');
const PENDING_AT_END = 'registered_at < :to and (disposed_at is null or disposed_at >= :to)';
const ACTIVE_AT_END = 'started_at < :to and (ended_at is null or ended_at >= :to)';
const liberty = [...personDimensions];

export const indicatorSpecs: Record<string, IndicatorSpec> = {
  'reports-registered': { form: 'counts', table: 'stat_cases', counts: { reports: IN_PERIOD('registered_at') }, dimensions: caseDimensions },
  'reports-per-100k': {
    form: 'counts', table: 'stat_cases', counts: { reports: IN_PERIOD('registered_at') }, perPopulation: true,
    value: (c, _days, population) => (population > 0 ? (100_000 * (c.reports ?? 0)) / population : null), dimensions: ['region'],
  },
  'cases-opened': { form: 'counts', table: 'stat_cases', counts: { opened: `check_outcome = 'opened' and ${IN_PERIOD('decided_at')}` }, dimensions: caseDimensions },
  'reports-refused': { form: 'counts', table: 'stat_cases', counts: { refused: `check_outcome = 'refused' and ${IN_PERIOD('decided_at')}` }, dimensions: caseDimensions },
  'cases-terminated': { form: 'counts', table: 'stat_cases', counts: { terminated: IN_PERIOD('terminated_at') }, dimensions: caseDimensions },
  'cases-sent-to-court': { form: 'counts', table: 'stat_cases', counts: { sent: IN_PERIOD('sent_to_court_at') }, dimensions: caseDimensions },
  'clearance-rate': {
    form: 'counts', table: 'stat_cases', counts: { numerator: RESOLVED, denominator: IN_PERIOD('registered_at') }, value: share, dimensions: caseDimensions,
  },
  'disposition-time': {
    form: 'counts', table: 'stat_cases', counts: { resolved: RESOLVED, pending: PENDING_AT_END },
    value: (c, days) => (c.resolved ? (days * (c.pending ?? 0)) / c.resolved : null), dimensions: caseDimensions,
  },
  'pending-age': { form: 'median', table: 'stat_cases', where: PENDING_AT_END, measure: DAYS('registered_at', ':to'), dimensions: caseDimensions },
  'pending-past-term': {
    form: 'counts', table: 'stat_cases',
    where: PENDING_AT_END,
    counts: { numerator: 'term_overdue_from < :to', denominator: 'true' },
    value: share, dimensions: caseDimensions,
  },
  'persons-detained': { form: 'counts', table: 'stat_deprivations', counts: { detained: `kind = 'detention' and ${IN_PERIOD('started_at')}` }, dimensions: liberty },
  'detention-limit-met': {
    form: 'counts', table: 'stat_deprivations',
    counts: { numerator: `kind = 'detention' and limit_met and ${IN_PERIOD('started_at')}`, denominator: `kind = 'detention' and limit_met is not null and ${IN_PERIOD('started_at')}` },
    value: share, dimensions: liberty,
  },
  'held-past-limit': {
    form: 'counts', table: 'stat_deprivations',
    counts: { held: `kind in ('detention', 'custody') and (limit_met = false or (ended_at is null and due_at < :to)) and ${IN_PERIOD('due_at')}` },
    dimensions: liberty,
  },
  'children-detained': { form: 'counts', table: 'stat_deprivations', counts: { children: `kind = 'detention' and is_child and ${IN_PERIOD('started_at')}` }, dimensions: caseDimensions.concat(['sex', 'age']) },
  'detention-to-court-hours': {
    form: 'median', table: 'stat_deprivations', where: `kind = 'detention' and ${IN_PERIOD('court_decision_at')}`, measure: HOURS('started_at', 'court_decision_at'), dimensions: liberty,
  },
  'pretrial-custody-on-date': {
    form: 'counts', table: 'stat_deprivations', counts: { held: `kind = 'custody' and ${ACTIVE_AT_END} and (sentenced_at is null or sentenced_at >= :to)` }, dimensions: liberty,
  },
  'unsentenced-share': {
    form: 'counts', table: 'stat_deprivations',
    counts: {
      numerator: `kind in ('detention', 'custody') and ${ACTIVE_AT_END} and (sentenced_at is null or sentenced_at >= :to)`,
      denominator: `(kind in ('detention', 'custody') and ${ACTIVE_AT_END} and (sentenced_at is null or sentenced_at >= :to)) or (kind = 'imprisonment' and started_at < :to and (due_at is null or due_at >= :to))`,
    },
    value: share, dimensions: liberty,
  },
  'custody-length-days': { form: 'median', table: 'stat_deprivations', where: `kind = 'custody' and ${IN_PERIOD('ended_at')}`, measure: DAYS('started_at', 'ended_at'), dimensions: liberty },
  'custody-extended': {
    form: 'counts', table: 'stat_deprivations',
    counts: { numerator: `kind = 'custody' and extensions > 0 and ${IN_PERIOD('started_at')}`, denominator: `kind = 'custody' and ${IN_PERIOD('started_at')}` },
    value: share, dimensions: liberty,
  },
  'limits-met': {
    form: 'counts', table: 'stat_deadlines',
    // An expired limit is closed at its due instant (the timer that expired it), so closed_at dates both.
    // The covering index stat_deadlines_closed_idx (migration 011) serves the shared condition.
    where: `status in ('met', 'expired') and ${IN_PERIOD('closed_at')}`,
    counts: { numerator: `status = 'met'`, denominator: 'true' },
    value: share, dimensions: [...caseDimensions, 'limit'],
  },
  'persons-suspected': { form: 'counts', table: 'stat_persons', counts: { suspects: `role = 'suspect' and ${IN_PERIOD('joined_at')}` }, dimensions: personDimensions },
  'persons-prosecuted': { form: 'counts', table: 'stat_persons', counts: { prosecuted: IN_PERIOD('prosecuted_at') }, dimensions: personDimensions },
  'persons-convicted': { form: 'counts', table: 'stat_persons', counts: { convicted: `verdict = 'conviction' and ${IN_PERIOD('verdict_at')}` }, dimensions: personDimensions },
  'persons-acquitted': { form: 'counts', table: 'stat_persons', counts: { acquitted: `verdict = 'acquittal' and ${IN_PERIOD('verdict_at')}` }, dimensions: personDimensions },
  victims: { form: 'counts', table: 'stat_persons', counts: { victims: `role = 'victim' and ${IN_PERIOD('joined_at')}` }, dimensions: [...personDimensions, 'relationship'] },
  'female-victims-partner-family-homicide': {
    form: 'counts', table: 'stat_persons',
    counts: { victims: `role = 'victim' and sex = 'female' and relationship_to_suspect in ('intimate-partner', 'family-member') and iccs_code like '0101%' and ${IN_PERIOD('joined_at')}` },
    dimensions: [...caseDimensions.filter((d) => d !== 'iccs'), 'age', 'child', 'relationship'],
  },
  'probation-caseload': {
    form: 'counts', table: 'stat_persons',
    counts: { probationers: `probation_from < :to and (probation_months is null or probation_from + make_interval(months => probation_months) >= :to)` },
    dimensions: personDimensions,
  },
  'probation-missed': { form: 'counts', table: 'stat_persons', counts: { probationers: `probation_missed > 0 and ${IN_PERIOD('probation_from')}` }, dimensions: personDimensions },
  'probation-revocation-grounds': { form: 'counts', table: 'stat_persons', counts: { probationers: `probation_missed >= 2 and ${IN_PERIOD('probation_from')}` }, dimensions: personDimensions },
};
