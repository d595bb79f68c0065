import type { Knex } from 'knex';
import { crimeMix } from '../statistics/synthetic/random-scenario';
import { proposedGravity } from '../law/criminal-code';
import { CASE_PROCEDURE_KEY } from '../domain/procedures';
import { boardRankSql } from '../domain/board-rank';
import type { UnitStaff } from './work-list-organisation';
import {
  CHECK_LIMIT, DETAINED_SEQUENCE, DETENTION_LIMIT, FAST_CLIMBING, FREE_SEQUENCE, INVESTIGATION_LIMIT, OPEN_STEP_WEIGHTS, RUNNING_LIMIT_WEIGHTS, STEPS, slots,
  type Limit,
} from './work-list-catalogue';

/**
 * The work-list bench's population, generated in SQL (INSERT ... SELECT generate_series) in the
 * caller's transaction, in the shapes the projection writes give the rows (db/work-repo.ts,
 * domain/register-case.ts): cases registered over three years by the units' investigators, a
 * quarter still open; their suspects and victims, each with a data key; the tasks of each case in
 * the procedure's order, completed or withdrawn, the last ones of an open case open (claimed by
 * some); the running limits of the open cases and the met, expired or cancelled ones of every
 * case; the escalations the engine raised for them (a warning per warning instant passed while
 * running, one for each expired limit, a few alerts), most acknowledged, the others climbed up
 * the offices as the escalation policy says. Every value a row takes is a function of its
 * case's number, so the statements agree without a table of their own. Personal columns hold
 * clear text here; bench/work-list-sealing.ts seals them afterwards (AES-GCM has no SQL).
 * Completed tasks have no `record_id`: no records are generated (no list reads them).
 */
export interface PopulationSize {
  cases: number;
  tasks: number;
  runningDeadlines: number;
}

const FIRST_NAMES = { male: ['Synthetic-Asan', 'Synthetic-Bakyt', 'Synthetic-Timur'], female: ['Synthetic-Aida', 'Synthetic-Gulnara', 'Synthetic-Nurzat'] };

/** An integer in [0, 2^32) from an integer expression: the same row always draws the same number. */
const hx = (e: string, salt: number) => `(hashint8(((${e})::bigint * 7919 + ${salt}))::bigint + 2147483648)`;
/** A number in [0, 1) likewise. */
const frac = (e: string, salt: number) => `(${hx(e, salt)} / 4294967296.0)`;
/** A stable v4-shaped uuid for the n-th row of a kind. */
const uuidOf = (kind: string, e: string) => `(overlay(overlay(md5('${kind}:' || (${e})) placing '4' from 13) placing '8' from 17)::uuid)`;
const text = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);
const arr = (values: ReadonlyArray<string | number | boolean | null>, type: string) =>
  `(array[${values.map((v) => (typeof v === 'string' || v === null ? text(v) : String(v))).join(',')}]::${type}[])`;
const pick100 = (values: readonly string[], draw: string) => `${arr(values, 'text')}[1 + ${draw} % 100]`;

