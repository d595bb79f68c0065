import type { Knex } from 'knex';

/**
 * The statistics store (issue 10): facts for the national picture, projected from the records in
 * the transaction that writes them (statistics/facts/), rebuildable from them (`icj stats
 * rebuild`). One row per case, per person in a case, per liberty deprivation and per legal
 * deadline, each carrying the breakdowns it is counted by (region, agency, unit, ICCS, gravity,
 * sex, age band, child), so no indicator joins. No names, no dates of birth, no places: a person
 * is a case's ordinal, and the case id is the key the projection replaces a case's rows by.
 */
export async function up(knex: Knex): Promise<void> {
  const caseDimensions = (t: Knex.CreateTableBuilder) => {
    t.uuid('unit_id').notNullable();
    t.text('agency').notNullable();
    t.text('region').notNullable();
    t.text('gravity').notNullable();
    t.text('crime_article').notNullable();
    t.text('iccs_code').comment('UNODC ICCS code of the article (law/criminal-code), null when the article is not in the code data');
    t.text('iccs_section');
  };
  const personDimensions = (t: Knex.CreateTableBuilder) => {
    t.integer('ordinal').notNullable().comment("The person's ordinal in the case (no person id)");
    t.text('sex').notNullable();
    t.text('age_band').comment('On the day that counts (detention, registration, the act); null when unknown');
    t.boolean('is_child').notNullable();
  };

  await knex.schema.createTable('stat_cases', (t) => {
    t.uuid('case_id').primary();
    caseDimensions(t);
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('registered_at', { useTz: true }).notNullable();
    t.text('check_outcome').comment('opened or refused (CPC 153), null while the check runs');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('terminated_at', { useTz: true }).comment("The prosecutor's termination (CPC 163)");
    t.timestamp('sent_to_court_at', { useTz: true }).comment('The prosecutor approved the indictment and sent the case to court');
    t.timestamp('court_received_at', { useTz: true });
    t.timestamp('first_verdict_at', { useTz: true });
    t.timestamp('disposed_at', { useTz: true }).comment('Resolved: refused, terminated, or every accused sentenced or acquitted at first instance');
    t.text('disposal').comment('refused, terminated, adjudicated');
    t.timestamp('term_overdue_from', { useTz: true }).comment("From when a term of the case's stage (check, investigation, review, court, trial) was overdue and not met: the earliest due instant of such a term expired or still running");
    t.integer('suspects').notNullable();
    t.integer('victims').notNullable();
    t.integer('detained').notNullable();
    t.index(['registered_at'], 'stat_cases_registered_idx');
    t.index(['region', 'registered_at'], 'stat_cases_region_idx');
  });

  await knex.schema.createTable('stat_persons', (t) => {
    t.uuid('case_id').notNullable();
    personDimensions(t);
    caseDimensions(t);
    t.text('role').notNullable().comment('suspect, victim, legal-representative, defence-lawyer');
    t.text('relationship_to_suspect').comment('Victims: UNODC ICCS relationship (intimate-partner, family-member, acquaintance, stranger, unknown)');
    t.timestamp('joined_at', { useTz: true }).notNullable().comment('Registered with the report, or added to the case');
    t.timestamp('charged_at', { useTz: true });
    t.timestamp('prosecuted_at', { useTz: true }).comment('Sent to court as accused');
    t.text('verdict').comment('conviction or acquittal (first instance)');
    t.timestamp('verdict_at', { useTz: true });
    t.text('sentence_type');
    t.timestamp('in_force_at', { useTz: true });
    t.timestamp('probation_from', { useTz: true });
    t.integer('probation_months');
    t.integer('probation_reports').notNullable().defaultTo(0);
    t.integer('probation_missed').notNullable().defaultTo(0).comment('Reports missed without excuse');
    t.primary(['case_id', 'ordinal']);
    t.index(['role', 'joined_at'], 'stat_persons_role_joined_idx');
  });

  await knex.schema.createTable('stat_deprivations', (t) => {
    t.uuid('case_id').notNullable();
    personDimensions(t);
    caseDimensions(t);
    t.text('kind').notNullable().comment('detention (CPC 100), custody (CPC 114-115), imprisonment (a sentence in force)');
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).comment('The liberty limit: 48 h (24 h a child) for detention, the custody term as extended');
    t.timestamp('ended_at', { useTz: true });
    t.text('ended_by').comment('custody-ordered, other-measure, released, verdict, sent-to-court');
    t.boolean('limit_met').comment('Ended by its limit (true), held past it (false), running (null)');
    t.timestamp('court_decision_at', { useTz: true }).comment("Detention: the investigating judge's decision on the measure");
    t.integer('extensions').notNullable().defaultTo(0);
    t.timestamp('sentenced_at', { useTz: true }).comment('Custody: the first-instance verdict');
    t.primary(['case_id', 'ordinal', 'kind', 'started_at']);
    t.index(['kind', 'started_at'], 'stat_deprivations_kind_started_idx');
  });

  await knex.schema.createTable('stat_deadlines', (t) => {
    t.uuid('deadline_id').primary();
    t.uuid('case_id').notNullable();
    caseDimensions(t);
    t.text('limit_id').notNullable();
    t.boolean('liberty').notNullable().comment('A liberty limit (detention, custody)');
    t.text('status').notNullable().comment('running, met, expired, cancelled');
    t.timestamp('anchor_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('closed_at', { useTz: true });
    t.boolean('is_child');
    t.index(['due_at'], 'stat_deadlines_due_idx');
    t.index(['case_id'], 'stat_deadlines_case_idx');
  });

  await knex.raw(`comment on table stat_cases is 'Statistics facts, one per case: projected from the records, rebuildable (icj stats rebuild); no personal data'`);
}

export async function down(knex: Knex): Promise<void> {
  for (const t of ['stat_deadlines', 'stat_deprivations', 'stat_persons', 'stat_cases']) await knex.schema.dropTableIfExists(t);
}
