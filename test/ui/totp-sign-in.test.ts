import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from '../../domain/totp';
import { en } from '../../ui/src/i18n/en';
import { ru } from '../../ui/src/i18n/ru';
import { interpolate } from '../../ui/src/i18n/interpolate';
import type { TestStack } from '../support/stack';
import { signInInRussian } from './browser';
import { useBrowserSuite } from './browser-suite';

const PASSWORD = 'violet-tram-orbit-lantern';
const at = (step: number) => new Date(step * TOTP_PERIOD_SECONDS * 1000);
/** Screenshots of this suite, to look at: /tmp/totp-*.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/totp-${name}.png`, fullPage: true });

/** The login form of the English UI, up to the second step. */
async function passwordStep(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.setItem('icj.lang', 'en'));
  await page.reload();
  await page.getByLabel(en['login.username']).fill(username);
  await page.getByLabel(en['login.password']).fill(PASSWORD);
  await page.getByRole('button', { name: en['login.submit'] }).click();
}

/** The secret the enrolment shows, as typed into an app: the groups joined. */
async function shownSecret(page: Page): Promise<string> {
  return ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
}

describe('browser sign-in with a second factor (TOTP)', function () {
  this.timeout(120_000);
  const suite = useBrowserSuite();
  let stack: TestStack;
  let page: Page;
  beforeEach(function () {
    ({ stack, page } = suite);
  });

  it('a new prosecutor sets up the authenticator from the QR code or key at the first sign-in, then signs in with its codes; a wrong code is refused in words', async function () {
    // given: a prosecutor the administrator created, who never signed in
    const username = 'pros-synthetic-browser';
    const created = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username, fullName: 'Prosecutor Synthetic Browser', role: 'prosecutor', unitCode: 'BLEN', password: PASSWORD } });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    // when: the password is right
    await passwordStep(page, stack.baseUrl, username);

    // then: the key to set up, as a QR code of the otpauth URI and as grouped text
    await page.getByRole('heading', { name: en['login.enrolTitle'] }).waitFor();
    const qr = page.getByTestId('totp-qr');
    await qr.waitFor();
    assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    assert.ok(await qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth >= 100), 'the QR code is drawn');
    const grouped = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    assert.match(grouped, /^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    await shot(page, 'enrolment');

    // when: the code the app shows is entered
    const secret = await shownSecret(page);
    const step = totpStep(new Date());
    await page.getByLabel(en['login.code']).fill(totpCode(secret, at(step)));
    await page.getByRole('button', { name: en['login.confirm'] }).click();

    // then: signed in, on the prosecutor's inbox
    await page.getByTestId('user-info').waitFor();
    assert.match(page.url(), /\/inbox/);
    await shot(page, 'signed-in');

    // when: signed out (the cookie session's sign-out carries the CSRF token), then in again
    await page.getByRole('button', { name: en['header.logout'] }).click();
    await page.waitForURL(/\/login/);
    await passwordStep(page, stack.baseUrl, username);

    // then: only the code is asked for; a wrong one is refused in words, the next step's code lets in
    await page.getByText(en['login.codeIntro']).waitFor();
    assert.equal(await page.getByTestId('totp-secret').count(), 0, 'the key is never shown again');
    await page.getByLabel(en['login.code']).fill(totpCode(secret, at(step - 3)));
    await page.getByRole('button', { name: en['login.submit'] }).click();
    await page.getByRole('alert').filter({ hasText: en['problem.wrong-totp'] }).waitFor();
    await shot(page, 'wrong-code');
    await page.getByLabel(en['login.code']).fill(totpCode(secret, at(step + 1)));
    await page.getByRole('button', { name: en['login.submit'] }).click();
    await page.getByTestId('user-info').waitFor();
    assert.match(page.url(), /\/inbox/);
    await stack.db('login_failures').where({ username }).delete();
  });

  it('the administrator resets a legal officer\'s second factor from the users page (in Russian); the next sign-in offers a new key', async function () {
    // given: a legal officer enrolled through the API
    const username = 'legal-synthetic-browser';
    const created = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username, fullName: 'Legal Synthetic Browser', role: 'legal', unitCode: 'GPO', password: PASSWORD } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const login = (totp?: string) => stack.api('/api/auth/login', { method: 'POST', user: null, body: { username, password: PASSWORD, ...(totp ? { totp } : {}) } });
    const first = (await login()).body.params.secret as string;
    assert.equal((await login(totpCode(first, new Date()))).status, 200);

    // when: the administrator presses the reset button of the user
    await signInInRussian(page, stack.baseUrl, 'admin');
    const row = page.locator(`[data-testid="user-row"][data-username="${username}"]`);
    await row.getByTestId('user-second-factor').waitFor();
    await row.getByRole('button', { name: ru['admin.user.resetSecondFactor'] }).click();

    // then: said so, the button gone; the next sign-in offers a new key
    await page.getByTestId('notice').filter({ hasText: interpolate(ru['admin.user.secondFactorReset'], { username }) }).waitFor();
    assert.equal(await row.getByRole('button', { name: ru['admin.user.resetSecondFactor'] }).count(), 0);
    await shot(page, 'admin-reset');
    const offered = await login();
    assert.deepEqual([offered.status, offered.body.code], [401, 'totp-enrolment-required']);
    assert.notEqual(offered.body.params.secret, first);
  });
});
