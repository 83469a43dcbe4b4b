import type { Browser } from 'playwright-core';
import { PASSWORD, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, signIn } from './support/browser';

/**
 * Issue 17: the console keeps its refresh token in an HttpOnly, SameSite=Strict cookie and its access token in memory,
 * so no script on the page can read either from storage; a reload or a second tab resumes the session from the cookie.
 */
describe('console session in an HttpOnly cookie', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const email = `cookie-${Date.now().toString(36)}@console.test`;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    await stack.user(email);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const liveRefreshTokens = async () =>
    (
      await stack.db.query(
        `select count(*)::int as n from refresh_tokens r join users u on u.id = r.user_id where u.email = $1 and r.revoked_at is null`,
        [email],
      )
    )[0].n as number;

  it('signs in without tokens in storage, resumes after a reload and in a second tab, and signs out for good', async () => {
    const before = await liveRefreshTokens(); // the fixture's own sign-in
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, email, PASSWORD);
    const account = page.getByRole('button', { name: '我的账号' });
    await account.waitFor();

    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/eyJ/); // no JWT
    expect(stored).not.toContain('mkt_refresh');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'mkt_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await liveRefreshTokens()).toBe(before + 1);

    await page.reload();
    await account.waitFor();
    const second = await context.newPage();
    await second.goto('/search');
    await second.getByRole('button', { name: '我的账号' }).waitFor();

    await account.click();
    await page.getByText('退出登录').click();
    await page
      .getByRole('button', { name: /登\s*录/ })
      .first()
      .waitFor();
    expect((await context.cookies()).filter((c) => c.name === 'mkt_refresh')).toEqual([]);
    await page.reload();
    await page
      .getByRole('button', { name: /登\s*录/ })
      .first()
      .waitFor();
    expect(await liveRefreshTokens()).toBe(before); // the console's sign-in ended, others untouched
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
