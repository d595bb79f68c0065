import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { problemMessage } from '../../ui/src/api/problem-message';
import { en } from '../../ui/src/i18n/en';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { ru } from '../../ui/src/i18n/ru';
import { eventually, registration } from '../support/fixtures';
import type { TestStack } from '../support/stack';
import { bishkekLocal, shownAs } from './bishkek-wall-clock';
import { signInInEnglish } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DETENTION_FIELD = '/suspects/0/detainedAt';
const DETENTION_LABEL = 'Suspects 1 · Moment of actual detention (hour and minute)';

interface RegisteredCase {
  caseId: string;
  detainedMs: number;
  /** The running 48-hour limit (`detention.max`) as the API first shows it. */
  maxDueMs: number;
}

/** Registers through the API a case whose adult suspect Testov A. was detained 2 hours ago (synthetic names), once his 48 hours run. */
async function registerDetainedAdult(stack: TestStack): Promise<RegisteredCase> {
  const now = Date.now();
  const detainedMs = now - 2 * HOUR;
  const created = await stack.api('/api/cases', {
    method: 'POST',
    body: registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(detainedMs).toISOString(), lastName: 'Testov' }]),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const caseId = created.body.id as string;
  const max = await eventually(async () => (await stack.api(`/api/cases/${caseId}`)).body.deadlines
    .find((d: any) => d.limitId === 'detention.max' && d.status === 'running'), 'the 48-hour limit');
  return { caseId, detainedMs, maxDueMs: Date.parse(max.dueAt) };
}

/** The timeline's record `seq` on the case page. */
function timelineRecord(page: Page, seq: number): Locator {
  return page.locator(`[data-testid="timeline"] [data-testid="record-item"][data-seq="${seq}"]`);
}

/** Opens the case page and the correction form of record `seq`. */
async function openCorrection(page: Page, baseUrl: string, caseId: string, seq: number): Promise<Locator> {
  await page.goto(`${baseUrl}/cases/${caseId}`);
  const record = timelineRecord(page, seq);
  await record.getByTestId('correct-record').click();
  const form = record.getByTestId('correction-form');
  await form.waitFor();
  return form;
}

/** The text of a field of a record on the timeline (its value, mark and history). */
async function recordField(record: Locator, pointer: string): Promise<string> {
  return ((await record.locator(`[data-pointer="${pointer}"] > dd`).textContent()) ?? '').trim();
}


