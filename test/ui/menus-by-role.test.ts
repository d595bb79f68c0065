import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { en } from '../../ui/src/i18n/en';
import { ru } from '../../ui/src/i18n/ru';
import type { TestStack } from '../support/stack';
import { signInInEnglish, signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

/** The labels of the main menu's links. */
async function menu(page: Page): Promise<string[]> {
  return (await page.locator('nav.app-nav a').allTextContents()).map((s) => s.trim());
}

describe('browser menus by role: each role is shown only what its capabilities allow', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when an analyst signs in, they land on the statistics, the menu has no registration, no board and no case pages, the header names the role, and registering is refused in words', async function () {
    try {
      await signInInEnglish(page, stack.baseUrl, 'analyst1');
      await page.getByTestId('statistics').waitFor();
      assert.match(page.url(), /\/statistics$/);
      const items = await menu(page);
      assert.deepEqual(items, [en['nav.statistics']]);
      for (const absent of [en['nav.registerReport'], en['nav.escalations'], en['nav.inbox'], en['nav.cases'], en['nav.procedures'], en['nav.adminUsers']]) {
        assert.ok(!items.includes(absent), `${absent} in the analyst's menu: ${items.join(', ')}`);
      }
      assert.equal(((await page.getByTestId('user-role').textContent()) ?? '').trim(), en['role.analyst']);
      await screenshot(page, 'menus-analyst.png');

      // when: the registration page is opened by its address, then: the form is not offered
      await page.goto(`${stack.baseUrl}/cases/new`);
      await page.getByText(en['register.forbidden']).waitFor();
      assert.equal(await page.getByTestId('task-form').count(), 0);
    } finally {
      await screenshot(page, 'menus-analyst-register.png');
    }
  });

  it('when legal staff sign in, they land on the procedures and see no registration and no board, in Russian', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'legal1');
      await page.getByTestId('procedures-table').waitFor();
      assert.match(page.url(), /\/procedures$/);
      const items = await menu(page);
      assert.ok(items.includes(ru['nav.procedures']), items.join(', '));
      for (const absent of [ru['nav.registerReport'], ru['nav.escalations'], ru['nav.adminUsers']]) {
        assert.ok(!items.includes(absent), `${absent} in the legal staff's menu: ${items.join(', ')}`);
      }
      assert.equal(((await page.getByTestId('user-role').textContent()) ?? '').trim(), ru['role.legal']);
      // the unit in Russian, from the units' own names
      assert.equal(((await page.getByTestId('user-unit').textContent()) ?? '').trim(), 'Генеральная прокуратура (демо)');
    } finally {
      await screenshot(page, 'menus-legal-ru.png');
    }
  });

  it('when the supervising prosecutor signs in, the menu has the board and the statistics of the region but not registration, and the header says "prosecutor" and the office', async function () {
    try {
      await signInInEnglish(page, stack.baseUrl, 'prosecutor1');
      const items = await menu(page);
      assert.deepEqual(items, [en['nav.inbox'], en['nav.cases'], en['nav.escalations'], en['nav.statistics']]);
      assert.equal(((await page.getByTestId('user-role').textContent()) ?? '').trim(), en['role.prosecutor']);
      assert.match(((await page.getByTestId('user-unit').textContent()) ?? '').trim(), /Leninsky District Prosecutor/);
      await page.getByTestId('inbox-supervised').waitFor();
    } finally {
      await screenshot(page, 'menus-prosecutor.png');
    }
  });
});
