import type { Browser } from 'playwright-core';
import { eventually, TestStack } from '../support/stack';
import { confirmDialog, jsErrors, newSession, screenshot, signIn } from './support/browser';
import { startDemoConsole, stopDemoConsole } from './support/demo-console';

/** What a new user does after `npm start`: sign in with the printed coordinator login and broker the demo data. */
describe('web console on the demo data', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => ({ stack, browser, baseURL } = await startDemoConsole()));
  afterAll(() => stopDemoConsole({ stack, browser }));

  it('lets the printed coordinator login review, open a need’s matches and introduce a provider', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, 'coordinator@gdast.demo', 'Demo@2026');
    await page.waitForURL(/\/coordinator\/review/);
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'demo-review-queue');

    await page.getByRole('link', { name: '需求与匹配' }).click();
    const firstNeed = page.getByTestId('needs-table').locator('tbody tr.ant-table-row a').first();
    await eventually(async () => (await firstNeed.count()) > 0 || (await page.reload(), false), { every: 2000 });
    await firstNeed.click();
    const cards = page.getByTestId('match-card');
    await eventually(async () => (await cards.count()) > 0 || (await page.reload(), false), { every: 2000 });
    let index = 0;
    while ((await cards.nth(index).getByRole('button', { name: '同意引荐' }).count()) === 0) index += 1;
    const card = cards.nth(index);
    await card.getByRole('button', { name: '同意引荐' }).click();
    const dialog = page.getByRole('dialog');
    await confirmDialog(dialog, dialog.getByRole('button', { name: /提\s*交/ }));
    await card.getByText('已引荐，查看进展').waitFor();
    await page.getByRole('link', { name: '对接看板' }).click();
    await page.getByTestId('board-card').first().waitFor();
    await screenshot(page, 'demo-engagement-board');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('sets up an enterprise and its account on a user’s behalf, and the user takes it over with the link', async () => {
    const tag = Date.now().toString(36);
    const coordinator = await newSession(browser, baseURL);
    await signIn(coordinator.page, 'coordinator@gdast.demo', 'Demo@2026');
    await coordinator.page.getByRole('link', { name: '代办注册' }).click();
    await coordinator.page.getByLabel('机构名称').fill(`江门新会陈皮加工厂${tag}`);
    await coordinator.page.getByLabel('所在地区').click();
    await coordinator.page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: /^广东省$/ })
      .click();
    await coordinator.page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: /^江门市$/ })
      .click();
    await coordinator.page.keyboard.press('Escape');
    await coordinator.page.getByRole('button', { name: '建立机构' }).click();
    await coordinator.page.getByLabel('所属机构').locator('..').getByText(`江门新会陈皮加工厂${tag}`).waitFor();
    await coordinator.page.getByLabel('姓名').fill('陈志强');
    await coordinator.page.getByLabel('邮箱').fill(`chen.${tag}@chenpi.test`);
    await coordinator.page.getByRole('button', { name: '建立账号' }).click();
    const link = (await coordinator.page.locator('.ant-alert-success code').textContent())!;
    await screenshot(coordinator.page, 'coordinator-concierge');

    const owner = await newSession(browser, baseURL);
    await owner.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await owner.page.getByLabel('新密码').fill('Chenpi@2026');
    await owner.page.getByRole('button', { name: '设置密码并登录' }).click();
    await owner.page.waitForURL(/\/enterprise\/needs$/);
    await owner.page.getByRole('button', { name: '发布需求' }).waitFor();
    for (const session of [coordinator, owner]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });
});
