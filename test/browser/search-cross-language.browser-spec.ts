import type { Browser, Locator, Page } from 'playwright-core';
import { PASSWORD, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, screenshot, signIn } from './support/browser';

/** Issue 19: the search page finds listings written in the other language, signed out and in the console. */
describe('web console: search across Chinese and English', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `xb${Date.now().toString(36)}`;
  const YUNFU = '445300'; // every listing of this test lies there
  const coordinatorEmail = `coord-${tag}@gd.test`;

  beforeAll(async () => {
    stack = await TestStack.start();
    baseURL = await stack.listen();
    browser = await launchChromium();
    const { token } = await stack.coordinator(coordinatorEmail, `${tag} 广东省科协`, '440000');
    const post = async (path: string, items: unknown[]) => {
      const res = await stack.http.post(path).auth(token, { type: 'bearer' }).send({ items });
      expect(res.body).toMatchObject({ failed: [] });
    };
    await post('/api/v1/import/providers', [
      {
        externalId: `${tag}-p-zh`,
        kind: 'workstation',
        name: `顺德焊接装备院士专家工作站${tag}`,
        region: '广东省云浮市',
        keywords: ['焊接机器人', '视觉引导'],
        bio: '进站团队研究焊接机器人的视觉引导与焊缝跟踪。',
      },
      {
        externalId: `${tag}-p-en`,
        kind: 'expert',
        name: `Daniel Moore ${tag}`,
        region: '广东省云浮市',
        keywords: ['robotic welding', 'seam tracking'],
        bio: 'Builds welding robots that follow the seam with a camera.',
      },
    ]);
    await post('/api/v1/import/capabilities', [
      {
        externalId: `${tag}-c-zh`,
        providerExternalId: `${tag}-p-zh`,
        title: `焊接机器人视觉引导系统${tag}`,
        description: '用相机识别焊缝，自动生成机器人焊接轨迹。',
        keywords: ['焊接机器人', '机器视觉'],
      },
    ]);
    await post('/api/v1/import/needs', [
      {
        externalId: `${tag}-n-zh`,
        title: `焊接机器人视觉引导改造${tag}`,
        description: '五金件小批量生产，希望焊接机器人能用视觉自动找焊缝。',
        keywords: ['焊接', '机器人'],
        region: '广东省云浮市',
        organizationName: `${tag} 顺德五金厂`,
      },
      {
        externalId: `${tag}-n-en`,
        title: `Vision-guided welding robot for small batches ${tag}`,
        description: 'A hardware maker wants robots that find the seam by camera.',
        keywords: ['welding', 'machine vision'],
        region: '广东省云浮市',
        organizationName: `${tag} Foshan Hardware Co.`,
      },
    ]);
    await stack.settle(); // indexed before the browser looks
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** Types the query as a user would, then narrows it to this run's region (the index is shared with other tests). */
  const search = async (page: Page, label: RegExp, button: RegExp, q: string) => {
    await page.getByLabel(label).fill(q);
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === q);
    await page.goto(`${page.url()}&region=${YUNFU}`);
  };
  const hit = (page: Page, title: RegExp): Locator => page.getByTestId('search-hit').filter({ hasText: title });
  const titles = async (page: Page) => (await page.getByTestId('search-hit').allTextContents()).join('\n');

  it('signed out, "welding robot" finds the Chinese need, capability and workstation, the English need first', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await page.goto('/search');
    await search(page, /输入关键词/, /搜\s*索/, 'welding robot');
    await hit(page, new RegExp(`焊接机器人视觉引导改造${tag}`)).waitFor();
    const needs = await titles(page);
    expect(needs.indexOf(`Vision-guided welding robot for small batches ${tag}`)).toBeGreaterThanOrEqual(0);
    expect(needs.indexOf(`Vision-guided welding robot for small batches ${tag}`)).toBeLessThan(
      needs.indexOf(`焊接机器人视觉引导改造${tag}`),
    );
    await screenshot(page, 'search-cross-language');

    await page.getByRole('tab', { name: '科技所能' }).click();
    await hit(page, new RegExp(`焊接机器人视觉引导系统${tag}`)).waitFor();
    await page.getByRole('tab', { name: /专家/ }).click();
    await hit(page, new RegExp(`顺德焊接装备院士专家工作站${tag}`)).waitFor();
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('in the console, in English, "焊接机器人" finds the English need and expert', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, coordinatorEmail, PASSWORD);
    await page.goto('/search');
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await search(page, /Keywords in Chinese or English/, /^Search$/, '焊接机器人');
    await hit(page, new RegExp(`Vision-guided welding robot for small batches ${tag}`)).waitFor();
    await hit(page, new RegExp(`焊接机器人视觉引导改造${tag}`)).waitFor();
    await page.getByRole('tab', { name: 'Experts, societies, workstations' }).click();
    await hit(page, new RegExp(`Daniel Moore ${tag}`)).waitFor();
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