describe('browser corrections and participants: a record is corrected, never edited, and a person joins a running case', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the head of unit corrects the moment of detention 30 minutes earlier, the timeline shows the corrected value with its history and the 48-hour limit falls due 30 minutes earlier', async function () {
    // given: a suspect detained 2 hours ago, his 48 hours running
    const kase = await registerDetainedAdult(stack);
    const reason = 'Synthetic: the patrol log shows the arrest 30 minutes earlier.';
    const before = bishkekLocal(kase.detainedMs);
    const earlier = bishkekLocal(kase.detainedMs - 30 * MINUTE);
    try {
      await signInInEnglish(page, stack.baseUrl, 'supervisor1');
      const form = await openCorrection(page, stack.baseUrl, kase.caseId, 1);

      // when: the moment of detention is chosen by its label; the control starts from the moment on record
      await form.locator('[id="field-.path"]').selectOption({ label: DETENTION_LABEL });
      assert.equal(await form.getByTestId('clock-note').textContent(), en['correction.clockNote']);
      const value = form.locator('[id="field-.value"]');
      assert.equal(await value.getAttribute('type'), 'datetime-local');
      assert.equal(await value.inputValue(), before);
      await value.fill(earlier);
      await form.locator('[id="field-.reason"]').fill(reason);
      await screenshot(page, 'corrections-head-of-unit-form.png');
      await form.getByRole('button', { name: en['correction.submit'] }).click();

      // then: record #1 shows the corrected moment, marked, with its history beneath it
      await page.getByTestId('correction-recorded').waitFor();
      const record = timelineRecord(page, 1);
      await record.locator(`[data-pointer="${DETENTION_FIELD}"][data-corrected="true"]`).waitFor();
      const field = await recordField(record, DETENTION_FIELD);
      assert.ok(field.startsWith(shownAs(earlier)), field);
      assert.ok(field.includes(en['correction.mark']), field);
      const history = ((await record.getByTestId('correction-history').textContent()) ?? '').trim();
      assert.ok(history.includes(`${shownAs(before)} → ${shownAs(earlier)}`), history);
      assert.ok(history.includes('Head of Unit C. Demo-Bishkek') && history.includes(interpolate(en['correction.reasonShown'], { reason })), history);

      // and: the amendment is on the timeline as a sentence, in the corrected record's terms
      const sentence = ((await timelineRecord(page, 2).getByTestId('amendment-sentence').textContent()) ?? '').trim();
      assert.equal(sentence, interpolate(en['amendment.sentence'], {
        seq: 1, field: `${DETENTION_LABEL} — Testov A.`, old: shownAs(before), new: shownAs(earlier), reason,
      }));

      // and: without a manual refresh, the 48-hour limit falls due 30 minutes earlier, in Bishkek time
      const expectedDue = shownAs(bishkekLocal(kase.maxDueMs - 30 * MINUTE));
      const maxRow = page.locator('[data-testid="deadline-row"][data-limit-id="detention.max"][data-status="running"]');
      await eventually(async () => ((await maxRow.locator('td').nth(3).textContent()) ?? '').trim() === expectedDue, `the 48-hour limit due ${expectedDue}`, 15_000);
    } finally {
      await screenshot(page, 'corrections-head-of-unit-timeline.png');
    }
  });

  it('when an investigator corrects a record, the moment of detention is not offered (the server refuses it in words), a short reason is refused at its field, and the place of the event is corrected', async function () {
    // given: a case as above; the server refuses the officer a correction of the clock, with a code the UI translates
    const kase = await registerDetainedAdult(stack);
    const byApi = await stack.api(`/api/cases/${kase.caseId}/corrections`, {
      method: 'POST', body: { correctsSeq: 1, path: DETENTION_FIELD, value: new Date(kase.detainedMs - 30 * MINUTE).toISOString(), reason: 'Synthetic: an earlier arrest.' },
    });
    assert.deepEqual([byApi.status, byApi.body.code], [403, 'supervisor-corrects-clock']);
    assert.equal(problemMessage(byApi.body, 'ru'), ru['problem.supervisor-corrects-clock']);
    const place = 'Synthetic street 7, in the courtyard';
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      const form = await openCorrection(page, stack.baseUrl, kase.caseId, 1);

      // then: the record's fields are offered by label, the moment of detention is not, and the form says who corrects it
      const offered = await form.locator('[id="field-.path"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      assert.ok(offered.includes('/place') && offered.includes('/suspects/0/lastName'), offered.join(' '));
      assert.ok(!offered.includes(DETENTION_FIELD), `the clock is offered to an officer: ${offered.join(' ')}`);
      assert.ok(((await form.textContent()) ?? '').includes(en['correction.clockSupervisorsOnly']));

      // when: the place is corrected with too short a reason
      await form.locator('[id="field-.path"]').selectOption({ label: 'Place of the event' });
      assert.equal(((await form.getByTestId('correction-current').textContent()) ?? '').trim(), `${en['correction.currentValue']}: Synthetic street 1`);
      await form.locator('[id="field-.value"]').fill(place);
      await form.locator('[id="field-.reason"]').fill('typo');
      await form.getByRole('button', { name: en['correction.submit'] }).click();

      // then: refused at the reason, in words, with what was typed kept
      const error = form.locator('[data-path="/reason"] [data-testid="form-error"]');
      await error.waitFor();
      assert.equal(((await error.textContent()) ?? '').trim(), interpolate(en['fieldError.minLength'], { limit: 10 }));
      assert.equal(await form.locator('[id="field-.value"]').inputValue(), place);
      await screenshot(page, 'corrections-officer-refused.png');

      // when: a proper reason is given
      await form.locator('[id="field-.reason"]').fill('Synthetic: the house number was mistyped at registration.');
      await form.getByRole('button', { name: en['correction.submit'] }).click();

      // then: the place shows the corrected value, marked, with the officer's correction beneath it
      const record = timelineRecord(page, 1);
      await record.locator('[data-pointer="/place"][data-corrected="true"]').waitFor();
      const field = await recordField(record, '/place');
      assert.ok(field.startsWith(place) && field.includes('Synthetic street 1 → '), field);
      assert.ok(field.includes('Investigator A. Demo-Bishkek'), field);
      assert.equal(await timelineRecord(page, 2).getAttribute('data-record-type'), 'amendment');
      assert.equal(await timelineRecord(page, 2).getByTestId('correct-record').count(), 0, 'an amendment is not corrected');
    } finally {
      await screenshot(page, 'corrections-officer-timeline.png');
    }
  });

  it('when an investigator adds a victim in the Russian UI, a missing relationship is refused at its field in Russian, then she is in the persons table as victim', async function () {
    // given: a case as above, the page in Russian
    const kase = await registerDetainedAdult(stack);
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
      await page.goto(`${stack.baseUrl}/cases/${kase.caseId}`);
      await page.getByRole('button', { name: ru['participant.add'] }).click();
      const form = page.getByTestId('participant-form');
      await form.waitFor();

      // then: joined "now" in Bishkek time unless changed; the relationship is asked of a victim only
      const addedAt = await form.locator('[id="field-.addedAt"]').inputValue();
      assert.ok(Math.abs(Date.parse(`${addedAt}:00+06:00`) - Date.now()) < 2 * MINUTE, `joined at ${addedAt}`);
      assert.equal(await form.locator('[id="field-.relationshipToSuspect"]').count(), 0);

      // when: a victim is added without her relationship to the suspect
      await form.locator('[id="field-.role"]').selectOption('victim');
      await form.locator('[id="field-.lastName"]').fill('Victimova');
      await form.locator('[id="field-.firstName"]').fill('Vera');
      await form.locator('[id="field-.sex"]').selectOption('female');
      await form.getByRole('button', { name: ru['participant.submit'] }).click();

      // then: refused at that field, in Russian
      const error = form.locator('[data-path="/relationshipToSuspect"] [data-testid="form-error"]');
      await error.waitFor();
      assert.equal(((await error.textContent()) ?? '').trim(), ru['fieldError.required']);
      await screenshot(page, 'corrections-participant-refused-ru.png');

      // when: the relationship is chosen
      await form.locator('[id="field-.relationshipToSuspect"]').selectOption('intimate-partner');
      await form.getByRole('button', { name: ru['participant.submit'] }).click();

      // then: she is in the persons table, as victim in Russian
      const row = page.locator('[data-testid="person-row"]', { hasText: 'Victimova Vera' });
      await row.waitFor();
      assert.equal(await row.getAttribute('data-roles'), 'victim');
      assert.equal(((await row.locator('td').nth(1).textContent()) ?? '').trim(), ru['personRole.victim']);
      assert.equal(((await page.getByTestId('participant-added').textContent()) ?? '').trim(), interpolate(ru['participant.added'], { name: 'Victimova Vera' }));
      await page.locator('[data-testid="record-item"][data-record-type="participant-added"]').waitFor();
    } finally {
      await screenshot(page, 'corrections-participant-added-ru.png');
    }
  });
});
