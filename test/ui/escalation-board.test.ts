import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { ru } from '../../ui/src/i18n/ru';
import { eventually, registration } from '../support/fixtures';
import type { TestStack } from '../support/stack';
import { bishkekLocal, shownAs } from './bishkek-wall-clock';
import { signInInEnglish } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Signs in through the English login form, then switches the UI to Russian the way the selector stores it. */
async function signInInRussian(page: Page, baseUrl: string, username: string) {
  await signInInEnglish(page, baseUrl, username);
  await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
}


describe('browser escalation board: limits and failures said in the UI language from their structured fields', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the 12 hours to send the detention record have passed, the supervisor reads it in Russian with the limit\'s title, the person and Bishkek time, and the case\'s failing step below', async function () {
    // given: a suspect detained 13 hours ago, so the 12 h for the record to the prosecutor (CPC 97(4)) are over
    const now = Date.now();
    const detainedMs = now - 13 * HOUR;
    const created = await stack.api('/api/cases', {
      method: 'POST',
      body: registration(new Date(now - 14 * HOUR).toISOString(), [{ detainedAt: new Date(detainedMs).toISOString(), lastName: 'Testov' }]),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id: caseId, registerNumber } = created.body as { id: string; registerNumber: string };
    const escalation = await eventually(async () => {
      const board = await stack.api('/api/escalations?size=500', { user: 'supervisor1' });
      return (board.body.items as Array<{ caseId: string; limitId: string | null; severity: string; dueAt: string; message: string }>)
        .find((e) => e.caseId === caseId && e.limitId === 'detention.record-to-prosecutor' && e.severity === 'expired');
    }, 'the expired escalation of the detention record');
    // and: a step of that case keeps failing (as the worker's incident watch records it)
    const firstSeen = now - 40 * MINUTE;
    await stack.db('incidents').insert({
      case_id: caseId, workflow_id: `case-${registerNumber}`, activity: 'recordStep', step_key: 'synthetic-step', attempts: 6,
      error: 'KnexTimeoutError', first_seen: new Date(firstSeen), last_seen: new Date(now - MINUTE),
    });

    try {
      await signInInRussian(page, stack.baseUrl, 'supervisor1');
      await page.goto(`${stack.baseUrl}/escalations`);

      // then: the escalation is a Russian sentence; the server's English message is only the tooltip
      const row = page.locator(
        `[data-testid="escalation-row"][data-register-number="${registerNumber}"][data-limit-id="detention.record-to-prosecutor"][data-severity="expired"]`,
      );
      await row.waitFor();
      const message = row.getByTestId('escalation-message');
      const expected = `${interpolate(ru['escalation.expired.limitDue'], {
        limit: '«Направление протокола задержания прокурору»', due: shownAs(bishkekLocal(Date.parse(escalation.dueAt))),
      })} — Testov A.`;
      await message.filter({ hasText: expected }).waitFor();
      assert.equal(((await message.textContent()) ?? '').trim(), expected);
      assert.equal(shownAs(bishkekLocal(Date.parse(escalation.dueAt))), shownAs(bishkekLocal(detainedMs + 12 * HOUR)), 'due 12 h after the detention');
      assert.equal(await message.getAttribute('title'), escalation.message);
      const rowText = (await row.textContent()) ?? '';
      assert.ok(rowText.includes('УПК КР 97(1), (4)'), `the article, localised: ${rowText}`);
      const boardText = (await page.getByTestId('escalation-table').textContent()) ?? '';
      assert.doesNotMatch(boardText, ISO_INSTANT, 'a raw ISO instant on the board');
      assert.ok(!boardText.includes(escalation.message), 'the English message is shown as text');

      // and: the failing step of the case is listed for the supervisor, in Russian
      const incident = page.getByTestId('incident-board').getByTestId('incident').filter({ hasText: registerNumber });
      await incident.waitFor();
      const incidentText = (await incident.textContent()) ?? '';
      for (const part of [ru['incidents.activity.recordStep'], shownAs(bishkekLocal(firstSeen)), '6']) {
        assert.ok(incidentText.includes(part), `${part} in ${incidentText}`);
      }
    } finally {
      await screenshot(page, 'escalation-board.png');
    }
  });

  it('when an officer opens the board, says in Russian that it is for supervisors, not the server\'s English', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'officer1');
      await page.goto(`${stack.baseUrl}/escalations`);
      const refusals = page.locator('[role="alert"] [data-problem-code="board-supervisors-only"]');
      await refusals.first().waitFor();
      // said once, in Russian; the failures below the board are not asked for
      assert.equal(await refusals.count(), 1);
      assert.equal(((await refusals.textContent()) ?? '').trim(), ru['problem.board-supervisors-only']);
      assert.equal(await page.getByTestId('incident-board').count(), 0);
    } finally {
      await screenshot(page, 'escalation-board-officer.png');
    }
  });
});
