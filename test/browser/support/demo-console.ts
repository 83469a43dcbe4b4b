import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../../apps/api/src/demo/seed-demo';
import { TestStack } from '../../support/stack';
import { launchChromium } from './browser';

/** The demo data, a test run's API and worker serving the built console, and Chromium: where most browser specs start. */
export interface DemoConsole {
  stack: TestStack;
  browser: Browser;
  baseURL: string;
}

export async function startDemoConsole(): Promise<DemoConsole> {
  await seedDemoData();
  const stack = await TestStack.start();
  return { stack, baseURL: await stack.listen(), browser: await launchChromium() };
}

export async function stopDemoConsole(demo: Partial<DemoConsole>): Promise<void> {
  await demo.browser?.close();
  await demo.stack?.stop();
}
