import type { Browser } from 'playwright-core';
import { TestStack } from '../support/stack';
import { confirmDialog, jsErrors, newSession, screenshot, signIn } from './support/browser';
import { startDemoConsole, stopDemoConsole } from './support/demo-console';

/** The reports dashboard and the workload view on the demo data, as the printed coordinators see them. */
describe('web console: reports and workload', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => ({ stack, browser, baseURL } = await startDemoConsole()));
  afterAll(() => stopDemoConsole({ stack, browser }));

  it('shows the province association its funnel, regions and fields, drills into a step and exports a workbook', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, 'coordinator@gdast.demo', 'Demo@2026');
    await page.getByRole('link', { name: '统计报表' }).click();
    const funnel = page.getByTestId('funnel');
    await funnel.getByText('发布需求').waitFor();
    await page
      .getByRole('cell', { name: /佛山市/ })
      .first()
      .waitFor();
    await screenshot(page, 'coordinator-reports');
    await funnel.getByRole('button', { name: '已引荐' }).click();
    await page.locator('.ant-drawer').getByRole('link').first().waitFor();
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^funnel-.*\.xlsx$/);
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows a city coordinator their open items oldest first and assigns one', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, 'coordinator@fsast.demo', 'Demo@2026');
    await page.getByRole('link', { name: '工作量' }).click();
    const rows = page.getByTestId('my-work').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByTestId('team-load').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'coordinator-workload');
    await rows
      .first()
      .getByRole('button', { name: /分\s*派/ })
      .click();
    await page.getByLabel('分派给').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByLabel('留言').fill('请本周内跟进');
    // The confirmation is a toast that lasts three seconds: watch for it before confirming.
    const assigned = page.getByText(/已分派给/).waitFor();
    const dialog = page.getByRole('dialog');
    await confirmDialog(dialog, dialog.getByRole('button', { name: /确\s*定|OK/ }));
    await assigned;
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
