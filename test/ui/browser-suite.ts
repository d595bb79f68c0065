import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../support/stack';
import { ARTIFACTS, ensureFreshUiBuild, launchChromium } from './browser';

export interface BrowserSuite {
  stack: TestStack;
  page: Page;
}

/**
 * Mocha hooks of a browser suite: the whole system and Chromium once, then for each test a fresh
 * context in a browser far from Bishkek (the UI must still show and read Bishkek time) and a page.
 * The returned object is filled by the hooks.
 */
export function useBrowserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  before(async function () {
    ensureFreshUiBuild();
    suite.stack = await startTestStack();
    browser = await launchChromium();
  });
  beforeEach(async function () {
    context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
    suite.page = await context.newPage();
    suite.page.setDefaultTimeout(30_000);
  });
  afterEach(async function () {
    await context?.close();
  });
  after(async function () {
    await browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}

/** A full-page screenshot into the artifacts folder, to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}
