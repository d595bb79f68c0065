import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CriminalCodeItem } from '../../law/criminal-code/criminal-code-types';
import { proposeGravity } from '../../ui/src/criminal-code/propose-gravity';
import { ru } from '../../ui/src/i18n/ru';
import type { TestStack } from '../support/stack';
import { bishkekLocal } from './bishkek-wall-clock';
import { signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

const MINUTE = 60_000;

describe('ui registration - the gravity proposed from the article picked', () => {
  const item = (ref: string, gravity: CriminalCodeItem['gravity']) => ({ ref, gravity }) as CriminalCodeItem;
  const items = [item('CC 205(1)', 'small'), item('CC 205(3)', 'grave'), item('CC 122(1)', 'especially-grave')];

  it('fills an empty gravity, and replaces the one the previous article proposed', () => {
    assert.equal(proposeGravity(items, { crimeArticle: 'CC 205(1)', gravity: '' }, { crimeArticle: '', gravity: '' }).gravity, 'small');
    assert.equal(proposeGravity(items, { crimeArticle: 'CC 205(3)', gravity: 'small' }, { crimeArticle: 'CC 205(1)', gravity: 'small' }).gravity, 'grave');
  });

  it('keeps a gravity the user chose, and proposes nothing for an article the catalogue does not hold or for another change', () => {
    assert.equal(proposeGravity(items, { crimeArticle: 'CC 122(1)', gravity: 'grave' }, { crimeArticle: 'CC 205(1)', gravity: 'grave' }).gravity, 'grave');
    assert.equal(proposeGravity(items, { crimeArticle: 'CC 122(1)', gravity: 'less-grave' }, { crimeArticle: '', gravity: 'less-grave' }).gravity, 'less-grave');
    assert.equal(proposeGravity(items, { crimeArticle: 'CC 234(2)', gravity: '' }, { crimeArticle: '', gravity: '' }).gravity, '');
    const typing = { crimeArticle: 'CC 205(1)', gravity: 'small', summary: 'Synthetic' };
    assert.equal(proposeGravity(items, { ...typing, gravity: 'grave' }, typing).gravity, 'grave');
  });
});

describe('browser: the officer picks the Criminal Code article from the catalogue when registering a report', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('typing part of the Russian title lists the parts of theft, picking one proposes its gravity, a gravity the officer chose stays, and the case shows the article', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'officer1');
      await page.goto(`${stack.baseUrl}/cases/new`);
      await page.getByTestId('task-form').waitFor();
      await page.locator('[id="field-.receivedAt"]').fill(bishkekLocal(Date.now() - 30 * MINUTE));
      await page.locator('[id="field-.source"]').selectOption('written-statement');
      await page.locator('[id="field-.summary"]').fill('Synthetic: a bicycle was taken from the courtyard of Synthetic street 1.');

      // when: the officer types part of the title, in Russian
      const article = page.locator('[id="field-.crimeArticle"]');
      await article.pressSequentially('краж');
      const options = page.locator('[id="field-.crimeArticle-options"] [role="option"]');
      await options.first().waitFor();
      // then: the parts of theft (CC 205) are listed, with their Russian titles and gravity
      assert.deepEqual(await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-ref'))), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)']);
      assert.match((await options.nth(1).textContent()) ?? '', /Кража, ч\. 2/);
      await screenshot(page, 'criminal-code-picker-ru.png');

      // when: the second part is picked, then: the reference is stored and its gravity proposed
      await page.locator('[role="option"][data-ref="CC 205(2)"]').click();
      assert.equal(await article.inputValue(), 'CC 205(2)');
      assert.equal(await page.locator('[id="field-.gravity"]').inputValue(), 'less-grave');
      assert.match((await page.getByTestId('criminal-code-hint').textContent()) ?? '', /Кража, ч\. 2 · предлагаемая категория: менее тяжкое · ICCS 0502/);
      await screenshot(page, 'criminal-code-picker-chosen-ru.png');

      // when: the officer chooses another gravity and then another part, then: the officer's gravity stays
      await page.locator('[id="field-.gravity"]').selectOption('grave');
      await article.fill('');
      await article.pressSequentially('205');
      await page.locator('[role="option"][data-ref="CC 205(1)"]').click();
      assert.equal(await article.inputValue(), 'CC 205(1)');
      assert.equal(await page.locator('[id="field-.gravity"]').inputValue(), 'grave');

      await page.locator('[id="field-.region"]').selectOption('bishkek');
      await page.getByRole('button', { name: ru['register.submit'] }).click();

      // then: the new case shows the article picked and the gravity chosen
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const header = page.getByTestId('case-header');
      await header.waitFor();
      const text = (await header.textContent()) ?? '';
      assert.match(text, /CC 205\(1\)/);
      assert.match(text, new RegExp(ru['enum.grave']));
    } finally {
      await screenshot(page, 'criminal-code-picker-case-ru.png');
    }
  });
});
