import type { Browser } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, launchChromium, newSession, screenshot, signIn } from './support/browser';

/**
 * Issue 19, "missing pages" (those done so far): the account page (language kept for notices and e-mails, e-mail by
 * kind, password), the association's reminder periods, the admins' link to the queue dashboard, and a visitor's call
 * to action on a need.
 */
describe('web console: account, association settings and a visitor on a need', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `m${Date.now().toString(36)}`;
  const emails = { coordinator: `coord-${tag}@gd.test`, owner: `owner-${tag}@zs.test`, admin: `admin-${tag}@platform.test` };
  let associationId = '';
  let needId = '';

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    const coordinator = await stack.coordinator(emails.coordinator, `中山市科协（页面测试${tag}）`, '442000');
    associationId = coordinator.organization!.id;
    const owner = await stack.user(emails.owner, { organization: { type: 'enterprise', name: `中山灯饰有限公司${tag}`, regionCode: '442000' } });
    await stack.user(emails.admin, { admin: true });
    const need = await stack.http.post('/api/v1/needs').auth(owner.token, { type: 'bearer' })
      .send({ title: `LED 灯具散热结构优化（${tag}）`, description: '大功率灯具温升过高，寻求散热结构设计专家。', keywords: ['散热', 'LED'], region: '广东省中山市' }).expect(201);
    needId = need.body.id;
    await stack.http.post(`/api/v1/needs/${needId}/submit`).auth(owner.token, { type: 'bearer' }).expect(200);
    await stack.http.post(`/api/v1/needs/${needId}/approve`).auth(coordinator.token, { type: 'bearer' }).expect(200);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets a user set language, e-mails by kind and password on the account page', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, emails.owner, PASSWORD);
    await page.getByRole('button', { name: '我的账号' }).click();
    await page.getByRole('menuitem', { name: '账号设置' }).click();
    await page.waitForURL(/\/account$/);

    await page.getByTestId('notification-preferences').getByRole('switch', { name: '信息被退回修改' }).click();
    await eventually(async () => (await stack.db.query(
      `select p.email_muted_kinds from notification_preferences p join users u on u.id = p.user_id where u.email = $1`, [emails.owner]))[0]?.email_muted_kinds?.includes('listing.returned'));

    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill('Lighting@2026');
    await page.getByLabel('再次输入新密码').fill('Lighting@2026');
    await page.getByRole('button', { name: '修改密码' }).last().click();
    await page.getByText('密码已修改').waitFor();
    expect((await stack.http.post('/api/v1/auth/login').send({ email: emails.owner, password: 'Lighting@2026' })).status).toBe(200);

    await page.getByTestId('account-language').getByText('English').click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await eventually(async () => (await stack.db.query('select locale from users where email = $1', [emails.owner]))[0].locale === 'en');
    await screenshot(page, 'account-page-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('lets a coordinator change the association’s reminder periods', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, emails.coordinator, PASSWORD);
    await page.getByRole('link', { name: '科协设置' }).click();
    const field = page.getByLabel('对接邀请未回复，几天后提醒当事方');
    await eventually(async () => (await field.inputValue()) === '3');
    await field.fill('5');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('提醒周期已保存').waitFor();
    const settings = await stack.http.get(`/api/v1/associations/${associationId}/reminder-settings`)
      .auth((await stack.http.post('/api/v1/auth/login').send({ email: emails.coordinator, password: PASSWORD })).body.accessToken, { type: 'bearer' });
    expect(settings.body.periods.invitationReminderDays).toBe(5);
    await screenshot(page, 'association-settings');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows admins the link to the queue dashboard', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, emails.admin, PASSWORD);
    await page.getByRole('button', { name: '我的账号' }).click();
    expect(await page.getByRole('menuitem', { name: '后台任务监控' }).getByRole('link').getAttribute('href')).toBe('/admin/queues');
    await context.close();
  });

  it('invites a visitor on a need to sign in and offer help', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await page.goto(`/needs/${needId}`);
    await page.getByTestId('sign-in-to-help').getByRole('button', { name: '登录后提供帮助' }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    expect(decodeURIComponent(page.url())).toContain(`/needs/${needId}`);
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
