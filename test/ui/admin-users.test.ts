import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { en } from '../../ui/src/i18n/en';
import { interpolate } from '../../ui/src/i18n/interpolate';
import type { TestStack } from '../support/stack';
import { signInInEnglish } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

describe('browser administration: users and institutions', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('when the administrator creates a judge of the Leninsky court (a short password refused at its field first), then deactivates her, she can no longer sign in', async function () {
    const username = 'judge-synthetic7';
    const password = 'synthetic-password-42';
    try {
      // given: the administrator lands on the users
      await signInInEnglish(page, stack.baseUrl, 'admin');
      await page.getByTestId('users-table').waitFor();
      assert.match(page.url(), /\/admin\/users$/);

      // when: a new judge is created with too short a password
      await page.getByTestId('user-new').click();
      const form = page.getByTestId('user-form');
      await form.locator('[id="field-.username"]').fill(username);
      await form.locator('[id="field-.fullName"]').fill('Judge Synthetic Z. Demo');
      await form.locator('[id="field-.role"]').selectOption('judge');
      // a judge sits in a court: only courts are offered
      const units = (await form.locator('[id="field-.unitId"] option').allTextContents()).slice(1);
      assert.ok(units.length > 0 && units.every((u) => /court/i.test(u)), units.join(' | '));
      await form.locator('[id="field-.unitId"]').selectOption({ label: units.find((u) => u.startsWith('BLC'))! });
      await form.locator('[id="field-.password"]').fill('short');
      await form.getByRole('button', { name: en['admin.user.create'] }).click();

      // then: refused beside the password, in words
      const error = form.locator('[data-path="/password"] [data-testid="form-error"]');
      await error.waitFor();
      assert.equal(((await error.textContent()) ?? '').trim(), interpolate(en['fieldError.minLength'], { limit: 12 }));
      await screenshot(page, 'admin-user-refused.png');

      // when: a proper password is given, then: she is listed, active
      await form.locator('[id="field-.password"]').fill(password);
      await form.getByRole('button', { name: en['admin.user.create'] }).click();
      await page.getByTestId('notice').filter({ hasText: interpolate(en['admin.user.created'], { username }) }).waitFor();
      const row = page.locator(`[data-testid="user-row"][data-username="${username}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-active'), 'true');
      assert.ok(((await row.textContent()) ?? '').includes(en['role.judge']));
      assert.equal((await stack.api('/api/auth/login', { method: 'POST', user: null, body: { username, password } })).status, 200);

      // when: the administrator deactivates her
      await row.getByTestId('user-deactivate').click();

      // then: marked inactive, and her password no longer lets her in
      await page.locator(`[data-testid="user-row"][data-username="${username}"][data-active="false"]`).waitFor();
      await page.getByTestId('notice').filter({ hasText: interpolate(en['admin.user.deactivated'], { username }) }).waitFor();
      assert.equal((await stack.api('/api/auth/login', { method: 'POST', user: null, body: { username, password } })).status, 401);
    } finally {
      await screenshot(page, 'admin-user-deactivated.png');
    }
  });

  it('when the administrator opens the institutions, they are a tree with an investigative unit\'s relations, and a unit is edited with its code fixed', async function () {
    try {
      await signInInEnglish(page, stack.baseUrl, 'admin');
      await page.goto(`${stack.baseUrl}/admin/units`);
      const unit = page.locator('[data-testid="unit-row"][data-code="BSK-01"]');
      await unit.waitFor();
      // MVD > BGUVD > BSK-01
      assert.equal(await unit.getAttribute('data-depth'), '2');
      const codes = await page.locator('[data-testid="unit-row"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code));
      assert.ok(codes.indexOf('MVD') < codes.indexOf('BGUVD') && codes.indexOf('BGUVD') < codes.indexOf('BSK-01'), codes.join(' '));
      assert.equal(((await unit.locator('[data-relation="supervising-office"]').textContent()) ?? '').replace(/\s+/g, ' ').trim(), `${en['relation.supervising-office']}: BLEN`);

      // when: BSK-01 is opened for editing, then: its code cannot change and its relations are offered by kind
      await unit.getByTestId('unit-edit').click();
      const form = page.getByTestId('unit-form');
      await form.waitFor();
      assert.equal(await form.locator('[id="field-.code"]').getAttribute('readonly'), '');
      const courts = (await form.locator('[id="field-.relations.court"] option').allTextContents()).slice(1);
      assert.ok(courts.every((c) => /court/i.test(c)) && courts.some((c) => c.startsWith('BLC')), courts.join(' | '));

      // when: its Kyrgyz name is changed, then: saved
      await form.locator('[id="field-.name.ky"]').fill('Бишкек ш. Ленин РИИБ тергөө бөлүмү (демо, өзгөртүлгөн)');
      await form.getByRole('button', { name: en['admin.unit.save'] }).click();
      await page.getByTestId('notice').filter({ hasText: interpolate(en['admin.unit.saved'], { code: 'BSK-01' }) }).waitFor();
      const saved = ((await stack.api('/api/units', { user: 'admin' })).body.items as Array<{ code: string; names: { ky: string; ru: string } | null; relations: Record<string, string> }>)
        .find((u) => u.code === 'BSK-01');
      assert.equal(saved?.names?.ky, 'Бишкек ш. Ленин РИИБ тергөө бөлүмү (демо, өзгөртүлгөн)');
      assert.equal(saved?.names?.ru, 'Следственное отделение Ленинского РУВД г. Бишкек (демо)', 'the other names kept');
      assert.ok(saved?.relations['supervising-office'], 'the relations kept');
    } finally {
      await screenshot(page, 'admin-units.png');
    }
  });
});