export async function populateWorkLists(trx: Knex.Transaction, units: readonly UnitStaff[], size: PopulationSize, now: Date): Promise<void> {
  const N = size.cases;
  const U = units.length;
  const K = units[0]!.investigators.length;
  const T0 = `'${now.toISOString()}'::timestamptz`;
  const col = (f: (u: UnitStaff) => string) => arr(units.map(f), 'uuid');
  const unitOf = (n: string) => `(1 + ${hx(n, 1)} % ${U})`;
  const detained = (n: string) => `(${frac(`(${n}) * 4 + 1`, 23)} < 0.3)`;
  const detainedAt = (n: string, s: string, registeredAt: string) => `(${registeredAt} - ${frac(`(${n}) * 4 + ${s}`, 24)} * interval '6 hours')`;
  const invs = `(array[${units.map((u) => `array[${u.investigators.map((i) => `'${i}'`).join(',')}]`).join(',')}]::uuid[])`;
  await trx.raw(`set local work_mem = '256MB'`);

  const crimes = slots(crimeMix);
  const stagePick = slots([['investigation', 55], ['custody', 10], ['prosecutor-review', 8], ['court', 7], ['trial', 10], ['probation', 5], ['execution', 5]] as const);
  const sourcePick = slots([['written-statement', 45], ['official-report', 40], ['oral-statement', 8], ['confession', 5], ['media-report', 2]] as const);
  await trx.raw(`
    insert into cases (id, register_number, workflow_id, unit_id, assigned_to, status, stage, source, summary, crime_article, gravity, region,
                       received_at, registered_by, registered_at, procedure_key, procedure_version)
    select id, reg, 'case-' || reg, unit_id, inv, status, stage, source, 'Synthetic report generated for the work-list bench.', crime, gravity, region,
           registered_at - ${frac('n', 8)} * interval '10 hours', inv, registered_at, ${text(CASE_PROCEDURE_KEY)},
           (select coalesce(max(version), 1) from procedures where key = ${text(CASE_PROCEDURE_KEY)})
    from (
      select x.*, code || '-' || yr || '-' || lpad((row_number() over (partition by u, yr order by registered_at, n))::text, 6, '0') as reg
      from (
        select n, ${uuidOf('case', 'n')} as id, u, ${col((x) => x.id)}[u] as unit_id, ${arr(units.map((x) => x.code), 'text')}[u] as code,
               ${arr(units.map((x) => x.region), 'text')}[u] as region, ${invs}[u][1 + ${hx('n', 5)} % ${K}] as inv, registered_at,
               extract(year from registered_at at time zone 'Asia/Bishkek')::int as yr,
               case when open then 'open' else 'closed' end as status,
               case when not open then 'closed' when age < 10 then 'pre-investigation' else ${pick100(stagePick, hx('n', 6))} end as stage,
               ${pick100(sourcePick, hx('n', 9))} as source, crime, ${arr(crimes.map((c) => proposedGravity(c) ?? 'less-grave'), 'text')}[ci] as gravity
        from (
          select n, ${unitOf('n')} as u, age, ${T0} - age * interval '1 day' as registered_at, 1 + ${hx('n', 7)} % 100 as ci,
                 ${arr(crimes, 'text')}[1 + ${hx('n', 7)} % 100] as crime,
                 case when age < 180 then ${frac('n', 4)} < 0.85 when age < 540 then ${frac('n', 4)} < 0.3 else ${frac('n', 4)} < 0.05 end as open
          from (select n, ${frac('n', 2)} * 1095 as age from generate_series(1, ${N}) n) a
        ) b
      ) x
    ) y`);
  await trx.raw(`
    insert into register_counters (unit_code, year, value)
    select m[1], m[2]::int, max(m[3]::int) from (select regexp_match(register_number, '^(.*)-([0-9]{4})-([0-9]+)$') as m from cases) x
    where m is not null group by m[1], m[2]
    on conflict (unit_code, year) do update set value = greatest(register_counters.value, excluded.value)`);

  // Suspects (the second in one case in five), a victim in three cases of five.
  const relationships = ['stranger', 'acquaintance', 'family-member', 'intimate-partner', 'unknown'];
  await trx.raw(`
    insert into persons (id, case_id, role, last_name, first_name, birth_date, sex, is_child, detained_at, detention_place, ordinal, citizenship,
                         relationship_to_suspect, held_in_unit_id)
    select ${uuidOf('person', 'n * 4 + s')}, c.id, case when s < 3 then 'suspect' else 'victim' end,
           'Synthetic-' || right(c.register_number, 6) || '-' || s, f.first_name, f.birth::text, f.sex,
           f.birth > ((coalesce(d.at, c.registered_at) at time zone 'Asia/Bishkek') - interval '18 years')::date, d.at,
           case when d.at is not null then 'Synthetic police station' end,
           case when s = 3 and ${frac('n', 21)} < 0.2 then 3 when s = 3 then 2 else s end, null,
           case when s = 3 then ${arr(relationships, 'text')}[1 + ${hx('n', 26)} % ${relationships.length}] end,
           case when d.at is not null and c.status = 'open' then ${col((x) => x.facility)}[${unitOf('n')}] end
    from generate_series(1, ${N}) n cross join generate_series(1, 3) s
    join cases c on c.id = ${uuidOf('case', 'n')}
    cross join lateral (select case when s = 1 and ${detained('n')} or s = 2 and ${frac('n * 4 + 2', 23)} < 0.3
                                    then ${detainedAt('n', 's', 'c.registered_at')} end as at) d
    cross join lateral (select case when ${frac('n * 4 + s', 27)} < case when s < 3 then 0.86 else 0.5 end then 'male' else 'female' end as sex,
                               date '1962-01-01' + (${frac('n * 4 + s', 25)} * 17500)::int as birth) g
    cross join lateral (select g.sex, g.birth, (case when g.sex = 'male' then ${arr(FIRST_NAMES.male, 'text')} else ${arr(FIRST_NAMES.female, 'text')} end)[1 + ${hx('n * 4 + s', 28)} % 3] as first_name) f
    where s = 1 or (s = 2 and ${frac('n', 21)} < 0.2) or (s = 3 and ${frac('n', 22)} < 0.6)`);
  // A key per case and per person (privacy/data-keys.ts), 32 random bytes.
  await trx.raw(`insert into data_keys (id, case_id, subject, key) select id, id, 'case', uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) from cases`);
  await trx.raw(`insert into data_keys (id, case_id, subject, key) select id, case_id, 'person', uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) from persons`);

  await insertDeadlines(trx, size, T0, detained, detainedAt);
  await insertTasks(trx, size, T0, col, unitOf, detained);
  await insertEscalations(trx, N, T0, col, unitOf);
}

