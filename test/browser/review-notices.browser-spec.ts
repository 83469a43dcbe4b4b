import type { Browser, Locator, Page } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, keepFailureScreens, launchChromium, newSession, screenshot, signIn } from './support/browser';

/**
 * Issue 19, "nobody is told about review events": the province's and the city's coordinators are both told of a new
 * and of a resubmitted need (with the reason it was returned); the enterprise is told it was returned, with the
 * reason, and that it was approved; an introduction request reaches both associations, and once one acted on a task
 * it shows as dealt with in the other's inbox too.
 */
describe('web console: review events reach everyone who must act', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `r${Date.now().toString(36)}`;
  const emails = { province: `prov-${tag}@gd.test`, city: `city-${tag}@fs.test`, owner: `owner-${tag}@fs-ent.test` };
  const title = `陶瓷窑炉余热回收改造（${tag}）`;
  const reason = '请补充窑炉排烟温度和每日运行时长。';
  let token: Record<'province' | 'city' | 'owner', string>;
  let needId = '';
  let providerId = '';

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    const province = await stack.coordinator(emails.province, `广东省科协（通知测试${tag}）`, '440000');
    const city = await stack.coordinator(emails.city, `佛山市科协（通知测试${tag}）`, '440600');
    const owner = await stack.user(emails.owner, {
      organization: { type: 'enterprise', name: `佛山陶瓷股份有限公司${tag}`, regionCode: '440600' },
    });
    token = { province: province.token, city: city.token, owner: owner.token };
    const imported = await post('province', '/api/v1/import/providers', {
      items: [
        {
          externalId: `${tag}-p`,
          kind: 'expert',
          name: `余热专家${tag}`,
          region: '广东省广州市',
          keywords: ['余热回收'],
          contactEmail: `heat-${tag}@expert.test`,
        },
      ],
    });
    providerId = imported.body.ids[`${tag}-p`];
    const need = await post('owner', '/api/v1/needs', {
      title,
      description: '辊道窑排烟温度高，希望回收余热用于干燥工序。',
      keywords: ['余热回收', '陶瓷窑炉'],
      region: '广东省佛山市',
    });
    expect(need.status).toBe(201);
    needId = need.body.id;
    expect((await post('owner', `/api/v1/needs/${needId}/submit`)).status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  function post(who: keyof typeof token, url: string, body: object = {}) {
    return stack.http.post(url).auth(token[who], { type: 'bearer' }).send(body);
  }

  it('notifies both associations and the enterprise, and marks a task dealt with for everyone', async () => {
    const [province, city, owner] = [
      await newSession(browser, baseURL),
      await newSession(browser, baseURL),
      await newSession(browser, baseURL),
    ];
    try {
      await journey(province.page, city.page, owner.page);
    } catch (err) {
      await keepFailureScreens({ province: province.page, city: city.page, owner: owner.page });
      throw err;
    }
    for (const session of [province, city, owner]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });

  async function journey(province: Page, city: Page, owner: Page) {
    // Both associations over Foshan are told of the new need.
    await signIn(city, emails.city, PASSWORD);
    await signIn(province, emails.province, PASSWORD);
    await inInbox(city, (n) => n.filter({ hasText: `需求待审核：${title}` }).getByText(/提交了需求/));
    await inInbox(province, (n) => n.filter({ hasText: `需求待审核：${title}` }));

    // The province returns it; the enterprise reads why; the city's task is dealt with.
    await province.goto('/coordinator/review');
    await province
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('button', { name: /^审\s*核$/ })
      .click();
    await province.getByRole('button', { name: '退回修改' }).click();
    await province.getByLabel('退回理由').fill(reason);
    await province.getByRole('button', { name: '确认退回' }).click();
    await province.getByText('已退回给发布方').waitFor();
    await signIn(owner, emails.owner, PASSWORD);
    await inInbox(owner, (n) => n.filter({ hasText: `需求被退回修改：${title}` }).getByText(reason));
    await screenshot(owner, 'enterprise-notifications');
    await inInbox(city, (n) => n.filter({ hasText: `需求待审核：${title}` }).getByTestId('notification-done'));

    // The enterprise revises in the edit form, which shows the coordinator's reason, and resubmits: both are told, with the reason.
    await owner.goto(`/enterprise/needs/${needId}/edit`);
    await owner.getByTestId('edit-return-reason').getByText(reason).waitFor();
    await owner.getByLabel('详细描述').fill('辊道窑排烟温度约 250℃，每日运行 22 小时，希望回收余热用于干燥工序。');
    await owner.getByRole('button', { name: '保存并提交审核' }).click();
    await owner.getByText('待审核').first().waitFor();
    await inInbox(city, (n) =>
      n
        .filter({ hasText: `需求待审核：${title}` })
        .filter({ hasText: '修改后重新提交' })
        .getByText(`上次退回理由：${reason}`),
    );
    await screenshot(city, 'coordinator-notifications');

    // The queue marks it resubmitted; the review shows why it was returned and what changed since.
    await city.goto('/coordinator/review');
    const row = city.getByRole('row').filter({ hasText: title });
    await row.getByTestId('resubmitted').waitFor();
    await row.getByRole('button', { name: /^审\s*核$/ }).click();
    const diff = city.getByTestId('return-diff');
    await diff.getByTestId('previous-return-reason').getByText(reason).waitFor();
    const changed = diff.getByRole('row').filter({ hasText: '详细描述' });
    await changed.getByText('辊道窑排烟温度高，希望回收余热用于干燥工序。').waitFor();
    await changed.getByText(/250℃，每日运行 22 小时/).waitFor();
    expect(await diff.getByRole('row').filter({ hasText: /^标题/ }).count()).toBe(0);
    await screenshot(city, 'coordinator-review-resubmitted');
    // The city approves in the console: the enterprise hears of it, the province's task is dealt with.
    await city.getByRole('button', { name: '审核通过' }).click();
    await city.getByText('已审核通过并发布').waitFor();
    await inInbox(owner, (n) => n.filter({ hasText: `需求已审核通过：${title}` }));
    await inInbox(province, (n) =>
      n
        .filter({ hasText: `需求待审核：${title}` })
        .filter({ hasText: '修改后重新提交' })
        .getByTestId('notification-done'),
    );

    // The enterprise asks for an introduction: it reaches both associations; the province approves; the city sees it dealt with.
    const request = await post('owner', `/api/v1/needs/${needId}/introduction-requests`, {
      providerId,
      message: '希望请专家来厂评估。',
    });
    expect(request.status).toBe(201);
    await inInbox(city, (n) => n.filter({ hasText: `对接申请待审批：${title}` }));
    await inInbox(province, (n) => n.filter({ hasText: `对接申请待审批：${title}` }));
    expect((await post('province', `/api/v1/introductions/${request.body.id}/approve`, {})).status).toBe(200);
    await inInbox(city, (n) => n.filter({ hasText: `对接申请待审批：${title}` }).getByTestId('notification-done'));
    const unread = await stack.db.query(
      `select count(*)::int as n from notifications n join users u on u.id = n.user_id where u.email = $1 and n.kind = 'introduction.requested' and n.read_at is null`,
      [emails.city],
    );
    expect(unread[0].n).toBe(0);
  }
});

/** Waits until the inbox shows what `find` picks among its entries, reloading it (notifications are written on commit). */
async function inInbox(page: Page, find: (entries: Locator) => Locator): Promise<void> {
  await eventually(
    async () => {
      if (new URL(page.url()).pathname !== '/notifications') await page.goto('/notifications');
      else await page.reload();
      return find(page.getByTestId('notification'))
        .first()
        .waitFor({ timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
    },
    { every: 250 },
  );
}
