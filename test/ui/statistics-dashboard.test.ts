import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { IndicatorAnswer as ServerAnswer, listIndicators } from '../../statistics/indicator-answer';
import { seedStatistics } from '../../statistics/synthetic/seed-statistics';
import type { IndicatorAnswer, StatisticsCatalogue } from '../../ui/src/api/api-types';
import { ky } from '../../ui/src/i18n/ky';
import { ru } from '../../ui/src/i18n/ru';
import { categoryLabel } from '../../ui/src/statistics/category-label';
import { crosstabOf } from '../../ui/src/statistics/crosstab';
import { indicatorQuery, statisticsViewOf } from '../../ui/src/statistics/statistics-view';
import { createScratchDatabase } from '../support/engines';
import { startTestStack, type TestStack } from '../support/stack';
import { ensureFreshUiBuild, launchChromium, signInInRussian } from './browser';
import { screenshot } from './browser-suite';

/** The labels of the main menu's links. */
async function menu(page: Page): Promise<string[]> {
  return (await page.locator('nav.app-nav a').allTextContents()).map((s) => s.trim());
}

/** A cell as the Russian table shows it: a withheld count a dash (never 0, never "<5"), a count in Russian digits. */
function shownAs(cell: { value: number | null; withheld: boolean }): string {
  return cell.withheld ? '—' : new Intl.NumberFormat('ru-RU').format(cell.value!);
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Checked by `tsc -p test/ui`: the UI's copy of the answer (it cannot import server code) stays the server's.
export const indicatorAnswerTypesMatch: Same<ServerAnswer, IndicatorAnswer> = true;
export const catalogueTypesMatch: Same<Awaited<ReturnType<typeof listIndicators>>, StatisticsCatalogue> = true;

describe('ui statistics - the dashboard\'s view of an answer', () => {
  it('lists age bands youngest first and the unknown last, not in the alphabet of their codes', () => {
    const cell = (age: string) => ({ key: { age }, value: 10, counts: { n: 10 }, withheld: false });
    const table = crosstabOf(['18-24', 'unknown', 'under-14', '60-plus', '*'].map(cell), ['age']);
    assert.deepEqual(table.rows, ['under-14', '18-24', '60-plus', 'unknown']);
  });

  it('keeps a withheld cell withheld in the crosstab, and names the margins and the ICCS sections in Russian', () => {
    const table = crosstabOf([
      { key: { region: 'naryn', sex: 'female' }, value: null, counts: { n: null }, withheld: true },
      { key: { region: 'naryn', sex: '*' }, value: 12, counts: { n: 12 }, withheld: false },
    ], ['region', 'sex']);
    assert.equal(table.cell('naryn', 'female')?.withheld, true);
    assert.equal(table.cell('naryn', 'female')?.value, null);
    assert.equal(categoryLabel('sex', '*', { lang: 'ru' }), 'Итого');
    assert.equal(categoryLabel('iccs', '05', { lang: 'ru' }), ru['stats.iccs.05']);
    assert.equal(categoryLabel('child', 'true', { lang: 'ru' }), ru['stats.child.true']);
  });

  it('asks the API only for the breakdowns and filters the indicator allows, and for none in the human-rights panel', () => {
    const view = statisticsViewOf(new URLSearchParams('indicator=reports-per-100k&by=sex,region&sex=female&region=osh'), '2026-12-02');
    assert.deepEqual(view, { indicator: 'reports-per-100k', from: '2026-01-01', to: '2026-12-02', by: ['sex', 'region'], filters: { region: 'osh', sex: 'female' } });
    assert.equal(indicatorQuery(view, { dimensions: ['region'] }), '?from=2026-01-01&to=2026-12-02&by=region&region=osh');
    assert.equal(indicatorQuery(view, { dimensions: ['region', 'sex'] }, false), '?from=2026-01-01&to=2026-12-02');
  });
});

describe('browser: the analyst\'s statistics dashboard on a synthetic country', function () {
  this.timeout(600_000);
  let drop: () => Promise<void>;
  let stack: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  // The dashboard opens on the year so far (Bishkek): the synthetic reports are registered in it.
  const year = new Date(Date.now() + 6 * 3_600_000).getUTCFullYear();

  before(async function () {
    ensureFreshUiBuild();
    // A database of its own: 2000 cases would change what the run's other tests count.
    const scratch = await createScratchDatabase('dashboard');
    drop = scratch.drop;
    stack = await startTestStack({ database: scratch });
    await seedStatistics(stack.db, { cases: 2000, seed: 10, from: new Date(Date.UTC(year, 0, 1) - 6 * 3_600_000), to: new Date() });
    browser = await launchChromium();
  });
  beforeEach(async function () {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterEach(async () => {
    await context?.close();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
    await drop?.();
  });

  it('when the analyst signs in, they land on the dashboard with the human-rights panel, break persons suspected down by region for women, see the chart and the table, and download a CSV with no count below the threshold', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'analyst1');
      await page.getByTestId('statistics').waitFor();
      assert.match(page.url(), /\/statistics$/);
      assert.ok((await menu(page)).includes(ru['nav.statistics']));

      // the panel: five numbers of the year so far, none of them a count below the threshold
      const panel = page.getByTestId('human-rights-panel');
      await panel.getByText(ru['stats.humanRightsTitle']).waitFor();
      for (const id of ['detention-limit-met', 'held-past-limit', 'children-detained', 'custody-length-days', 'unsentenced-share']) {
        await panel.locator(`[data-testid="hr-${id}"] [data-value]:not([data-value=""])`).waitFor();
      }
      const held = await panel.locator('[data-testid="hr-held-past-limit"] [data-value]').getAttribute('data-value');
      assert.ok(held === 'withheld' || Number(held) === 0 || Number(held) >= 5, `held past a limit: ${held}`);
      if (Number(held) > 0) assert.match((await panel.getByTestId('hr-held-past-limit').getAttribute('class')) ?? '', /stats-card-alarm/);

      // when: persons suspected, by region, women only
      await page.getByTestId('stats-indicators').getByRole('link', { name: 'Подозреваемые лица', exact: true }).click();
      await page.locator('[data-testid="indicator-view"][data-indicator="persons-suspected"]').waitFor();
      await page.getByLabel(ru['stats.by'], { exact: true }).selectOption('region');
      await page.getByLabel(ru['stats.dim.sex'], { exact: true }).selectOption('female');
      await page.waitForURL(/by=region.*sex=female/);

      // then: a chart drawn on a canvas, and a table of the nine regions with their total, matching the API's answer
      await page.locator('[data-testid="stats-chart"] canvas').first().waitFor();
      const table = page.getByTestId('stats-table');
      await table.locator('tbody tr', { hasText: ru['enum.naryn'] }).waitFor();
      const from = `${year}-01-01`;
      const url = new URL(page.url());
      const answer = (await stack.api(`/api/statistics/indicators/persons-suspected?from=${from}&to=${url.searchParams.get('to')}&by=region&sex=female`, { user: 'analyst1' })).body as IndicatorAnswer;
      const rows = answer.cells.filter((c) => c.key.region !== '*');
      assert.ok(rows.length >= 5, `${rows.length} regions`);
      for (const c of answer.cells) {
        const name = c.key.region === '*' ? ru['stats.total'] : ru[`enum.${c.key.region}` as keyof typeof ru];
        const shown = ((await table.locator('tbody tr', { has: page.locator('th', { hasText: name }) }).locator('td').textContent()) ?? '').trim();
        assert.equal(shown, shownAs(c), `${c.key.region}: ${shown}`);
      }
      assert.ok(answer.cells.some((c) => !c.withheld && (c.value ?? 0) >= 5), 'some region passes the threshold');
      await screenshot(page, 'statistics-ru.png');

      // the CSV of the same query
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-csv').click()]);
      const csv = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
      assert.equal(csv[0], 'indicator,from,to,region_scope,filters,region,value,unit,suspects,withheld');
      assert.equal(csv.length, answer.cells.length + 1);
      for (const line of csv.slice(1)) {
        const [, , , , filters, region, value, , suspects, withheld] = line.split(',');
        assert.equal(filters, 'sex=female', 'the CSV says its filter');
        for (const count of [value, suspects]) assert.ok(!(Number(count) >= 1 && Number(count) <= 4), `a count below 5 in ${line}`);
        assert.equal(withheld === 'withheld', value === '', `${region}: ${line}`);
      }
      assert.match(download.suggestedFilename(), /^persons-suspected-.*\.csv$/);
    } finally {
      await screenshot(page, 'statistics-ru-end.png');
    }
  });

  it('when an indicator is broken down twice, the table has a column per category and the totals, and nothing overflows the page at 1280 px', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'analyst1');
      await page.goto(`${stack.baseUrl}/statistics?indicator=persons-suspected&by=region,age`);
      const table = page.getByTestId('stats-table');
      await table.waitFor();
      await page.locator('[data-testid="stats-chart"] canvas').first().waitFor();
      const headers = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
      assert.equal(headers[0], `${ru['stats.dim.region']} \\ ${ru['stats.dim.age']}`);
      assert.equal(headers.at(-1), ru['stats.total']);
      assert.ok(headers.indexOf(ru['enum.18-24']) < headers.indexOf(ru['enum.60-plus']), headers.join(' | '));
      assert.equal((await table.locator('tbody tr').last().locator('th').textContent())?.trim(), ru['stats.total']);
      await screenshot(page, 'statistics-two-breakdowns-ru.png');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(await overflow(), 0, 'the page scrolls sideways');

      // persons held past a limit: its target, zero, said beside the chart drawn with its line
      await page.getByTestId('stats-indicators').getByRole('link', { name: 'Лица, удерживаемые сверх срока', exact: true }).click();
      await page.locator('[data-testid="indicator-view"][data-indicator="held-past-limit"] [data-testid="stats-table"]').waitFor();
      assert.equal(((await page.getByTestId('stats-target').textContent()) ?? '').trim(), '0');
      await page.locator('[data-testid="stats-chart"] canvas').first().waitFor();
      await screenshot(page, 'statistics-held-past-limit-ru.png');

      // by ICCS section: each row named by its section, as UNODC names them
      await page.getByLabel(ru['stats.by'], { exact: true }).selectOption('iccs');
      await page.getByLabel(ru['stats.thenBy'], { exact: true }).selectOption('');
      await page.getByTestId('stats-table').locator('th', { hasText: ru['stats.iccs.05'] }).waitFor();
      const sections = (await page.getByTestId('stats-table').locator('tbody th').allTextContents()).map((s) => s.trim());
      assert.ok(sections.slice(0, -1).every((name) => /^(0[1-9]|1[01]) /.test(name) || name === ru['enum.unknown']), sections.join(' | '));
      await screenshot(page, 'statistics-iccs-ru.png');

      // in Kyrgyz: the page, the sections and the totals, as long as the words are
      await page.getByTestId('language-select').selectOption('ky');
      await page.getByRole('heading', { name: ky['stats.title'] }).waitFor();
      assert.equal(((await table.locator('thead th').first().textContent()) ?? '').trim(), ky['stats.dim.iccs']);
      await table.locator('th', { hasText: ky['stats.iccs.05'] }).waitFor();
      assert.equal((await table.locator('tbody tr').last().locator('th').textContent())?.trim(), ky['stats.total']);
      assert.equal(await overflow(), 0, 'the page scrolls sideways in Kyrgyz');
      await screenshot(page, 'statistics-iccs-ky.png');
    } finally {
      await screenshot(page, 'statistics-two-breakdowns-ru-end.png');
    }
  });

  it('when a district prosecutor opens the dashboard, its scope is the region of the office and no other region is offered as a filter', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'prosecutor1');
      await page.goto(`${stack.baseUrl}/statistics?indicator=persons-suspected&region=osh`);
      await page.getByTestId('stats-table').waitFor();
      assert.equal(((await page.getByTestId('stats-scope').textContent()) ?? '').trim(), ru['enum.bishkek']);
      assert.equal(await page.getByTestId('stats-filters').getByLabel(ru['stats.dim.region'], { exact: true }).count(), 0);
      const answer = (await stack.api('/api/statistics/indicators/persons-suspected', { user: 'prosecutor1' })).body as IndicatorAnswer;
      assert.equal(answer.region, 'bishkek');
      assert.equal(((await page.getByTestId('stats-table').locator('td').first().textContent()) ?? '').trim(), shownAs(answer.cells[0]!));
    } finally {
      await screenshot(page, 'statistics-prosecutor-ru.png');
    }
  });

  it('when an investigator opens the dashboard by its address, the refusal is said in Russian and no indicator is shown', async function () {
    try {
      await signInInRussian(page, stack.baseUrl, 'officer1');
      await page.goto(`${stack.baseUrl}/statistics`);
      await page.getByText(ru['problem.statistics-not-allowed']).waitFor();
      assert.equal(await page.getByTestId('stats-indicators').count(), 0);
      assert.ok(!(await menu(page)).includes(ru['nav.statistics']));
    } finally {
      await screenshot(page, 'statistics-refused-ru.png');
    }
  });
});