async function insertDeadlines(
  trx: Knex.Transaction, size: PopulationSize, T0: string, detained: (n: string) => string, detainedAt: (n: string, s: string, at: string) => string,
): Promise<void> {
  const N = size.cases;
  const running = RUNNING_LIMIT_WEIGHTS.map(([l]) => l);
  const caseWide = slots(RUNNING_LIMIT_WEIGHTS.map(([l, w], i) => [i + 1, l.person ? 0 : w] as const)).map(String);
  const any = slots(RUNNING_LIMIT_WEIGHTS.map(([, w], i) => [i + 1, w] as const)).map(String);
  const of = (f: (l: Limit) => string | boolean) => arr(running.map(f), typeof f(running[0]!) === 'boolean' ? 'boolean' : 'text');
  // The running limits: each drawn for an open case, the case's first one a case-wide term; due within their duration from now.
  await trx.raw(`
    insert into deadlines (id, case_id, person_id, limit_id, basis, anchor_at, due_at, warn_at, status, closed_at)
    with oc as (select n, row_number() over (order by n) as r from generate_series(1, ${N}) n join cases c on c.id = ${uuidOf('case', 'n')} where c.status = 'open'),
         k as (select count(*) as cnt from oc),
         x as (select m, 1 + ${hx('m', 41)} % k.cnt as r from generate_series(1, ${size.runningDeadlines}) m cross join k),
         y as (select x.m, oc.n, row_number() over (partition by oc.n order by x.m) as j from x join oc using (r))
    select gen_random_uuid(), c.id, case when ${of((l) => l.person)}[i] then ${uuidOf('person', 'y.n * 4 + 1')} end, ${of((l) => l.id)}[i], ${of((l) => l.basis)}[i],
           a.anchor, a.anchor + a.dur,
           array(select a.anchor + a.dur - w::interval from unnest(string_to_array(${of((l) => l.warnings.join(','))}[i], ',')) w order by 1),
           'running', null
    from y join cases c on c.id = ${uuidOf('case', 'y.n')}
    cross join lateral (select (case when y.j = 1 then ${arr(caseWide, 'int')}[1 + ${hx('y.n', 42)} % 100] else ${arr(any, 'int')}[1 + ${hx('y.m', 43)} % 100] end) as i) p
    cross join lateral (select ${of((l) => l.duration)}[p.i]::interval as dur) d
    cross join lateral (select greatest(c.registered_at, ${T0} - d.dur) + ${frac('y.m', 44)} * (${T0} - greatest(c.registered_at, ${T0} - d.dur)) as anchor, d.dur) a`);
  // Closed limits: every case's check (but the newest open ones'), then the detention of a detained suspect or the investigation term.
  const closed = (l: Limit, anchor: string, person: string) => `
    select gen_random_uuid() as id, c.id as case_id, ${person} as person_id, ${text(l.id)} as limit_id, ${text(l.basis)} as basis, ${anchor} as anchor_at,
           ${anchor} + ${text(l.duration)}::interval as due_at, ${arr(l.warnings, 'text')} as warnings, n, c.registered_at, c.status as case_status`;
  await trx.raw(`
    insert into deadlines (id, case_id, person_id, limit_id, basis, anchor_at, due_at, warn_at, status, closed_at)
    select id, case_id, person_id, limit_id, basis, anchor_at, due_at,
           array(select due_at - w::interval from unnest(warnings) w order by 1), st,
           least(${T0}, case st when 'expired' then due_at
                               when 'met' then anchor_at + ${frac('n', 52)} * 0.9 * (due_at - anchor_at)
                               else anchor_at + ${frac('n', 53)} * 0.5 * (due_at - anchor_at) end)
    from (
      ${closed(CHECK_LIMIT, 'c.registered_at', 'null::uuid')}
      from generate_series(1, ${N}) n join cases c on c.id = ${uuidOf('case', 'n')}
      where not (c.status = 'open' and c.registered_at > ${T0} - interval '12 days')
      union all
      ${closed(DETENTION_LIMIT, detainedAt('n', '1', 'c.registered_at'), uuidOf('person', 'n * 4 + 1'))}
      from generate_series(1, ${N}) n join cases c on c.id = ${uuidOf('case', 'n')}
      where ${detained('n')} and c.registered_at < ${T0} - interval '3 days'
      union all
      ${closed(INVESTIGATION_LIMIT, `c.registered_at + ${frac('n', 54)} * least(interval '10 days', ${T0} - c.registered_at)`, 'null::uuid')}
      from generate_series(1, ${N}) n join cases c on c.id = ${uuidOf('case', 'n')}
      where not ${detained('n')} and (c.status = 'closed' or c.registered_at < ${T0} - interval '75 days')
    ) z
    cross join lateral (select case when ${frac(`n * 3 + length(limit_id)`, 51)} < 0.9 then 'met' when ${frac(`n * 3 + length(limit_id)`, 51)} < 0.95 then 'expired' else 'cancelled' end as st) s`);
}

