import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo';
import { MailSink } from '../support/mail-sink';
import { forgetSignInAttempts } from '../support/sign-in-attempts';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, keepFailureScreens, launchChromium, newSession, screenshot, signIn } from './support/browser';

const DEMO_PASSWORD = 'Demo@2026';

/**
 * Issue 19, "missing pages": the account page, the association's reminder periods, the admin's audit log and queue
 * link, the coordinator's needs table with filters and sortable columns, a visitor's call to action on a need; and the
 * public search still loads none of them.
 */
describe('web console: account, settings, admin and list pages', () => {
  let stack: TestStack;
  let sink: MailSink;
  let browser: Browser;
  let baseURL: string;
  const tag = `mp${Date.now().toString(36)}`;

  beforeAll(async () => {
    await seedDemoData();
    sink = await MailSink.start();
    process.env.SMTP_URL = sink.url;
    try {
      stack = await TestStack.start();
    } finally {
      delete process.env.SMTP_URL;
    }
    baseURL = await stack.listen();
    browser = await launchChromium();
    await forgetSignInAttempts(stack);
    // The worker creates the indexes and indexes the demo data; Meilisearch's task queue is shared and may be long.
    await eventually(async () => (await stack.http.get('/api/v1/search/needs')).body.total > 0, { every: 1000 });
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const opened: Record<string, Page> = {};
  afterAll(async () => {
    if (process.env.KEEP_FAILURE_SCREENS) await keepFailureScreens(opened);
  });

  it('confirms the e-mail address with a typed code, changes the password with errors beside the fields, and switches language', async () => {
    const email = `account-${tag}@console.test`;
    await stack.user(email, { confirmed: false });
    const { context, page } = await newSession(browser, baseURL);
    opened.account = page;
    await signIn(page, email, PASSWORD);
    await page.getByRole('button', { name: '我的账号' }).click();
    await page.getByText('账号设置').click();
    await page.waitForURL(/\/account$/);

    const emailRow = page.getByTestId('confirm-email');
    await emailRow.getByText('未验证').waitFor();
    await emailRow.getByRole('button', { name: '发送验证码' }).click();
    await emailRow.getByText(`验证码已发送至 ${email}`).waitFor();
    const code = await eventually(
      async () =>
        sink
          .to(email)
          .filter((m) => m.kind === 'confirmation.code')
          .at(-1)
          ?.text.match(/\b(\d{6})\b/)?.[1],
    );
    await emailRow.getByLabel('验证码').fill('12345');
    await emailRow.getByRole('button', { name: /^验\s*证$/ }).click();
    await emailRow.locator('.ant-form-item-explain-error').waitFor(); // the API's message, beside the code field
    await emailRow.getByLabel('验证码').fill(code);
    await emailRow.getByRole('button', { name: /^验\s*证$/ }).click();
    await page.getByText(email).locator('..').getByText('已验证').waitFor();
    const [user] = await stack.db.query('select email_confirmed_at from users where email = $1', [email]);
    expect(user.email_confirmed_at).not.toBeNull();

    const password = page.getByTestId('password-card');
    await password.getByLabel('当前密码').fill(PASSWORD);
    await password.getByLabel('新密码').fill('short');
    await password.getByRole('button', { name: /保\s*存/ }).click();
    await password.locator('#newPassword_help, .ant-form-item-explain-error').first().waitFor();
    await screenshot(page, 'account-settings');
    const newPassword = `New-${tag}-pass`;
    await password.getByLabel('新密码').fill(newPassword);
    await password.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('密码已修改，其他设备上的登录已退出').waitFor();
    expect((await stack.http.post('/api/v1/auth/login').send({ email, password: newPassword })).status).toBe(200);
    expect((await stack.http.post('/api/v1/auth/login').send({ email, password: PASSWORD })).status).toBe(401);

    const preferences = page.getByTestId('notification-preferences');
    await preferences.getByRole('switch', { name: '对接留言' }).click();
    await preferences.getByRole('switch', { name: '对接留言', checked: false }).waitFor();
    const muted = await eventually(
      async () =>
        (
          await stack.db.query(
            `select p.email_muted_kinds as kinds from notification_preferences p join users u on u.id = p.user_id where u.email = $1`,
            [email],
          )
        )[0]?.kinds as string[] | undefined,
    );
    expect(muted).toEqual(['engagement.message']);

    await page.locator('#main').getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Account settings' }).waitFor();
    await page.getByText('Confirmed', { exact: true }).waitFor();
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it("lets an association coordinator change a reminder period, with the API's error beside the field", async () => {
    const { context, page } = await newSession(browser, baseURL);
    opened.settings = page;
    await signIn(page, 'coordinator@gdast.demo', DEMO_PASSWORD);
    await page.getByRole('link', { name: '协会设置' }).click();
    const form = page.getByTestId('reminder-settings');
    const field = form.getByLabel('邀请未回复提醒（天）');
    await field.fill('0');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.locator('#invitationReminderDays_help').waitFor();
    await field.fill('5');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await screenshot(page, 'association-settings');
    const [org] = await stack.db.query(
      `select o.id from organizations o join memberships m on m.organization_id = o.id join users u on u.id = m.user_id where u.email = 'coordinator@gdast.demo' and o.type = 'association'`,
    );
    const login = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: 'coordinator@gdast.demo', password: DEMO_PASSWORD });
    const view = await stack.http
      .get(`/api/v1/associations/${org.id}/reminder-settings`)
      .auth(login.body.accessToken, { type: 'bearer' });
    expect(view.body.overrides.invitationReminderDays).toBe(5);
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows a platform admin the audit log, filters it, exports the filtered entries as CSV, and links the queue dashboard', async () => {
    const [{ action, n }] = await stack.db.query(
      // Sign-ins add entries while the test runs: the most frequent action of another kind keeps its count.
      `select action, count(*)::int as n from audit_entries where action not like 'auth.%' group by action order by count(*) desc limit 1`,
    );
    const { context, page } = await newSession(browser, baseURL);
    opened.admin = page;
    await signIn(page, 'admin@platform.demo', DEMO_PASSWORD);
    await page.getByRole('button', { name: '我的账号' }).click();
    await page.getByText('平台管理').click();
    await page.waitForURL(/\/platform\/audit$/);
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await page.getByRole('link', { name: '任务队列' }).getAttribute('href')).toBe('/admin/queues');

    await page.getByTestId('audit-filters').locator('input#action').fill(action);
    await page.getByRole('button', { name: /筛\s*选/ }).click();
    await page.getByText(`共 ${n} 条`).waitFor();
    for (const row of await rows.all()) expect(await row.locator('td').nth(2).textContent()).toBe(action);
    await screenshot(page, 'admin-audit-log');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('time,action,targetType,targetId,actorId,before,after,requestId');
    expect(csv.slice(1).filter((line) => line.split(',')[1] === action)).toHaveLength(n);

    await page.getByTestId('audit-filters').getByLabel('操作人编号').fill('not-a-uuid');
    await page.getByRole('button', { name: /筛\s*选/ }).click();
    await page.locator('#actorId_help').waitFor(); // the API names the field; the console shows it there
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it("lists the platform's users and organisations for an admin, filtered and paged", async () => {
    const { context, page } = await newSession(browser, baseURL);
    opened.directory = page;
    await signIn(page, 'admin@platform.demo', DEMO_PASSWORD);
    await page.goto('/platform/users');
    const users = page.getByTestId('users-table').locator('tbody tr.ant-table-row');
    await users.first().waitFor();
    await page.getByTestId('user-filters').getByLabel('搜索').fill('coordinator@');
    await page.getByRole('button', { name: /筛\s*选/ }).click();
    const [{ n }] = await stack.db.query(`select count(*)::int as n from users where email like 'coordinator@%'`);
    await page.getByText(`共 ${n} 条`).waitFor();
    for (const row of await users.all()) expect(await row.textContent()).toContain('coordinator@');
    await screenshot(page, 'admin-users');

    await page.getByRole('link', { name: '机构', exact: true }).click();
    const orgs = page.getByTestId('organizations-table').locator('tbody tr.ant-table-row');
    await orgs.first().waitFor();
    await page.getByTestId('organization-filters').getByLabel('类型').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^科协$/ })
      .click();
    const [{ associations }] = await stack.db.query(
      `select count(*)::int as associations from organizations where type = 'association'`,
    );
    await page.getByText(`共 ${associations} 条`).waitFor();
    for (const row of await orgs.all()) expect(await row.locator('.ant-tag').textContent()).toBe('科协');
    await screenshot(page, 'admin-organizations');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps non-admins out of the platform pages', async () => {
    const coordinator = await newSession(browser, baseURL);
    await signIn(coordinator.page, 'coordinator@gdast.demo', DEMO_PASSWORD);
    await coordinator.page.goto('/platform/audit');
    await coordinator.page.getByText('您的账号没有进入这个区域的权限').waitFor();
    await coordinator.context.close();
  });

  it("filters the coordinator's needs by status and region and sorts them by a column", async () => {
    const { context, page } = await newSession(browser, baseURL);
    opened.needs = page;
    await signIn(page, 'coordinator@gdast.demo', DEMO_PASSWORD);
    await page.getByRole('link', { name: '需求与匹配' }).click();
    const table = page.getByTestId('needs-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();

    await page.getByRole('combobox', { name: '状态' }).click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^已发布$/ })
      .click();
    const login = await stack.http
      .post('/api/v1/auth/login')
      .send({ email: 'coordinator@gdast.demo', password: DEMO_PASSWORD });
    const total = async (query: object) =>
      (await stack.http.get('/api/v1/search/needs').query(query).auth(login.body.accessToken, { type: 'bearer' })).body
        .total as number;
    const published = await total({ status: 'published' });
    await page.getByText(`共 ${published} 条`).waitFor();
    for (const row of await rows.all()) expect(await row.locator('.ant-tag').textContent()).toBe('已发布');

    await page.getByRole('combobox', { name: '地区' }).click();
    await page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: /^广东省$/ })
      .click();
    await page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: /^佛山市$/ })
      .click();
    await page.keyboard.press('Escape');
    const foshan = await total({ status: 'published', region: '440600' });
    expect(foshan).toBeLessThan(published);
    await page.getByText(`共 ${foshan} 条`).waitFor();

    const sorted = page.waitForRequest((r) => r.url().includes('/search/needs') && r.url().includes('sort=deadline'));
    await table.getByRole('columnheader', { name: '截止日期' }).click();
    await sorted;
    await table.locator('th[aria-sort="ascending"]').waitFor();
    await rows.first().waitFor();
    const deadlines = (await rows.locator('td:nth-child(6)').allTextContents()).filter((d) => d !== '—');
    expect(deadlines).toEqual([...deadlines].sort());
    const longestWaiting = page.waitForRequest(
      (r) => r.url().includes('/search/needs') && r.url().includes('sort=oldest'),
    );
    await table.getByRole('columnheader', { name: '已等待' }).click();
    await longestWaiting;
    // The demo needs were all published today: one of them is made to have waited 40 days (and reindexed).
    const search = await stack.http
      .get('/api/v1/search/needs')
      .query({ status: 'published', region: '440600', limit: 1 })
      .auth(login.body.accessToken, { type: 'bearer' });
    const waited = search.body.items[0] as { id: string; title: string };
    await stack.db.query(`update needs set published_at = now() - interval '40 days' where id = $1`, [waited.id]);
    await stack.db.query(`insert into outbox_events (aggregate_type, aggregate_id) values ('need', $1)`, [waited.id]);
    await eventually(async () => (await total({ status: 'published', region: '440600', waitingDays: 30 })) === 1, {
      every: 500,
    });
    await page.getByRole('combobox', { name: '已等待' }).click();
    const waiting = page.waitForRequest((r) => r.url().includes('waitingDays=30'));
    await page.locator('.ant-select-item-option').filter({ hasText: '已等待 30 天以上' }).click();
    await waiting;
    await page.getByText('共 1 条').waitFor();
    await rows.filter({ hasText: waited.title }).getByText('40 天').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'coordinator-needs-list');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('asks an anonymous visitor on a need page to sign in to offer help, and brings them back to the need', async () => {
    const hit = (await stack.http.get('/api/v1/search/needs').query({ status: 'published', limit: 1 })).body
      .items[0] as { id: string; title: string };
    const { context, page } = await newSession(browser, baseURL);
    opened.visitor = page;
    await page.goto(`/needs/${hit.id}`);
    const cta = page.getByTestId('offer-help');
    await cta.getByText('能帮上忙？').waitFor();
    await screenshot(page, 'public-need-call-to-action');
    await cta.getByRole('button', { name: '登录后提供帮助' }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel(/邮箱或手机号/).fill('expert@scut.demo');
    await page.getByLabel(/^密码$/).fill(DEMO_PASSWORD);
    await page
      .locator('#main form')
      .getByRole('button', { name: /^登\s*录$/ })
      .click();
    await page.waitForURL((url) => url.pathname === `/needs/${hit.id}`);
    await page.getByRole('heading', { name: hit.title }).waitFor();
    expect(await cta.count()).toBe(0);
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('still loads the public search in under 400 KB of compressed scripts, without the new pages', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await page.goto('/search');
    await page.getByTestId('search-hit').first().waitFor();
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ name: new URL(e.name).pathname.split('/').pop()!, kb: e.transferSize / 1024 })),
    );
    expect(
      scripts.filter((s) =>
        /^(AccountPage|PlatformArea|AuditLogPage|AssociationSettingsPage|NeedsListPage)-/.test(s.name),
      ),
    ).toEqual([]);
    expect(scripts.reduce((n, s) => n + s.kb, 0)).toBeLessThan(400);
    await context.close();
  });
});
