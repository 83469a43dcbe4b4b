import type { Browser, Page } from 'playwright-core';
import { PASSWORD, TestStack } from '../support/stack';
import { jsErrors, keepFailureScreens, launchChromium, newSession, signIn } from './support/browser';

/**
 * Issue 17: an expert's own profile is reviewed in the console like a listing. The coordinator of its region finds it
 * in the review queue beside needs and capabilities, returns it with a reason, and the expert reads that reason on the
 * profile page, revises and saves; the coordinator approves, and the expert sees it approved.
 */
describe('web console: the review of an expert’s own profile', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `p${Date.now().toString(36)}`;
  const emails = { coordinator: `gz-${tag}@profile.test`, expert: `expert-${tag}@profile.test` };
  const name = `林海峰${tag}`;
  const reason = '请在简介中写明主要研究方向和代表性成果。';

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    await stack.coordinator(emails.coordinator, `广州市科协（资料审核${tag}）`, '440100');
    const expert = await stack.user(emails.expert);
    const saved = await stack.http
      .put('/api/v1/me/expert-profile')
      .auth(expert.token, { type: 'bearer' })
      .send({ name, title: '教授', affiliation: '华南理工大学', region: '广东省广州市', keywords: ['固态电解质'] });
    expect(saved.body.reviewState).toBe('submitted');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('returns the profile with a reason the expert reads, then approves the revision', async () => {
    const [coordinator, expert] = [await newSession(browser, baseURL), await newSession(browser, baseURL)];
    try {
      await journey(coordinator.page, expert.page);
    } catch (err) {
      await keepFailureScreens({ coordinator: coordinator.page, expert: expert.page });
      throw err;
    }
    for (const session of [coordinator, expert]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });

  async function openInQueue(page: Page) {
    await page.goto('/coordinator/review');
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('专家资料').waitFor();
    await row.getByRole('button', { name: /^审\s*核$/ }).click();
    return page.getByTestId('profile-review');
  }

  async function journey(coordinator: Page, expert: Page) {
    await signIn(coordinator, emails.coordinator, PASSWORD);
    const review = await openInQueue(coordinator);
    await review.getByText('新的专家资料：通过前不会出现在搜索和匹配中。').waitFor();
    await review.getByText('华南理工大学').waitFor();
    await coordinator.getByRole('button', { name: '退回修改' }).click();
    await coordinator.getByLabel('退回理由').fill(reason);
    await coordinator.getByRole('button', { name: '确认退回' }).click();
    await coordinator.getByText('已退回给发布方').waitFor();

    await signIn(expert, emails.expert, PASSWORD);
    await expert.goto('/expert/profile');
    await expert.getByTestId('profile-review-state').getByText(reason, { exact: false }).waitFor();
    await expert.getByLabel('个人简介').fill('研究硫化物固态电解质的界面稳定性，代表性成果为复合固态电解质膜专利。');
    await expert.getByRole('button', { name: /^保\s*存$/ }).click();
    await expert
      .getByTestId('profile-review-state')
      .getByText(/正在等待所在地区科协协调员审核/)
      .waitFor();

    const again = await openInQueue(coordinator);
    await again.getByText(`上次退回理由：${reason}`).waitFor();
    await again.getByText(/复合固态电解质膜专利/).waitFor();
    await coordinator.getByRole('button', { name: '审核通过' }).click();
    await coordinator.getByText('已审核通过并发布').waitFor();

    await expert.reload();
    await expert.getByTestId('profile-review-state').getByText('已审核通过，企业可以检索到您的资料。').waitFor();
  }
});