async function insertTasks(
  trx: Knex.Transaction, size: PopulationSize, T0: string,
  col: (f: (u: UnitStaff) => string) => string, unitOf: (n: string) => string, detained: (n: string) => string,
): Promise<void> {
  const names = Object.keys(STEPS);
  const index = (name: string) => names.indexOf(name) + 1;
  const steps = names.map((n) => STEPS[n]!);
  const stepCol = (f: (s: (typeof steps)[number]) => string | number | boolean | null, type: string) => arr(steps.map(f), type);
  const openPick = arr(slots(OPEN_STEP_WEIGHTS).map(index), 'int');
  const detainedSeq = arr(DETAINED_SEQUENCE.map(index), 'int');
  const freeSeq = arr(FREE_SEQUENCE.map(index), 'int');
  // The performer of a role in the case's unit: its investigator, head, prosecutor, judges, facility, probation office.
  const performer = `case st.role when 'investigator' then c.assigned_to when 'head-of-unit' then ${col((u) => u.head)}[a.u]
    when 'prosecutor' then ${col((u) => u.prosecutor)}[a.u] when 'investigating-judge' then ${col((u) => u.investigatingJudge)}[a.u]
    when 'judge' then ${col((u) => u.judge)}[a.u] when 'facility-officer' then ${col((u) => u.facilityOfficer)}[a.u] else ${col((u) => u.probationOfficer)}[a.u] end`;
  const performingUnit = `case st.role when 'investigator' then c.unit_id when 'head-of-unit' then c.unit_id when 'prosecutor' then ${col((u) => u.office)}[a.u]
    when 'investigating-judge' then ${col((u) => u.court)}[a.u] when 'judge' then ${col((u) => u.court)}[a.u]
    when 'facility-officer' then ${col((u) => u.facility)}[a.u] else ${col((u) => u.probation)}[a.u] end`;
  await trx.raw(`
    insert into tasks (id, case_id, workflow_id, record_type, role, status, person_id, due_at, created_at, claimed_by, claimed_at, completed_at,
                       completed_by, record_id, element_id, unit_id, release_order_record_id)
    with x as (select m, 1 + ${hx('m', 31)} % ${size.cases} as n from generate_series(1, ${size.tasks}) m),
         y as (select m, n, row_number() over (partition by n order by m) as j, count(*) over (partition by n) as cnt from x)
    select gen_random_uuid(), c.id,
           c.workflow_id || case st.scope when 'detention' then '/EachDetainedPerson/1' when 'probation' then '/Probation/1' else '' end,
           st.record, st.role, w.status, case when st.person then ${uuidOf('person', 'y.n * 4 + 1')} end,
           case when st.due_hours is not null then w.created_at + st.due_hours * interval '1 hour' end, w.created_at,
           case when w.status = 'completed' or w.status = 'open' and ${frac('y.m', 39)} < 0.4 then ${performer} end,
           case when w.status = 'completed' then w.created_at + 0.2 * (w.completed_at - w.created_at)
                when w.status = 'open' and ${frac('y.m', 39)} < 0.4 then w.created_at + ${frac('y.m', 40)} * least(${T0} - w.created_at, interval '2 days') end,
           w.completed_at, case when w.status = 'completed' then ${performer} end, null, st.element, ${performingUnit}, null
    from y join cases c on c.id = ${uuidOf('case', 'y.n')}
    cross join lateral (select ${unitOf('y.n')} as u, extract(epoch from ${T0} - c.registered_at) / 86400 as age,
                               case when c.status <> 'open' then 0 when ${frac('y.n', 32)} < 0.2 then 0 when ${frac('y.n', 32)} < 0.7 then 1
                                    when ${frac('y.n', 32)} < 0.92 then 2 else 3 end as open_k) a
    cross join lateral (select case when y.j > y.cnt - a.open_k then ${openPick}[1 + ${hx('y.m', 33)} % 100]
                                    when ${detained('y.n')} then ${detainedSeq}[1 + (y.j - 1) % ${DETAINED_SEQUENCE.length}]
                                    else ${freeSeq}[1 + (y.j - 1) % ${FREE_SEQUENCE.length}] end as k,
                               y.j > y.cnt - a.open_k as open) sk
    cross join lateral (select ${stepCol((s) => s.element, 'text')}[sk.k] as element, ${stepCol((s) => s.record, 'text')}[sk.k] as record,
                               ${stepCol((s) => s.role, 'text')}[sk.k] as role, ${stepCol((s) => s.scope, 'text')}[sk.k] as scope,
                               ${stepCol((s) => s.person, 'boolean')}[sk.k] as person, ${stepCol((s) => s.dueHours, 'int')}[sk.k] as due_hours) st
    cross join lateral (
      -- a case's past acts spread over its life (most closed within a year), each done within its share of it
      select (case when c.status = 'open' then 0.85 * a.age else least(a.age, 20 + ${frac('y.n', 35)} * 340) end) / y.cnt * interval '1 day' as gap) g
    cross join lateral (
      select case when sk.open then greatest(c.registered_at, case when st.due_hours is not null
                                                                   then ${T0} - ${frac('y.m', 36)} * (st.due_hours * 1.2 + 1) * interval '1 hour'
                                                                   else ${T0} - power(${frac('y.m', 36)}, 2) * least(a.age, 45) * interval '1 day' end)
                  else c.registered_at + (y.j - 1) * g.gap + ${frac('y.m', 37)} * 0.3 * g.gap end as created_at) cr
    cross join lateral (
      select cr.created_at, case when sk.open then 'open' when ${frac('y.m', 34)} < 0.88 then 'completed' else 'cancelled' end as status,
             case when sk.open then null else least(${T0}, cr.created_at + greatest(interval '10 minutes', ${frac('y.m', 38)} * 0.7 * g.gap)) end as completed_at) w`);
}

