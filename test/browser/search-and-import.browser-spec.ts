import type { Browser } from 'playwright-core';
import { needs, providers } from '../support/fixtures';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, PHONE, screenshot, signIn } from './support/browser';

/** Journeys (b) a coordinator imports a CSV with two bad rows, and (c) a public search narrowed by a facet. */
describe('web console: public search and bulk import', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `w${Date.now().toString(36)}`;
  const coordinatorEmail = `coord-${tag}@gd.test`;

  beforeAll(async () => {
    stack = await TestStack.start();
    baseURL = await stack.listen();
    browser = await launchChromium();
    const { token } = await stack.coordinator(coordinatorEmail, '广东省科协（浏览器测试）', '440000');
    const post = (path: string, items: unknown[]) =>
      stack.http.post(path).auth(token, { type: 'bearer' }).send({ items });
    await post('/api/v1/import/providers', providers(tag));
    const withModes = needs(tag).map((n, i) => ({ ...n, cooperationModes: i % 2 ? ['技术咨询'] : ['联合攻关'] }));
    await post('/api/v1/import/needs', withModes);
    await stack.settle(); // indexed and ranked before the browser looks
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('finds needs in Chinese, narrows them with a facet, and keeps the filter after switching to English', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await page.goto('/search');
    await page.getByLabel(/输入关键词/).fill('电池材料');
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    const firstHit = page.getByTestId('search-hit').first();
    await firstHit.waitFor();
    await expectText(firstHit.locator('mark').first(), /电池|材料/);

    const apiTotal = async (query: object) =>
      (await stack.http.get('/api/v1/search/needs').query(query)).body.total as number;
    const [all, joint] = [await apiTotal({}), await apiTotal({ mode: 'joint_rnd' })];
    expect(joint).toBeGreaterThan(0);
    expect(joint).toBeLessThan(all);
    await page.getByLabel(/输入关键词/).fill('');
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await page.getByText(`共 ${all} 条结果`, { exact: true }).waitFor();
    await page
      .locator('[data-facet="mode"]')
      .getByRole('button', { name: /联合攻关/ })
      .click();
    await page.waitForURL(/mode=joint_rnd/);
    await page.getByText(`共 ${joint} 条结果`, { exact: true }).waitFor();
    for (const hit of await page.getByTestId('search-hit').all()) await expectText(hit, /联合攻关/);
    await page.getByLabel(/输入关键词/).fill('材料');
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await page.waitForURL(/q=/);
    await page.getByTestId('search-hit').first().locator('mark').first().waitFor();
    expect(page.url()).not.toMatch(/mode=/); // a new query starts without the previous query's facets (issue 19)
    await page
      .locator('[data-facet="mode"]')
      .getByRole('button', { name: /联合攻关/ })
      .click();
    await page.waitForURL(/mode=joint_rnd/);
    await screenshot(page, 'public-search');

    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.getByText(/^\d+ results$/).waitFor();
    await page
      .locator('[data-facet="mode"]')
      .getByRole('button', { name: /Joint R&D/, pressed: true })
      .waitFor();
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('loads the public search fast: only the public chunks, compressed', async () => {
    const { context, page } = await newSession(browser, baseURL);
    const started = Date.now();
    await page.goto('/search');
    await page.getByTestId('search-hit').first().waitFor();
    const firstResultsMs = Date.now() - started;
    const figures = await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        scripts: scripts.length,
        transferredKB: Math.round(scripts.reduce((n, e) => n + e.transferSize, 0) / 1024),
        decodedKB: Math.round(scripts.reduce((n, e) => n + e.decodedBodySize, 0) / 1024),
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        names: scripts.map((e) => new URL(e.name).pathname.split('/').pop()!),
      };
    });
    if (process.env.WEB_FIRST_LOAD_DETAIL) console.log(figures.names.join(' '));
    console.log(
      `first load of /search: ${figures.scripts} scripts, ${figures.transferredKB} KB transferred (${figures.decodedKB} KB uncompressed), DOMContentLoaded ${figures.domContentLoadedMs} ms, first results ${firstResultsMs} ms`,
    );
    expect(figures.names.some((n) => /^(CoordinatorArea|EnterpriseArea|ExpertArea|ImportPage)-/.test(n))).toBe(false);
    expect(figures.transferredKB).toBeLessThan(figures.decodedKB / 2);
    expect(figures.transferredKB).toBeLessThan(450);
    await context.close();
  });

  it('can be used from the keyboard: skip link, then a search typed and sent with Enter', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await page.goto('/search');
    await page.getByTestId('search-hit').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/输入关键词/);
    await page.keyboard.type('对虾');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=%E5%AF%B9%E8%99%BE/);
    await expectText(page.getByTestId('search-hit').first(), /对虾/);
    await context.close();
  });

  it('shows the search on a phone', async () => {
    const { context, page } = await newSession(browser, baseURL, { viewport: PHONE });
    await page.goto('/search?kind=providers');
    await page.getByTestId('search-hit').first().waitFor();
    await page.getByRole('button', { name: '打开菜单' }).waitFor();
    await screenshot(page, 'public-search-phone');
    await context.close();
  });

  it('imports a CSV through the coordinator workbench and reports the two bad rows by row number and field', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: '批量导入' }).click();
    const csv = [
      'externalId,kind,name,title,affiliation,region,fields,keywords,bio',
      `${tag}-c1,expert,陈海燕,研究员,华南农业大学,广东省广州市,水产,对虾育种;病害防控,长期从事南美白对虾育种与病害防控研究。`,
      `${tag}-c2,expert,,教授,广东工业大学,广东省佛山市,机械工程,焊接机器人,缺少姓名的一行。`,
      `${tag}-c3,society,佛山市机械工程学会,,,佛山,机械工程,智能制造;数控机床,组织会员为中小企业提供技术诊断。`,
      `${tag}-c4,consultant,李明,高级工程师,,广东省茂名市,化工,石化安全,类型填错的一行。`,
      `${tag}-c5,workstation,新会陈皮院士专家工作站,,,广东省江门市,食品科学,陈皮;深加工,围绕陈皮深加工开展联合攻关。`,
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'providers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expectText(page.getByTestId('import-file'), /读取到 5 行/);
    await page.getByRole('button', { name: '开始导入' }).click();
    const report = page.getByTestId('import-report');
    await report.getByRole('table').waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^3${tag}-c2name`));
    expect(rows[1]).toMatch(new RegExp(`^5${tag}-c4kind`));
    await expectText(report, /新增\s*3/);
    await page
      .locator('.ant-progress')
      .getByText('100%')
      .or(page.locator('.ant-progress-status-success'))
      .first()
      .waitFor();
    await screenshot(page, 'coordinator-import');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});

async function expectText(locator: import('playwright-core').Locator, pattern: RegExp) {
  await eventually(async () => pattern.test((await locator.textContent()) ?? ''), { every: 100 });
}
