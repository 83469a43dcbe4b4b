import { creditCodeCheckCharacter } from '@app/common';
import { ConciergeService } from '@app/identity';
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

/** A well-formed 统一社会信用代码: 17 characters and the check character GB 32100-2015 calls for. */
const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);

/** How a moment reads in China Standard Time (UTC+8 all year), as "2026年12月5日" and "16:40". */
function shanghaiParts(at: Date) {
  const local = new Date(at.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

async function pickRegion(page: Page, province: string, city: string) {
  await page.getByLabel('所在地区').click();
  await page
    .locator('.ant-cascader-menu-item')
    .filter({ hasText: new RegExp(`^${province}$`) })
    .click();
  await page
    .locator('.ant-cascader-menu-item')
    .filter({ hasText: new RegExp(`^${city}$`) })
    .click();
  await page.keyboard.press('Escape');
}

/**
 * Issue 19, the rest of "forms and language": a coordinator sees the accounts set up on users' behalf in their
 * jurisdiction with where each hand-over stands (dates in China Standard Time), copies a fresh link that replaces the
 * lost one; organisations carry a 统一社会信用代码 whose check character is verified and which no two share, entered
 * in the concierge form and on the admin's organisations page; the account page saves the language to the account.
 */
describe('web console: concierge hand-over, credit codes and the account language', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `h${Date.now().toString(36)}`;
  const emails = {
    foshan: `foshan-${tag}@gd.test`,
    maoming: `maoming-${tag}@gd.test`,
    admin: `admin-${tag}@platform.test`,
    expert: `expert-${tag}@gd.test`,
  };
  const orgName = `佛山市顺德区小熊电器配件厂${tag}`;
  const code = creditCode('91440606MA4W1234X');
  const opened: Record<string, Page> = {};

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    await stack.coordinator(emails.foshan, `佛山市科协（${tag}）`, '440600');
    const maoming = await stack.coordinator(emails.maoming, `茂名市科协（${tag}）`, '440900');
    await stack.user(emails.admin, { admin: true });
    // An account set up in another jurisdiction: 佛山's coordinator must not see it.
    const concierge = stack.api.get(ConciergeService);
    const farm = await concierge.createOrganization(
      { type: 'enterprise', name: `茂名市电白区对虾养殖合作社${tag}`, region: '440904' },
      maoming.actor,
    );
    await concierge.createAccount(
      { displayName: `冯海生${tag}`, email: `feng-${tag}@shrimp.test`, organizationId: farm.id, role: 'admin' },
      maoming.actor,
    );
  });

  afterAll(async () => {
    if (process.env.KEEP_FAILURE_SCREENS) await keepFailureScreens(opened);
    await browser?.close();
    await stack?.stop();
  });

  it('lists the accounts set up in my jurisdiction with their hand-over state, and a copied new link replaces the old one', async () => {
    const coordinator = await newSession(browser, baseURL);
    opened.coordinator = coordinator.page;
    const page = coordinator.page;
    await coordinator.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await signIn(page, emails.foshan, PASSWORD);
    await page.getByRole('link', { name: '代办注册' }).click();

    // A mistyped credit code is refused beside its field, named as the form labels it; nothing is created.
    await page.getByLabel('机构名称').fill(orgName);
    await pickRegion(page, '广东省', '佛山市');
    const creditItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await page.getByRole('button', { name: '建立机构' }).click();
    await creditItem
      .locator('.ant-form-item-explain-error')
      .getByText(/^统一社会信用代码有误/)
      .waitFor();
    expect(await stack.db.query('select 1 from organizations where name = $1', [orgName])).toHaveLength(0);

    // Typed in lower case with a space, it is kept upper case.
    await page.getByLabel('统一社会信用代码').fill(`${code.slice(0, 9).toLowerCase()} ${code.slice(9)}`);
    await page.getByRole('button', { name: '建立机构' }).click();
    await page.getByLabel('所属机构').locator('..').getByText(orgName).waitFor();
    const [org] = await stack.db.query('select credit_code from organizations where name = $1', [orgName]);
    expect(org.credit_code).toBe(code);

    await page.getByLabel('姓名').fill('梁晓雯');
    await page.getByLabel('邮箱').fill(`liang-${tag}@xiaoxiong.test`);
    await page.getByRole('button', { name: '建立账号' }).click();
    const firstLink = (await page.locator('.ant-alert-success code').first().textContent())!;

    const table = page.getByTestId('concierge-accounts');
    const row = table.locator('tbody tr.ant-table-row').filter({ hasText: '梁晓雯' });
    await row.getByTestId('hand-over-state').getByText('已发链接，待本人设置密码').waitFor();
    const [user] = await stack.db.query('select id, created_at from users where email = $1', [
      `liang-${tag}@xiaoxiong.test`,
    ]);
    const created = shanghaiParts(new Date(user.created_at));
    const createdCell = (await row.getByTestId('account-created-at').textContent())!;
    expect(createdCell).toContain(created.date);
    expect(createdCell).toContain(created.time);
    expect(await table.textContent()).not.toContain(`冯海生${tag}`);

    // The link was lost: a new one is copied, and the old one stops working.
    await row.getByRole('button', { name: /生成新链接并复制/ }).click();
    const freshLink = (await page.getByTestId('fresh-link').locator('code').textContent())!;
    expect(freshLink).not.toBe(firstLink);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(freshLink);
    await page.getByTestId('fresh-link').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await screenshot(page, 'coordinator-concierge-accounts');

    const owner = await newSession(browser, baseURL);
    opened.owner = owner.page;
    await owner.page.goto(firstLink.replace(/^https?:\/\/[^/]+/, ''));
    await owner.page.getByLabel('新密码').fill('Xiaoxiong@2026');
    await owner.page.getByRole('button', { name: '设置密码并登录' }).click();
    await owner.page
      .getByRole('alert')
      .getByText(/邀请无效、已被使用或已过期/)
      .waitFor();
    await owner.page.goto(freshLink.replace(/^https?:\/\/[^/]+/, ''));
    await owner.page.getByLabel('新密码').fill('Xiaoxiong@2026');
    await owner.page.getByRole('button', { name: '设置密码并登录' }).click();
    await owner.page.waitForURL(/\/enterprise\/needs$/);

    await page.reload();
    await row.getByTestId('hand-over-state').getByText('本人已接管').waitFor();
    expect(await row.getByRole('button', { name: /生成新链接并复制/ }).count()).toBe(0);
    for (const session of [coordinator, owner]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });

  it('lets a platform admin enter an organisation’s credit code, refusing one another organisation has (English)', async () => {
    const other = await stack.user(`owner-${tag}@foshan.test`, {
      organization: { type: 'enterprise', name: `Foshan Ceramics ${tag}`, regionCode: '440604' },
    });
    const taken = creditCode('91440605MA4X0000P');
    await stack.user(`glass-${tag}@foshan.test`, {
      organization: { type: 'enterprise', name: `Foshan Glass ${tag}`, regionCode: '440605', creditCode: taken },
    });
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    opened.admin = page;
    await signIn(page, emails.admin, PASSWORD);
    await page.goto('/platform/organizations');
    await page.getByTestId('organization-filters').getByLabel('Search').fill(`Foshan Ceramics ${tag}`);
    const row = page
      .getByTestId('organizations-table')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: `Foshan Ceramics ${tag}` });
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.getByLabel('Unified social credit code');
    const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('Unified social credit code') });

    await field.fill(taken); // Foshan Glass's
    await dialog.getByRole('button', { name: 'Save' }).click();
    await item
      .locator('.ant-form-item-explain-error')
      .getByText(/^Unified social credit code is already registered to another organisation/)
      .waitFor();

    const own = creditCode('91440604MA5C0000Q');
    await field.fill(own);
    await confirmDialog(dialog, dialog.getByRole('button', { name: 'Save' }));
    await row.getByText(own).waitFor();
    const [saved] = await stack.db.query('select credit_code from organizations where id = $1', [
      other.organization!.id,
    ]);
    expect(saved.credit_code).toBe(own);
    await screenshot(page, 'admin-organization-credit-code-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('saves the language chosen on the account page to the account, which notifications and e-mails use', async () => {
    const { user } = await stack.user(emails.expert);
    const { context, page } = await newSession(browser, baseURL);
    opened.account = page;
    await signIn(page, emails.expert, PASSWORD);
    await page.goto('/account');
    const card = page.getByTestId('account-language');
    await card.getByText('English', { exact: true }).click();
    await card.getByText('Saved: your inbox and e-mails will be in English').waitFor();
    const locale = async () =>
      (await stack.db.query<{ locale: string }[]>('select locale from users where id = $1', [user.id]))[0].locale;
    expect(await locale()).toBe('en');
    await card.getByText('中文', { exact: true }).click();
    await card.getByText('已保存：站内消息和邮件将使用中文').waitFor();
    await eventually(async () => (await locale()) === 'zh-CN');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
