import assert from 'node:assert/strict';
import type { RetentionRuleItem } from '../../domain/retention-rules';
import type { RetentionRule } from '../../ui/src/api/api-types';
import { interpolate } from '../../ui/src/i18n/interpolate';
import { LANGS } from '../../ui/src/i18n/lang';
import { ru } from '../../ui/src/i18n/ru';
import { yearsRefusalText } from '../../ui/src/retention/years-refusal-text';
import { signInInRussian } from './browser';
import { screenshot, useBrowserSuite } from './browser-suite';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Checked by `tsc -p test/ui`: the UI's copy of the rule (it cannot import server code) stays the server's.
export const retentionRuleTypesMatch: Same<RetentionRuleItem, RetentionRule> = true;

describe('browser: legal staff set the retention periods of personal data', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();

  /** The period in force for an outcome, as the API says it. */
  async function yearsOf(outcome: string): Promise<number> {
    const rules = await suite.stack.api('/api/retention-rules', { user: 'legal1' });
    return (rules.body.items as RetentionRule[]).find((r) => r.outcome === outcome)!.years;
  }

  it('when legal staff open the periods from the menu and set "report refused" to 7 years, it is saved with a notice; 0 years is refused beside the field and nothing is saved', async function () {
    const { stack, page } = suite;
    // the privacy tests count on the periods in force: this one is put back whatever happens
    const original = await yearsOf('report-refused');
    const years = original === 7 ? 8 : 7;
    try {
      await signInInRussian(page, stack.baseUrl, 'legal1');
      await page.locator('nav.app-nav a', { hasText: ru['nav.retention'] }).click();
      await page.getByTestId('retention-table').waitFor();
      assert.match(page.url(), /\/retention$/);
      assert.equal((await page.getByTestId('retention-explanation').textContent())?.trim(), ru['retention.explanation']);

      const row = page.locator('[data-testid="retention-row"][data-outcome="report-refused"]');
      assert.match((await row.textContent()) ?? '', new RegExp(ru['retention.outcome.report-refused']));
      const input = row.getByLabel(interpolate(ru['retention.yearsOf'], { outcome: ru['retention.outcome.report-refused'] }));
      const save = row.getByRole('button', { name: ru['retention.save'] });
      assert.equal(await input.inputValue(), String(original));
      assert.equal(await save.isDisabled(), true, 'Save is offered before anything changed');

      // when: the period is changed and saved
      await input.fill(String(years));
      assert.equal(await save.isDisabled(), false);
      await save.click();

      // then: the notice, the row says who changed it, and the server keeps the new period
      const notice = page.getByTestId('notice');
      await notice.waitFor();
      assert.equal((await notice.textContent())?.trim(), interpolate(ru['retention.saved'], { outcome: ru['retention.outcome.report-refused'], years }));
      assert.equal((await row.getByTestId('retention-updated-by').textContent())?.trim(), 'legal1');
      assert.equal(await save.isDisabled(), true);
      assert.equal(await yearsOf('report-refused'), years);
      await screenshot(page, 'retention-ru-saved.png');

      // when: a period out of range is typed and saved, then: the server's refusal beside the field, nothing saved
      await input.fill('0');
      await save.click();
      const error = row.getByTestId('form-error');
      await error.waitFor();
      assert.equal((await error.textContent())?.trim(), interpolate(ru['retention.yearsRange'], { min: 1, max: 100 }));
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByTestId('notice').count(), 0, 'the notice of the earlier save is still shown');
      assert.equal(await yearsOf('report-refused'), years);
    } finally {
      const put = await stack.api('/api/retention-rules/report-refused', { method: 'PUT', user: 'legal1', body: { years: original } });
      await screenshot(page, 'retention-ru.png');
      assert.equal(put.status, 200, 'the period was not put back');
    }
  });

  it('when an investigator opens /retention, there is no menu link and the periods are read-only', async function () {
    const { stack, page } = suite;
    try {
      await signInInRussian(page, stack.baseUrl, 'officer1');
      const items = (await page.locator('nav.app-nav a').allTextContents()).map((s) => s.trim());
      assert.ok(!items.includes(ru['nav.retention']), items.join(', '));

      await page.goto(`${stack.baseUrl}/retention`);
      await page.getByTestId('retention-table').waitFor();
      await page.getByTestId('retention-read-only').waitFor();
      assert.equal(await page.getByTestId('retention-row').count(), 4);
      assert.equal(await page.getByTestId('retention-table').locator('input, button').count(), 0);
      const period = page.locator('[data-testid="retention-row"][data-outcome="report-refused"] [data-testid="retention-period"]');
      assert.equal((await period.textContent())?.trim(), String(await yearsOf('report-refused')));
    } finally {
      await screenshot(page, 'retention-ru-read-only.png');
    }
  });
});

describe('ui retention - a refused period in words', () => {
  it('says the server\'s range with its bounds in every language, and any other refusal as the forms do', () => {
    const range = { path: '/years', message: 'SERVER', code: 'range', params: { min: 1, max: 100 } };
    for (const lang of LANGS) {
      const text = yearsRefusalText(range, lang);
      assert.notEqual(text, 'SERVER', lang);
      assert.match(text, /1\D+100/, `${lang}: ${text}`);
      assert.doesNotMatch(text, /[{}]/, `${lang}: ${text}`);
      assert.notEqual(yearsRefusalText({ ...range, code: 'required', params: {} }, lang), 'SERVER', lang);
    }
    // without its bounds the range cannot be said: the server's words rather than a gap
    assert.equal(yearsRefusalText({ ...range, params: {} }, 'ky'), 'SERVER');
  });
});
