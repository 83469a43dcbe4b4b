import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo';
import { eventually, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, screenshot, signIn } from './support/browser';

/** What a new user does after `npm start`: sign in with the printed coordinator login and broker the demo data. */
describe('web console on the demo data', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => {
    await seedDemoData();
    stack = await TestStack.start();
    baseURL = await stack.listen();
    browser = await launchChromium();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets the printed coordinator login review, open a need’s matches and introduce a provider', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, 'coordinator@gdast.demo', 'Demo@2026');
    await page.waitForURL(/\/coordinator\/review/);
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'demo-review-queue');

    await page.getByRole('link', { name: '需求与匹配' }).click();
    const firstNeed = page.locator('.ant-list-item a').first();
    await eventually(async () => (await firstNeed.count()) > 0 || (await page.reload(), false), 60000, 2000);
    await firstNeed.click();
    const cards = page.getByTestId('match-card');
    await eventually(async () => (await cards.count()) > 0 || (await page.reload(), false), 60000, 2000);
    let index = 0;
    while ((await cards.nth(index).getByRole('button', { name: '同意引荐' }).count()) === 0) index += 1;
    const card = cards.nth(index);
    await card.getByRole('button', { name: '同意引荐' }).click();
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await card.getByText('已引荐，查看进展').waitFor();
    await page.getByRole('link', { name: '对接看板' }).click();
    await page.getByTestId('board-card').first().waitFor();
    await screenshot(page, 'demo-engagement-board');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
