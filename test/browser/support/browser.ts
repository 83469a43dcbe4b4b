import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page, Request } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download is not reachable here).
 * Playwright gives every launch a fresh temporary profile (its --user-data-dir), removed on close.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A separate browser session (own storage) at 1280 px, in the given interface language. */
export async function newSession(
  browser: Browser,
  baseURL: string,
  options: { language?: 'zh-CN' | 'en'; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const language = options.language ?? 'zh-CN';
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? DESKTOP,
    locale: language,
    deviceScaleFactor: 1,
  });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('mkt.language')) localStorage.setItem('mkt.language', lang);
  }, language);
  const page = await context.newPage();
  // How long a step waits for what it expects (an element, a navigation): a guard against a broken page, far above what a
  // loaded machine needs (the demo console's sign-in once took over 20 s to appear beside other work).
  page.setDefaultTimeout(120000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(process.env.WEB_DEBUG_BUILD ? String(err.stack) : err.message));
  (page as Page & { jsErrors?: string[] }).jsErrors = errors;
  return { context, page };
}

export function jsErrors(page: Page): string[] {
  return (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
}

/** Signs in through the sign-in screen, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/邮箱或手机号|E-mail or mobile/).fill(email);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page
    .locator('#main form')
    .getByRole('button', { name: /^(登\s*录|Sign in)$/ })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 6000 })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  return file;
}

/** On a failure, what each page showed, in the git-ignored test-results/ folder. */
export async function keepFailureScreens(pages: Record<string, Page>): Promise<void> {
  const dir = path.resolve(__dirname, '../../../test-results');
  mkdirSync(dir, { recursive: true });
  for (const [name, page] of Object.entries(pages)) {
    if (jsErrors(page).length) console.error(`${name}: ${jsErrors(page).join('\n')}`);
    await page.screenshot({ path: path.join(dir, `failure-${name}.png`), fullPage: true }).catch(() => undefined);
  }
}

/**
 * Clicks a dialog's confirm button and returns once the dialog has closed. On a busy machine a click can land while
 * the dialog is still opening and go unheard (seen: the dialog stayed open, idle, with its form filled), so the click
 * is repeated while the dialog stays open, but only if the page has sent no write (POST, PUT, PATCH, DELETE) since the
 * first click and the button is not busy: a click that was heard and whose request is merely slow is never sent twice.
 */
export async function confirmDialog(dialog: Locator, button: Locator): Promise<void> {
  const page = button.page();
  let requests = 0;
  // Only writes count: the console polls (GET) in the background whether or not the click was heard.
  const counted = (r: Request) => {
    if (['fetch', 'xhr'].includes(r.resourceType()) && r.method() !== 'GET') requests++;
  };
  page.on('request', counted);
  try {
    await button.click();
    for (;;) {
      const closed = await dialog
        .waitFor({ state: 'hidden', timeout: 5000 })
        .then(() => true)
        .catch(() => false); // still open: look again
      if (closed) return;
      const busy = (await button.getAttribute('class').catch(() => null))?.includes('ant-btn-loading');
      if (busy || requests > 0) continue; // heard: its answer is on its way
      await button.click().catch(() => undefined); // it may close between the look and the click
    }
  } finally {
    page.off('request', counted);
  }
}
