import type { Browser } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, screenshot, signIn } from './support/browser';

/**
 * Issue 19, "missing pages": the coordinator's needs list, filtered by status and region (with counts) and sorted by
 * waiting time or deadline.
 */
describe('web console: the coordinator’s needs list', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `n${Date.now().toString(36)}`;
  const coordinatorEmail = `coord-${tag}@gd.test`;
  const titles = { first: `陶瓷釉料配方优化（${tag}）`, second: `五金件表面处理（${tag}）`, third: `灯具光学设计（${tag}）` };

  beforeAll(async () => {
    stack = await TestStack.start();
    baseURL = await stack.listen();
    browser = await launchChromium();
    const { token: coordinator } = await stack.coordinator(coordinatorEmail, `广东省科协（需求列表${tag}）`, '440000');
    const { token: owner } = await stack.user(`owner-${tag}@fs.test`, { organization: { type: 'enterprise', name: `佛山制造有限公司${tag}`, regionCode: '440600' } });
    const post = (token: string, url: string, body: object = {}) => stack.http.post(url).auth(token, { type: 'bearer' }).send(body);
    const needs: [string, string, string][] = [[titles.first, '广东省佛山市', '2027-03-01'], [titles.second, '广东省江门市', '2027-01-15'], [titles.third, '广东省佛山市', '2027-09-30']];
    for (const [title, region, deadline] of needs) {
      const need = await post(owner, '/api/v1/needs', { title, description: `${title}：寻求专家合作。`, keywords: [tag], region, deadline });
      expect(need.status).toBe(201);
      expect((await post(owner, `/api/v1/needs/${need.body.id}/submit`)).status).toBe(200);
      expect((await post(coordinator, `/api/v1/needs/${need.body.id}/approve`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // publication times a whole second apart: the index keeps seconds
    }
    await eventually(async () => (await stack.http.get('/api/v1/search/needs').query({ q: tag })).body.total === 3, 120000, 500);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('filters by region and sorts by waiting time and deadline', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: '需求与匹配' }).click();
    const query = page.getByTestId('needs-filters').getByLabel(/输入关键词/);
    await query.fill(tag);
    await query.press('Enter');
    const rows = page.getByTestId('needs-table').locator('tbody tr.ant-table-row');
    const order = async () => (await rows.allTextContents()).map((text) => Object.values(titles).find((title) => text.includes(title)));
    await eventually(async () => (await rows.count()) === 3);

    await page.getByRole('columnheader', { name: '已等待' }).click();
    await eventually(async () => JSON.stringify(await order()) === JSON.stringify([titles.first, titles.second, titles.third]));
    await page.getByRole('columnheader', { name: '截止日期' }).click();
    await eventually(async () => JSON.stringify(await order()) === JSON.stringify([titles.second, titles.first, titles.third]));

    await page.getByLabel('地区', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: /江门市 \(1\)/ }).click();
    await eventually(async () => JSON.stringify(await order()) === JSON.stringify([titles.second]));
    await screenshot(page, 'coordinator-needs-list');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
