import type { Browser, Page } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import {
  confirmDialog,
  jsErrors,
  keepFailureScreens,
  launchChromium,
  newSession,
  screenshot,
  signIn,
} from './support/browser';

/**
 * Issue 19, "stalls a coordinator": match scores read as bands with the probability explained; "not a fit" and
 * "remove" say what they do; the coordinator introduces a provider found by search inside the need page, sees both
 * sides' contacts while brokering and answers for the expert reached by phone; each side sees what it needs to decide
 * (the expert: budget, deadline, cooperation mode; the enterprise: the expert's record); the timeline is in words;
 * after a decline the coordinator fetches the next candidates.
 */
describe('web console: brokering tools for a coordinator', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `b${Date.now().toString(36)}`;
  const emails = {
    coordinator: `coord-${tag}@gd.test`,
    owner: `owner-${tag}@battery.test`,
    expert: `wu-${tag}@scut.test`,
  };
  const title = `动力电池正极材料循环寿命提升（${tag}）`;
  const expertName = `吴磊${tag}`;
  let needId = '';

  beforeAll(async () => {
    stack = await TestStack.start();
    baseURL = await stack.listen();
    browser = await launchChromium();
    const { token: coordinator } = await stack.coordinator(
      emails.coordinator,
      `广东省科协（撮合测试${tag}）`,
      '440000',
    );
    const { token: owner } = await stack.user(emails.owner, {
      organization: { type: 'enterprise', name: `惠州电池科技有限公司${tag}`, regionCode: '441300' },
    });
    await stack.http
      .post('/api/v1/auth/register')
      .send({ email: emails.expert, password: PASSWORD, displayName: '吴磊', locale: 'zh-CN' })
      .expect(201);
    const login = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: emails.expert, password: PASSWORD })
      .expect(200);
    const expertProfile = await stack.http
      .put('/api/v1/me/expert-profile')
      .auth(login.body.accessToken, { type: 'bearer' })
      .send({
        name: expertName,
        title: '副教授',
        affiliation: '华南理工大学',
        region: '广东省广州市',
        fields: ['材料'],
        keywords: ['固态电解质', '界面工程'],
        contactPhone: '13700137000',
        bio: '研究固态电池电解质与电极界面。',
        publications: [{ kind: 'patent', title: `一种复合固态电解质膜的制备方法（${tag}）`, year: 2024 }],
      })
      .expect(200);
    // A profile an expert writes is public once a coordinator in charge approved it (issue 17).
    await stack.approveExpertProfile(expertProfile.body.id);
    await stack.http
      .post('/api/v1/import/providers')
      .auth(coordinator, { type: 'bearer' })
      .send({
        items: [
          {
            externalId: `${tag}-s`,
            kind: 'society',
            name: `广东省电池行业学会${tag}`,
            region: '广东省广州市',
            fields: ['材料'],
            keywords: ['动力电池', '正极材料', '循环寿命'],
            bio: '组织会员单位开展动力电池正极材料与循环寿命测试。',
            contactEmail: `society-${tag}@battery.test`,
          },
          {
            externalId: `${tag}-z`,
            kind: 'expert',
            name: `周敏${tag}`,
            title: '研究员',
            region: '广东省深圳市',
            fields: ['材料'],
            keywords: ['正极材料', '表面包覆', '循环寿命'],
            bio: '从事锂电池正极材料表面包覆与失效分析。',
            contactPhone: '0755-2601 0000',
          },
          {
            externalId: `${tag}-h`,
            kind: 'expert',
            name: `何静${tag}`,
            title: '教授',
            region: '广东省广州市',
            fields: ['材料'],
            keywords: ['正极材料', '高镍', '掺杂改性'],
            bio: '研究高镍正极材料掺杂改性。',
            contactEmail: `he-${tag}@scut.test`,
          },
        ],
      })
      .expect(200);
    const need = await stack.http
      .post('/api/v1/needs')
      .auth(owner, { type: 'bearer' })
      .send({
        title,
        description: '三元动力电池 800 次循环后容量衰减超过 20%，寻求正极材料与循环寿命方面的专家联合攻关。',
        keywords: ['正极材料', '循环寿命', '动力电池'],
        region: '广东省惠州市',
        cooperationModes: ['联合攻关'],
        budgetMin: 200000,
        budgetMax: 500000,
        deadline: '2027-06-30',
      })
      .expect(201);
    needId = need.body.id;
    await stack.http.post(`/api/v1/needs/${needId}/submit`).auth(owner, { type: 'bearer' }).expect(200);
    await stack.http.post(`/api/v1/needs/${needId}/approve`).auth(coordinator, { type: 'bearer' }).expect(200);
    await eventually(async () => (await stack.http.get('/api/v1/search/providers').query({ q: tag })).body.total >= 4, {
      every: 500,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('brokers an introduction end to end with the console’s tools', async () => {
    const [coordinator, owner, expert] = [
      await newSession(browser, baseURL),
      await newSession(browser, baseURL),
      await newSession(browser, baseURL),
    ];
    try {
      await journey(coordinator.page, owner.page, expert.page);
    } catch (err) {
      await keepFailureScreens({ coordinator: coordinator.page, owner: owner.page, expert: expert.page });
      throw err;
    }
    for (const session of [coordinator, owner, expert]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });

  async function journey(coordinator: Page, owner: Page, expert: Page) {
    // Scores read as bands, with the calibrated probability explained on hover.
    await signIn(coordinator, emails.coordinator, PASSWORD);
    await coordinator.goto(`/coordinator/needs/${needId}`);
    const cards = coordinator.getByTestId('match-card');
    await eventually(async () => (await cards.count()) >= 2 || (await coordinator.reload(), false), { every: 1000 });
    const band = cards.first().getByTestId('match-band');
    expect(await band.textContent()).toMatch(/^(强|中|弱)匹配$/);
    await cards.first().getByTestId('match-score').hover();
    await coordinator
      .getByRole('tooltip')
      .getByText(/按历史对接标注校准的概率/)
      .waitFor();

    // "Not a fit" and "remove" say what each does.
    await cards.first().getByRole('button', { name: '从本需求移除' }).click();
    await coordinator.getByTestId('action-explained').getByText('永久移除').waitFor();
    const explained = coordinator.getByRole('dialog');
    await confirmDialog(explained, explained.getByRole('button', { name: /取\s*消/ }));
    await cards.first().getByRole('button', { name: '标记不合适' }).click();
    await coordinator.getByTestId('action-explained').getByText('仍留在列表中').waitFor();
    await confirmDialog(explained, explained.getByRole('button', { name: /取\s*消/ }));
    await coordinator.evaluate(() => window.scrollTo(0, 0));
    await screenshot(coordinator, 'coordinator-matches-bands');

    // The expert is not among the suggestions: the coordinator finds and introduces him from the need page.
    const other = coordinator.getByTestId('introduce-other');
    await other.getByRole('combobox').fill(expertName);
    await coordinator.locator('.ant-select-item-option').filter({ hasText: expertName }).click();
    await other.getByRole('button', { name: '发出引荐' }).click();
    await coordinator.getByText(`已向双方发出引荐邀请：${expertName}`).waitFor();
    const [{ id: engagementId }] = await stack.db.query(
      `select e.id from engagements e join providers p on p.id = e.provider_id where e.need_id = $1 and p.name = $2`,
      [needId, expertName],
    );

    // Before answering, the expert sees the budget, the deadline and the cooperation mode.
    await signIn(expert, emails.expert, PASSWORD);
    await expert.goto(`/engagements/${engagementId}`);
    const terms = expert.getByTestId('need-terms');
    for (const text of ['联合攻关', '200000 – 500000', '2027-06-30']) await terms.getByText(text).waitFor();

    // While brokering, the coordinator sees whom to call on both sides, and answers for the expert after a call.
    await coordinator.goto(`/engagements/${engagementId}`);
    await coordinator.getByTestId('broker-contact-provider').getByText('13700137000').waitFor();
    await coordinator.getByTestId('broker-contact-enterprise').getByText(emails.owner).waitFor();
    const behalf = coordinator.getByTestId('behalf-panel-provider');
    await behalf
      .getByRole('button', { name: /代专家/ })
      .first()
      .click();
    await behalf.getByText('请填写通话记录').waitFor();
    await behalf.getByLabel(/通话记录/).fill('12 月 5 日上午电话联系吴老师，他同意先线上交流一次。');
    await behalf.getByRole('button', { name: /接受$/ }).click();
    const acceptDialog = coordinator.getByRole('dialog');
    await confirmDialog(acceptDialog, acceptDialog.getByRole('button', { name: '确认接受' }));
    await coordinator.getByText('（协调员电话联系后代为答复）').waitFor();
    await screenshot(coordinator, 'coordinator-engagement-brokering');

    // The enterprise sees the expert's record before it answers, and declines; the timeline says why in words.
    await signIn(owner, emails.owner, PASSWORD);
    await owner.goto(`/engagements/${engagementId}`);
    await owner.getByTestId('provider-profile').getByText(`一种复合固态电解质膜的制备方法（${tag}）`).waitFor();
    await owner
      .getByTestId('respond-panel')
      .getByRole('button', { name: /^婉\s*拒$/ })
      .click();
    await owner.getByLabel('婉拒原因').click();
    await owner.locator('.ant-select-item-option').filter({ hasText: '不在我的专业领域' }).click();
    await owner.getByRole('button', { name: /确认婉拒/ }).click();
    await owner.getByTestId('engagement-stage').getByText('已关闭').waitFor();

    await coordinator.reload();
    await coordinator.getByText('进入“已关闭” — 一方婉拒').waitFor();
    await coordinator.getByText(/企业答复：已婉拒 — 不在我的专业领域/).waitFor();
    expect(await coordinator.getByText('— declined').count()).toBe(0);

    // The next candidates, one click away: matched providers not yet introduced.
    await coordinator.getByTestId('next-candidates').click();
    await coordinator.waitForURL(/\?next=1$/);
    await coordinator.getByTestId('load-next-candidates').click();
    const next = coordinator.getByTestId('next-candidate');
    await next.first().waitFor();
    expect(await next.filter({ hasText: expertName }).count()).toBe(0);
  }
});
