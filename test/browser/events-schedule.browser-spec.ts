import type { Browser } from 'playwright-core';
import { DEMO_EVENT_TITLE } from '../../apps/api/src/demo/seed-events';
import { TestStack } from '../support/stack';
import { confirmDialog, jsErrors, newSession, screenshot, signIn } from './support/browser';
import { startDemoConsole, stopDemoConsole } from './support/demo-console';

/** The schedule screen of the demo's past matchmaking event: the grid of slots × tables, wishes, an outcome recorded. */
describe('web console: matchmaking event schedule', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => ({ stack, browser, baseURL } = await startDemoConsole()));
  afterAll(() => stopDemoConsole({ stack, browser }));

  it('shows 佛山市科协 the schedule grid, the wish lists, and records an outcome that becomes an introduction', async () => {
    const { context, page } = await newSession(browser, baseURL);
    await signIn(page, 'coordinator@fsast.demo', 'Demo@2026');
    await page.goto('/coordinator');
    await page.getByRole('link', { name: '供需对接会' }).click();
    await page.getByRole('link', { name: DEMO_EVENT_TITLE }).click();
    const grid = page.getByTestId('schedule-grid');
    await grid.getByTestId('meeting-cell').first().waitFor();
    await page.getByTestId('schedule-quality').waitFor();
    const meetings = await grid.getByTestId('meeting-cell').count();
    expect(meetings).toBeGreaterThan(3);
    // Outcomes recorded at the demo event show on the grid.
    await grid.getByText('现场签约').first().waitFor();
    await screenshot(page, 'event-schedule');

    await page.getByRole('tab', { name: '参会者与意向' }).click();
    await page.getByTestId('participants').getByText('已报名').first().waitFor();
    await page.getByRole('tab', { name: '会谈日程' }).click();

    // A meeting left without an outcome (the demo keeps the last two): record a follow-up.
    const open = grid
      .getByTestId('meeting-cell')
      .filter({ hasNot: page.getByText(/现场签约|请求引荐对接|会后跟进|无合作意向/) })
      .last();
    await open.getByRole('button', { name: '登记结果' }).click();
    // The confirmation is a toast that lasts three seconds: watch for it before confirming.
    const recorded = page.getByText('结果已登记').waitFor();
    const dialog = page.locator('.ant-modal');
    await confirmDialog(dialog, dialog.getByRole('button', { name: /确\s*定|OK/ }));
    await recorded;
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows the same grid in English', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    await signIn(page, 'coordinator@fsast.demo', 'Demo@2026');
    await page.goto('/events');
    await page.getByRole('link', { name: DEMO_EVENT_TITLE }).click();
    await page.getByTestId('schedule-grid').getByTestId('meeting-cell').first().waitFor();
    await page.getByText(/Total value .* upper bound/).waitFor();
    await page.getByRole('tab', { name: 'Meeting schedule' }).waitFor();
    await screenshot(page, 'event-schedule-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
  it('prints a participant’s own schedule in English, with the scores the matching engine gives its meetings', async () => {
    const { context, page } = await newSession(browser, baseURL, { language: 'en' });
    await signIn(page, 'owner@ruifeng.demo', 'Demo@2026');
    await page.goto('/events');
    await page.getByRole('link', { name: DEMO_EVENT_TITLE }).click();
    const grid = page.getByTestId('schedule-grid');
    await grid.getByTestId('meeting-cell').first().waitFor();
    // The demo schedule rests on match scores (the schedule job ranked the event's needs), not on wishes alone.
    const scores = [...(await grid.innerText()).matchAll(/match (\d+\.\d\d)/g)].map((m) => Number(m[1]));
    expect(scores.length).toBeGreaterThan(0);
    expect(Math.max(...scores)).toBeGreaterThan(0);
    const [printout] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Print my schedule (English)' }).click(),
    ]);
    await printout.getByRole('heading', { name: /Meeting schedule/ }).waitFor();
    const rows = printout.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await printout.locator('th').allInnerTexts()).toEqual(['Time', 'Table', 'Meeting with']);
    await screenshot(printout, 'event-print-en');
    expect(jsErrors(page)).toEqual([]);
    await context.close();
  });
});
