import { unsubscribeToken } from '@app/alerts';
import { Environment } from '@app/config';
import type { Browser } from 'playwright-core';
import { eventually, TestStack } from '../support/stack';
import { confirmDialog, jsErrors, newSession, screenshot, signIn } from './support/browser';
import { startDemoConsole, stopDemoConsole } from './support/demo-console';

/**
 * Saved searches in the console: an enterprise member saves the search they are looking at from the search page,
 * manages it on "My saved searches" (in English), and the unsubscribe link of its e-mails works signed out.
 */
describe('web console: saved searches and alerts', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const email = 'owner@ruifeng.demo';

  beforeAll(async () => ({ stack, browser, baseURL } = await startDemoConsole()));
  afterAll(() => stopDemoConsole({ stack, browser }));

  const savedOf = async () =>
    stack.db.query<
      {
        id: string;
        name: string;
        query: string;
        region_code: string | null;
        frequency: string;
        paused_at: Date | null;
      }[]
    >(
      `select s.id, s.name, s.query, s.region_code, s.frequency, s.paused_at from saved_searches s join users u on u.id = s.user_id where u.email = $1 order by s.created_at`,
      [email],
    );

  it('saves the current search from the search page, with its words and region', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, email, 'Demo@2026');
    // The worker indexes the demo data after the seed: wait for the index to hold the need the page will show.
    await eventually(
      async () => (await stack.http.get('/api/v1/search/needs').query({ q: '焊接', region: '440600' })).body.total >= 1,
    );
    await page.goto('/search?q=焊接&region=440600');
    await page.getByTestId('search-hit').first().waitFor();
    await page.getByTestId('save-search').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('关键词：焊接').waitFor();
    await dialog.getByText('地区：佛山市').waitFor();
    await dialog.getByLabel('订阅名称').fill('佛山焊接需求');
    await dialog.getByLabel('即时（有新结果就通知）').check();
    await screenshot(page, 'saved-search-dialog');
    // The confirmation is a toast that lasts three seconds: watch for it before saving.
    const savedToast = page.getByText('已保存。可在“我的订阅”中修改或暂停。').waitFor();
    await confirmDialog(dialog, dialog.getByRole('button', { name: /保\s*存/ }));
    await savedToast;
    const [saved] = await eventually(async () => ((await savedOf()).length ? savedOf() : null));
    expect(saved).toMatchObject({
      name: '佛山焊接需求',
      query: '焊接',
      region_code: '440600',
      frequency: 'immediate',
      paused_at: null,
    });
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('lists my saved searches in English: change the frequency and pause one', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    await signIn(page, email, 'Demo@2026');
    await page.goto('/saved-searches');
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: '佛山焊接需求' });
    await row.getByText('Words：焊接').waitFor();
    await row.getByRole('switch', { name: 'Alerts on' }).click();
    await page.getByText('Updated').first().waitFor();
    await eventually(async () => (await savedOf())[0].paused_at !== null);
    await row.getByLabel('How often').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Daily digest (08:00)' }).click();
    await eventually(async () => (await savedOf())[0].frequency === 'daily');
    await row.getByText('Paused').waitFor();
    await screenshot(page, 'saved-searches-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('unsubscribes from the e-mail’s link signed out, after asking', async () => {
    const [saved] = await savedOf();
    await stack.db.query(`update saved_searches set paused_at = null where id = $1`, [saved.id]);
    const { context, page } = await newSession(browser, baseURL);
    const token = unsubscribeToken(stack.api.get(Environment).JWT_SECRET, saved.id);
    await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await page.getByText('确认后，这个订阅将不再发送站内消息和邮件', { exact: false }).waitFor();
    expect((await savedOf())[0].paused_at).toBeNull();
    await page.getByRole('button', { name: '确认退订' }).click();
    await page.getByText('已退订“佛山焊接需求”，不会再收到它的提醒。').waitFor();
    expect((await savedOf())[0].paused_at).not.toBeNull();
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
