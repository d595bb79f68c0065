import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { en } from '../../ui/src/i18n/en';
import { ru } from '../../ui/src/i18n/ru';
import { registration } from '../support/fixtures';
import type { TestStack } from '../support/stack';
import { bishkekLocal, shownAs } from './bishkek-wall-clock';
import { signInInEnglish } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';
import { completeByApi } from './complete-by-api';
import { waitForTaskRow } from './inbox-task-row';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface RegisteredCase {
  caseId: string;
  registerNumber: string;
  detainedMs: number;
  suspectId: string;
}

/**
 * Registers through the API a case whose adult suspect Testov A. was detained 2 hours ago and whose
 * victim Victimova V. is his intimate partner (synthetic names).
 */
async function registerDetentionCase(stack: TestStack, now: number): Promise<RegisteredCase> {
  const detainedMs = now - 2 * HOUR;
  const created = await stack.api('/api/cases', {
    method: 'POST',
    body: {
      ...registration(new Date(now - 3 * HOUR).toISOString(), [{ detainedAt: new Date(detainedMs).toISOString(), lastName: 'Testov' }]),
      victims: [{ lastName: 'Victimova', firstName: 'Vera', sex: 'female', relationshipToSuspect: 'intimate-partner' }],
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { id: caseId, registerNumber } = created.body as { id: string; registerNumber: string };
  const detail = await stack.api(`/api/cases/${caseId}`);
  const suspect = (detail.body.persons as Array<{ id: string; lastName: string }>).find((p) => p.lastName === 'Testov');
  assert.ok(suspect, JSON.stringify(detail.body.persons));
  return { caseId, registerNumber, detainedMs, suspectId: suspect.id };
}

/** Opens the case's task of `recordType` from the inbox and waits for its form. */
async function openTaskFromInbox(page: Page, registerNumber: string, recordType: string) {
  const row = await waitForTaskRow(page, registerNumber, recordType);
  await row.getByRole('link', { name: /^(Open|Открыть)$/ }).click();
  await page.waitForURL('**/tasks/**');
  await page.getByTestId('task-form').waitFor();
}

/** The timeline's entry of a record type, once the case page shows it. */
async function timelineRecord(page: Page, caseId: string, recordType: string) {
  await page.waitForURL(`**/cases/${caseId}`);
  const record = page.locator(`[data-testid="timeline"] [data-testid="record-item"][data-record-type="${recordType}"]`);
  await record.waitFor();
  return record;
}


describe('browser case file: forms take what the case holds from the case file and name persons, never ids', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the officer sends the detention record, the form shows the suspect and his facts read-only, asks only for the sending, and the timeline names him', async function () {
    // given: a detained suspect and a victim
    const now = Date.now();
    const kase = await registerDetentionCase(stack, now);
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await openTaskFromInbox(page, kase.registerNumber, 'detention-record-to-prosecutor');

      // then: the task's person is fixed and named; sex, age band, child flag and detention are facts of the file
      const taskPerson = page.locator('[data-person-field="task-person"]');
      assert.equal(await taskPerson.locator('input').inputValue(), 'Testov A.');
      assert.equal(await taskPerson.locator('input').getAttribute('readonly'), '');
      const fact = (ref: string) => page.locator(`[data-known-fact="${ref}"]`);
      for (const ref of ['person.sex', 'person.ageBand', 'person.isChild', 'person.detainedAt']) {
        assert.equal(await fact(ref).getAttribute('data-fact-status'), 'known', ref);
        assert.equal(await fact(ref).locator('input').getAttribute('readonly'), '', `${ref} is read-only`);
      }
      assert.equal(await fact('person.sex').locator('input').inputValue(), en['enum.male']);
      assert.equal(await fact('person.ageBand').locator('input').inputValue(), en['enum.30-39']);
      assert.equal(await fact('person.isChild').locator('input').inputValue(), en['common.no']);
      assert.equal(await fact('person.detainedAt').locator('input').inputValue(), shownAs(bishkekLocal(kase.detainedMs)));

      // and: nothing asks for an id, and the person's id is nowhere on the page
      const editable = page.locator('[data-testid="task-form"] :is(input, select, textarea):not([readonly])');
      const editableIds = await editable.evaluateAll((els) => els.map((el) => el.id));
      assert.ok(!editableIds.includes('field-.personId'), editableIds.join(', '));
      for (const id of editableIds) {
        const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
        assert.doesNotMatch(label, /\bid\b/i, `the field ${id} asks for an id: ${label}`);
      }
      assert.ok(!(await page.content()).includes(kase.suspectId), 'the suspect\'s id is in the page');

      // when: only the sending is typed
      const sentAt = bishkekLocal(now - HOUR);
      const office = 'Synthetic Pervomaisky district prosecutor\'s office';
      await page.locator('[id="field-.sentAt"]').fill(sentAt);
      await page.locator('[id="field-.method"]').selectOption('register');
      await page.locator('[id="field-.prosecutorOffice"]').fill(office);
      await screenshot(page, 'case-file-detention-form.png');
      await page.getByRole('button', { name: en['task.submit'] }).click();

      // then: the timeline holds the record, the person by name and no id anywhere
      const record = await timelineRecord(page, kase.caseId, 'detention-record-to-prosecutor');
      assert.equal(((await record.locator('.person-name').textContent()) ?? '').trim(), 'Testov A.');
      const recordText = (await record.textContent()) ?? '';
      assert.ok(recordText.includes(office) && recordText.includes(shownAs(sentAt)), recordText);
      assert.ok(recordText.includes(shownAs(bishkekLocal(kase.detainedMs))), `detention moment filled in from the file: ${recordText}`);
      const timelineText = (await page.getByTestId('timeline').textContent()) ?? '';
      assert.doesNotMatch(timelineText, UUID);
    } finally {
      await screenshot(page, 'case-file-detention-record.png');
    }
  });

  it('when the officer decides to charge, the picker offers the suspect by name and not the victim, and the timeline names the one chosen', async function () {
    // given: a case the check has opened (recorded through the API)
    const now = Date.now();
    const kase = await registerDetentionCase(stack, now);
    await completeByApi(stack, kase.caseId, 'check-decision', {
      decidedAt: new Date(now - HOUR).toISOString(), decision: 'open-case', crimeArticles: ['CC 205(1)'],
    });
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await openTaskFromInbox(page, kase.registerNumber, 'charge-decision');

      // then: the person is picked by name among the suspects only
      const picker = page.locator('[data-person-field="picker"] select[id="field-.personId"]');
      const options = (await picker.locator('option').allTextContents()).map((o) => o.trim());
      assert.ok(options.includes('Testov A.'), options.join(' | '));
      assert.ok(!options.some((o) => o.includes('Victimova')), `the victim is offered: ${options.join(' | ')}`);

      // when: the suspect is chosen by name and the charge is filled in
      await picker.selectOption({ label: 'Testov A.' });
      assert.equal(await page.locator('[data-known-fact="person.sex"]').getAttribute('data-fact-status'), 'known');
      const chargedAt = bishkekLocal(now - 30 * MINUTE);
      const summary = 'Synthetic: took a bicycle from the courtyard of Synthetic street 1.';
      await page.locator('[id="field-.chargedAt"]').fill(chargedAt);
      await page.getByRole('button', { name: /^Add: Qualification/ }).click();
      await page.locator('[id="field-.crimeArticles.0"]').fill('CC 205(1)');
      await page.locator('[id="field-.gravity"]').selectOption('less-grave');
      await page.locator('[id="field-.chargeSummary"]').fill(summary);
      await page.locator('[id="field-.presentation"]').selectOption('presented');
      await page.locator('[id="field-.presentedAt"]').fill(bishkekLocal(now - 20 * MINUTE));
      await page.getByRole('button', { name: en['task.submit'] }).click();

      // then: the decision is on the timeline with the person's name
      const record = await timelineRecord(page, kase.caseId, 'charge-decision');
      assert.equal(((await record.locator('.person-name').textContent()) ?? '').trim(), 'Testov A.');
      assert.ok(((await record.textContent()) ?? '').includes(summary));
      assert.doesNotMatch((await page.getByTestId('timeline').textContent()) ?? '', UUID);
    } finally {
      await screenshot(page, 'case-file-charge-decision.png');
    }
  });

  it('when the sending time typed in the Russian UI is before the detention, says so in Russian beside the sending time and keeps the input', async function () {
    // given: a second detention case, the form in Russian
    const now = Date.now();
    const kase = await registerDetentionCase(stack, now);
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
      await page.reload();
      await openTaskFromInbox(page, kase.registerNumber, 'detention-record-to-prosecutor');

      // when: sent half an hour before the suspect was detained
      const sentAt = bishkekLocal(kase.detainedMs - 30 * MINUTE);
      await page.locator('[id="field-.sentAt"]').fill(sentAt);
      await page.locator('[id="field-.method"]').selectOption('register');
      await page.locator('[id="field-.prosecutorOffice"]').fill('Прокуратура Первомайского района (синтетическая)');
      await page.getByRole('button', { name: ru['task.submit'] }).click();

      // then: the Russian text for `before-fact`, naming the detention and its moment in Bishkek time
      const error = page.locator('[data-path="/sentAt"] [data-testid="form-error"]');
      await error.waitFor();
      const text = ((await error.textContent()) ?? '').trim();
      const expected = interpolate(ru['fieldError.before-fact'], { fact: ru['fact.person.detainedAt'], expected: shownAs(bishkekLocal(kase.detainedMs)) });
      assert.equal(text, expected);
      assert.doesNotMatch(text, /[A-Za-z]/, `English in the Russian error: ${text}`);
      assert.equal(await page.locator('[id="field-.sentAt"]').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('[id="field-.sentAt"]').inputValue(), sentAt);
      const summary = ((await page.getByTestId('form-error-summary').textContent()) ?? '').trim();
      assert.ok(summary.startsWith(ru['form.errorSummary']), summary);
      assert.match(page.url(), /\/tasks\//, 'still on the task page');
    } finally {
      await screenshot(page, 'case-file-ru-before-fact.png');
    }
  });

  it('when a step of the case keeps failing, the case page says what fails, since when and how often, in Russian', async function () {
    // given: an open incident on the case, as the worker's incident watch writes it
    const now = Date.now();
    const kase = await registerDetentionCase(stack, now);
    const firstSeen = now - 25 * MINUTE;
    const lastSeen = now - 2 * MINUTE;
    const [incident] = await stack.db('incidents').insert({
      case_id: kase.caseId, workflow_id: `case-${kase.registerNumber}`, activity: 'applyProjections', step_key: 'synthetic-step',
      attempts: 4, error: 'Error ECONNREFUSED', first_seen: new Date(firstSeen), last_seen: new Date(lastSeen),
    }).returning('id');
    try {
      await signInInEnglish(page, stack.baseUrl, 'officer1');
      await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
      await page.goto(`${stack.baseUrl}/cases/${kase.caseId}`);

      // then: an alert above the case, one row per incident, in Russian with Bishkek times
      const panel = page.getByTestId('case-incidents');
      await panel.waitFor();
      assert.equal(await panel.getAttribute('role'), 'alert');
      const rows = panel.getByTestId('incident');
      assert.equal(await rows.count(), 1);
      const row = ((await rows.first().textContent()) ?? '').trim();
      const sentence = interpolate(ru['incidents.row'], {
        activity: ru['incidents.activity.applyProjections'], since: shownAs(bishkekLocal(firstSeen)), attempts: 4, last: shownAs(bishkekLocal(lastSeen)),
      });
      assert.ok(row.startsWith(sentence), row);
      assert.ok(((await panel.textContent()) ?? '').includes(ru['incidents.caseTitle']));
      await screenshot(page, 'case-file-incident.png');

      // when: the step succeeds at last (the watch resolves it), then: the alert is gone
      await stack.db('incidents').where({ id: incident.id }).update({ resolved_at: new Date() });
      await page.getByRole('button', { name: ru['common.refresh'] }).click();
      await page.getByTestId('case-header').waitFor();
      await panel.waitFor({ state: 'detached' });
    } catch (e) {
      await screenshot(page, 'case-file-incident.png');
      throw e;
    }
  });
});
