import type { Browser, Page } from 'playwright-core';
import { PASSWORD, TestStack } from '../support/stack';
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
 * Issue 19, "contact details are empty after both sides accept": a workstation without contact details on its
 * profile names its contact person in the accept dialog (a phone or an e-mail is required); the enterprise names
 * its own; then both see name, role, phone and e-mail of the other's contact person, and the provider sees the
 * need's confidential attachments. A provider nobody can reach cannot be introduced.
 */
describe('web console: contact persons once both sides accept', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `c${Date.now().toString(36)}`;
  const emails = {
    coordinator: `coord-${tag}@gd.test`,
    owner: `owner-${tag}@foshan.test`,
    station: `station-${tag}@ws.test`,
  };
  const stationName = `佛山智能装备院士专家工作站${tag}`;
  let engagementId = '';

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    const coordinator = await stack.coordinator(emails.coordinator, `广东省科协（联系人测试${tag}）`, '440000');
    const owner = await stack.user(emails.owner, {
      organization: { type: 'enterprise', name: `佛山精工机械有限公司${tag}`, regionCode: '440600' },
    });
    const station = await stack.user(emails.station, {
      organization: { type: 'workstation', name: stationName, regionCode: '440600' },
    });
    const [{ id: stationProviderId }] = await stack.db.query(
      `insert into providers (kind, name, region_code, organization_id, fields, keywords) values ('workstation', $1, '440606', $2, '{机械工程}', '{焊接机器人}') returning id`,
      [stationName, station.organization!.id],
    );
    const as = (token: string) => ({
      post: (url: string, body: object = {}) => stack.http.post(url).auth(token, { type: 'bearer' }).send(body),
    });
    const need = await as(owner.token)
      .post('/api/v1/needs', {
        title: `焊接机器人视觉引导改造（${tag}）`,
        description: '小批量多品种焊接，希望引入视觉引导的焊接机器人。',
        keywords: ['焊接机器人', '视觉引导'],
        region: '广东省佛山市',
        confidentialDetails: '现有焊接工位 6 个，节拍 90 秒。',
        confidentialAttachments: [{ name: `工位布局图-${tag}.pdf`, url: `https://files.example/${tag}/layout.pdf` }],
      })
      .expect(201);
    await as(owner.token).post(`/api/v1/needs/${need.body.id}/submit`).expect(200);
    await as(coordinator.token).post(`/api/v1/needs/${need.body.id}/approve`).expect(200);

    // An imported expert with neither phone nor e-mail nor an account cannot be introduced: nobody could reach them.
    const imported = await as(coordinator.token)
      .post('/api/v1/import/providers', {
        items: [{ externalId: `${tag}-x`, kind: 'expert', name: `无联系方式专家${tag}`, region: '广东省佛山市' }],
      })
      .expect(200);
    const refused = await as(coordinator.token).post(`/api/v1/needs/${need.body.id}/introductions`, {
      providerId: imported.body.ids[`${tag}-x`],
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'PROVIDER_UNREACHABLE',
      message: `“无联系方式专家${tag}”没有可用的联系方式（电话或邮箱），补充后才能引荐`,
    });

    const introduced = await as(coordinator.token)
      .post(`/api/v1/needs/${need.body.id}/introductions`, {
        providerId: stationProviderId,
        note: '工作站在焊缝视觉方面有成熟方案。',
      })
      .expect(201);
    engagementId = introduced.body.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('asks each side for its contact person and shows both, with the attachments, once both accepted', async () => {
    const owner = await newSession(browser, baseURL);
    const station = await newSession(browser, baseURL);
    try {
      await journey(owner.page, station.page);
    } catch (err) {
      await keepFailureScreens({ owner: owner.page, station: station.page });
      throw err;
    }
    for (const session of [owner, station]) {
      expect(jsErrors(session.page)).toEqual([]);
      await session.context.close();
    }
  });

  async function journey(owner: Page, station: Page) {
    // The workstation's member accepts: the dialog starts from their account; without phone and e-mail it refuses.
    await signIn(station, emails.station, PASSWORD);
    await station.goto(`/engagements/${engagementId}`);
    await station
      .getByTestId('respond-panel')
      .getByRole('button', { name: /^接\s*受$/ })
      .click();
    const stationDialog = station.getByRole('dialog');
    await expect(stationDialog.getByLabel('邮箱').inputValue()).resolves.toBe(emails.station);
    await stationDialog.getByLabel('邮箱').fill('');
    await stationDialog.getByRole('button', { name: '确认接受' }).click();
    await stationDialog.getByText('电话和邮箱至少填写一项').first().waitFor();
    await stationDialog.getByLabel('联系人姓名').fill('王站长');
    await stationDialog.getByLabel('职务').fill('站务主任');
    await stationDialog.getByLabel('电话').fill('0757-2288 6600');
    await screenshot(station, 'accept-contact-dialog');
    await confirmDialog(stationDialog, stationDialog.getByRole('button', { name: '确认接受' }));
    await station.getByText('双方都接受后，这里会显示联系方式').waitFor();

    // The enterprise accepts, naming its technical director's role and phone; it sees the station's contact person.
    await signIn(owner, emails.owner, PASSWORD);
    await owner.goto(`/engagements/${engagementId}`);
    await owner
      .getByTestId('respond-panel')
      .getByRole('button', { name: /^接\s*受$/ })
      .click();
    const ownerDialog = owner.getByRole('dialog');
    await expect(ownerDialog.getByLabel('邮箱').inputValue()).resolves.toBe(emails.owner);
    await ownerDialog.getByLabel('联系人姓名').fill('陈工');
    await ownerDialog.getByLabel('职务').fill('技术总监');
    await ownerDialog.getByLabel('电话').fill('13900001111');
    await confirmDialog(ownerDialog, ownerDialog.getByRole('button', { name: '确认接受' }));
    const ownerContacts = owner.getByTestId('contacts');
    for (const text of ['王站长 · 站务主任', '0757-2288 6600']) await ownerContacts.getByText(text).waitFor();
    await screenshot(owner, 'engagement-contacts');

    // The station sees the enterprise's contact person in full, and the confidential attachment.
    await station.reload();
    const stationContacts = station.getByTestId('contacts');
    for (const text of ['陈工 · 技术总监', '13900001111', emails.owner])
      await stationContacts.getByText(text).waitFor();
    await station
      .getByTestId('confidential-attachments')
      .getByRole('link', { name: `工位布局图-${tag}.pdf` })
      .waitFor();
  }
});
