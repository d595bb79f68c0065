import type { Page } from 'playwright-core';

/** Reloads the inbox until the case's task of `recordType` shows up: the workflow opens tasks asynchronously. */
export async function waitForTaskRow(page: Page, registerNumber: string, recordType: string, timeoutMs = 20_000) {
  const row = page.locator(`[data-testid="task-row"][data-register-number="${registerNumber}"][data-record-type="${recordType}"]`);
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    await page.locator('[data-testid="inbox-table"], [data-testid="inbox-empty"]').first().waitFor();
    if ((await row.count()) > 0) return row;
    if (Date.now() > giveUpAt) throw new Error(`no ${recordType} task for ${registerNumber} in the inbox after ${timeoutMs} ms`);
    await page.waitForTimeout(1000);
    await page.reload();
  }
}
