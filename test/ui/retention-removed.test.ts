import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ru } from '../../ui/src/i18n/ru';
import { runRetention } from '../../privacy/retention-run';
import type { TestStack } from '../support/stack';
import { registration } from '../support/fixtures';
import { refusedCase } from '../support/refused-case';
import { signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

describe('browser: a case whose retention ended, as its investigator sees it', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('after a refused report and its 5 years, the case page keeps the register number and the suspect\'s sex, and says in Russian that the personal data was removed', async function () {
    try {
      const kase = { body: await refusedCase(stack, registration(new Date(Date.now() - 3_600_000).toISOString(), [{ lastName: 'Udalenova' }])) };
      const report = await runRetention(stack.db, new Date(Date.now() + 6 * 366 * 86_400_000), null);
      assert.equal(report.destroyed.filter((d) => d.caseId === kase.body.id).length, 2);

      await signInInRussian(page, stack.baseUrl, 'officer1');
      await page.goto(`${stack.baseUrl}/cases/${kase.body.id}`);
      const row = page.getByTestId('person-row');
      await row.first().waitFor();
      assert.equal((await page.getByTestId('person-removed').first().textContent())?.trim(), ru['case.personRemoved']);
      assert.match((await row.first().textContent()) ?? '', new RegExp(ru['enum.male'], 'i'));
      assert.equal((await page.getByTestId('summary-removed').textContent())?.trim(), ru['case.personalDataRemoved']);
      assert.ok(((await page.textContent('body')) ?? '').includes(kase.body.registerNumber));
      assert.ok(!((await page.textContent('body')) ?? '').includes('Udalenova'));
    } finally {
      await screenshot(page, 'retention-removed-ru.png');
    }
  });
});
