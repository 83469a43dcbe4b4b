import { ExpertProfileService } from '@app/listings';
import type { Browser, Page } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, keepFailureScreens, launchChromium, newSession, screenshot, signIn } from './support/browser';

/**
 * Issue 19, "English UI": an expert whose disciplines were saved by their Chinese names ("材料", "电池材料", as the
 * demo data and imports have them) sees them in English; a need imported without an enterprise name by an English
 * coordinator lands under "Unnamed enterprise", never the mixed "未具名企业 (Unnamed enterprise)".
 */
describe('web console in English: discipline names and placeholder names', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `e${Date.now().toString(36)}`;
  const emails = { expert: `expert-${tag}@scut.test`, coordinator: `coord-${tag}@gd.test` };
  const opened: Record<string, Page> = {};

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    await stack.coordinator(emails.coordinator, `广东省科协（英文界面${tag}）`, '440000');
    const expert = await stack.user(emails.expert);
    await stack.api
      .get(ExpertProfileService)
      .save(expert.actor, { name: `林浩${tag}`, title: '教授', fields: ['材料', '电池材料'], keywords: ['正极材料'] });
  });

  afterAll(async () => {
    if (process.env.KEEP_FAILURE_SCREENS) await keepFailureScreens(opened);
    await browser?.close();
    await stack?.stop();
  });

  it('shows an expert’s disciplines saved by their Chinese names in English', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    opened.expert = page;
    await signIn(page, emails.expert, PASSWORD);
    await page.goto('/expert/profile');
    const picker = page.locator('.ant-form-item').filter({ has: page.getByLabel('Disciplines') });
    const chosen = picker.locator('.ant-select-selection-item');
    await chosen.filter({ hasText: /^Battery Materials$/ }).waitFor();
    await chosen.filter({ hasText: /^Materials$/ }).waitFor();
    expect(await picker.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'expert-profile-disciplines-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('names the fields a match shares in English (the ranker sends taxonomy codes)', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    opened.matches = page;
    // The ranker's answer as the API sends it; ranking itself is the matching tests' business.
    await page.route('**/api/v1/providers/*/matches?**', (route) =>
      route.fulfill({
        json: {
          status: 'ready',
          revision: 1,
          algorithmVersion: 'test',
          items: [
            {
              needId: '00000000-0000-4000-8000-000000000001',
              externalId: null,
              title: '高镍正极材料循环寿命提升',
              score: 42,
              reasons: {
                matchedKeywords: ['正极材料'],
                matchedFields: ['materials', 'materials.battery'],
                matchedPublications: [],
                matchedCapability: null,
                evidence: [],
                region: 'same-province',
                available: true,
                pinned: false,
                trackRecord: null,
                features: {},
                summary: { 'zh-CN': '领域相同', en: 'Same fields' },
              },
            },
          ],
        },
      }),
    );
    await signIn(page, emails.expert, PASSWORD);
    await page.goto('/expert/needs');
    const card = page.getByTestId('need-for-you');
    await card
      .locator('[data-field-code="materials.battery"]')
      .getByText('Battery Materials', { exact: true })
      .waitFor();
    await card.locator('[data-field-code="materials"]').getByText('Materials', { exact: true }).waitFor();
    expect(await card.textContent()).not.toContain('materials.battery');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('names the enterprise of a need imported without one in the importer’s language only', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    opened.coordinator = page;
    await signIn(page, emails.coordinator, PASSWORD);
    await page.goto('/coordinator/import');
    await page.getByRole('radiogroup', { name: 'What to import' }).getByText('Technical needs').click();
    const rows = [
      {
        externalId: `N-${tag}`,
        title: `Weld seam tracking for small batches ${tag}`,
        description: 'Small-batch welding needs a vision-guided seam tracker.',
        region: '佛山',
      },
    ];
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'needs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
    await eventually(async () => /1/.test((await page.getByTestId('import-file').textContent()) ?? ''));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-report').getByText('Created').waitFor();
    const [need] = await stack.db.query(
      'select o.name from needs n join organizations o on o.id = n.organization_id where n.external_id = $1',
      [`N-${tag}`],
    );
    expect(need.name).toBe('Unnamed enterprise');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