async function insertEscalations(
  trx: Knex.Transaction, N: number, T0: string, col: (f: (u: UnitStaff) => string) => string, unitOf: (n: string) => string,
): Promise<void> {
  const elements = RUNNING_LIMIT_WEIGHTS.map(([l]) => l);
  const elementOf = `case d.limit_id ${elements.map((l) => `when ${text(l.id)} then ${text(l.element)}`).join(' ')} end`;
  const draw = (salt: number) => frac('hashtext(e.id::text)', salt);
  // The rank the board orders by (domain/board-rank.ts), as insertEscalation stores it.
  const rank = boardRankSql(trx, trx.raw('e.severity'), trx.raw('(select limit_id from deadlines where id = e.deadline_id)')).toQuery();
  // Climbs a rung each time it waits longer than the policy's time unacknowledged (org/escalation-policy.json), up to the Prosecutor General's Office.
  const select = (source: string) => `
    insert into escalations (id, case_id, deadline_id, unit_id, severity, status, message, due_at, raised_at, acknowledged_by, acknowledged_at,
                             element_id, target_unit_id, level, climbed_at, ack_comment, board_rank)
    select e.id, e.case_id, e.deadline_id, c.unit_id, e.severity, case when ack then 'acknowledged' else 'open' end,
           e.message, e.due_at, e.raised_at,
           case when ack then case when ${draw(61)} < 0.5 then ${col((u) => u.head)}[u] else ${col((u) => u.prosecutor)}[u] end end,
           case when ack then e.raised_at + ${draw(62)} * least(interval '20 hours', ${T0} - e.raised_at) end,
           e.element_id, case lv when 0 then ${col((u) => u.office)}[u] when 1 then ${col((u) => u.upperOffice)}[u] else ${col((u) => u.topOffice)}[u] end,
           lv, case when lv > 0 then e.raised_at + lv * e.climb end,
           case when ack and ${draw(63)} < 0.15 then 'Checked with the investigator; the act is being drawn up.' end,
           ${rank}
    from (${source}) e join cases c on c.id = e.case_id
    cross join lateral (select e.n_unit as u, ${draw(60)} < case when e.raised_at < ${T0} - interval '3 days' then 0.93 else 0.35 end as ack) a
    cross join lateral (select case when a.ack then 0 else least(2, floor(extract(epoch from ${T0} - e.raised_at) / extract(epoch from e.climb)))::int end as lv) l`;
  const label = `case when p.id is not null then p.last_name || ' ' || left(p.first_name, 1) || '.: ' else '' end`;
  const unitIndex = `array_position(${col((u) => u.id)}, c.unit_id)`;
  const climb = `case when d.limit_id in (${FAST_CLIMBING.map(text).join(',')}) then interval '1 hour' else interval '24 hours' end`;
  // A warning for each warning instant a limit passed while it ran; one for each limit that expired.
  await trx.raw(select(`
    select gen_random_uuid() as id, d.case_id, d.id as deadline_id, 'warning' as severity, ${label} || d.limit_id || ' expires at ' || to_char(d.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as message,
           d.due_at, w as raised_at, ${elementOf} as element_id, ${unitIndex} as n_unit, ${climb} as climb
    from deadlines d join cases c on c.id = d.case_id left join persons p on p.id = d.person_id cross join lateral unnest(d.warn_at) w
    where w < coalesce(d.closed_at, ${T0})`));
  await trx.raw(select(`
    select gen_random_uuid() as id, d.case_id, d.id as deadline_id, 'expired' as severity,
           ${label} || 'the supervisors must act (' || d.limit_id || ' expired at ' || to_char(d.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || ')' as message,
           d.due_at, d.due_at as raised_at, ${elementOf} as element_id, ${unitIndex} as n_unit, ${climb} as climb
    from deadlines d join cases c on c.id = d.case_id left join persons p on p.id = d.person_id
    where d.status = 'expired'`));
  // An alert in one case in three hundred: the moment of detention corrected after the limits were armed.
  await trx.raw(select(`
    select gen_random_uuid() as id, c.id as case_id, null::uuid as deadline_id, 'alert' as severity,
           p.last_name || ' ' || left(p.first_name, 1) || '.: the moment of detention was corrected' as message, null::timestamptz as due_at,
           c.registered_at + ${frac('n', 72)} * (${T0} - c.registered_at) as raised_at, 'EachDetainedPerson' as element_id, ${unitOf('n')} as n_unit,
           interval '24 hours' as climb
    from generate_series(1, ${N}) n join cases c on c.id = ${uuidOf('case', 'n')} join persons p on p.id = ${uuidOf('person', 'n * 4 + 1')}
    where ${frac('n', 71)} < 0.003`));
}
