// What the browser tests share: Debian's Chromium, a fresh UI build, the artifacts folder, signing in.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../db/seed-demo';
import { ru } from '../../ui/src/i18n/ru';
import { demoSession, demoUserHasSecondFactor, forgetDemoSession } from '../support/demo-sign-in';

// Debian's chromium package; playwright-core downloads no browser.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Screenshots go here; mocha runs from the repository root, and the folder is git-ignored. */
export const ARTIFACTS = path.resolve('test/ui/artifacts');
// the stack serves the built UI, so a build older than the sources would test yesterday's UI
const UI_BUILT = path.resolve('ui/dist/index.html');
const UI_SOURCES = ['ui/index.html', 'ui/vite.config.mts', 'ui/src', 'bpmn/icj-moddle.json'].map((p) => path.resolve(p));

/** Builds ui/dist (as `npm test` does) when it is missing or older than any UI source file. */
export function ensureFreshUiBuild() {
  const newestSource = Math.max(
    ...UI_SOURCES.flatMap((p) =>
      statSync(p).isDirectory() ? readdirSync(p, { recursive: true, encoding: 'utf8' }).map((f) => path.join(p, f)) : [p],
    ).map((f) => statSync(f).mtimeMs),
  );
  if (existsSync(UI_BUILT) && statSync(UI_BUILT).mtimeMs >= newestSource) return;
  execFileSync(path.resolve('node_modules/.bin/vite'), ['build', '--config', 'ui/vite.config.mts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

/** Starts headless Debian Chromium, or says how to get it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Signs a demo user in through the login form of the English UI (chosen the way the language
 * selector stores it). A user with a second factor is given the test process's session instead
 * (cookies as the login sets them): a code cannot be typed twice in one 30-second step, and the
 * form with its code is tested by test/ui/totp-sign-in.test.ts.
 */
export async function signInInEnglish(page: Page, baseUrl: string, username: string) {
  if (await signedInWithSecondFactor(page, baseUrl, username, 'en')) return;
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.setItem('icj.lang', 'en'));
  await page.reload();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForHome(page);
}

/** Signs a demo user in through the login form of the Russian UI, the language legal staff work in. */
export async function signInInRussian(page: Page, baseUrl: string, username: string) {
  if (await signedInWithSecondFactor(page, baseUrl, username, 'ru')) return;
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.setItem('icj.lang', 'ru'));
  await page.reload();
  await page.getByLabel(ru['login.username']).fill(username);
  await page.getByLabel(ru['login.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: ru['login.submit'] }).click();
  await waitForHome(page);
}

/** For a demo user with a second factor: the session cookie and its CSRF cookie, then the home page in the language. */
async function signedInWithSecondFactor(page: Page, baseUrl: string, username: string, lang: 'en' | 'ru'): Promise<boolean> {
  if (!demoUserHasSecondFactor(username)) return false;
  let session = await demoSession(baseUrl, username);
  // Ended by an earlier test (signed out): signed in anew.
  if ((await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${session.token}` } })).status === 401) {
    forgetDemoSession(username, session.token);
    session = await demoSession(baseUrl, username);
  }
  const { token, csrfToken } = session;
  await page.context().addCookies([
    { name: 'icj_session', value: token, url: baseUrl, httpOnly: true, sameSite: 'Strict' },
    { name: 'icj_csrf', value: csrfToken, url: baseUrl, sameSite: 'Strict' },
  ]);
  await page.goto(`${baseUrl}/login`);
  await page.evaluate((l) => window.localStorage.setItem('icj.lang', l), lang);
  await page.goto(`${baseUrl}/`);
  await waitForHome(page);
  return true;
}

/** After signing in: the user's home page (the inbox; administrators' users, legal staff's procedures) with the header showing them. */
async function waitForHome(page: Page) {
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await page.getByTestId('user-info').waitFor();
}
