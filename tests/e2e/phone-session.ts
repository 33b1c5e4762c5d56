/**
 * What every browser test file needs: one Chromium for the file, a fresh phone (own context: history,
 * storage, cache) per page, every request recorded with the test that made it, a safety net that aborts
 * anything not for the site itself, and uncaught page errors failing the test. Call it once at the top
 * level of a test file: it registers the vitest hooks.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, newPhonePage } from './browser';

export const SCREENSHOTS = 'test-results';

export interface PhoneSession {
  /** A fresh phone page. */
  openPage(): Promise<Page>;
  /** Every request of every test in the file, with the test that made it. */
  requests: { test: string; url: string }[];
  /** Requests a test answered itself (a local page, image or abort): they never left the machine. */
  answeredLocally: Set<string>;
}

export function phoneSession(siteOrigin: string): PhoneSession {
  let browser: Browser;
  let currentTest = '';
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const requests: PhoneSession['requests'] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach((context) => {
    currentTest = context.task.name;
    pageErrors.length = 0;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
  });

  return {
    requests,
    answeredLocally: new Set<string>(),
    async openPage() {
      const test = currentTest;
      const { context, page } = await newPhonePage(browser, (url) => requests.push({ test, url }));
      contexts.push(context);
      // Safety net: anything not for the site itself is aborted (and still recorded, so the last test fails).
      await context.route((url) => url.origin !== siteOrigin, (route) => route.abort('blockedbyclient'));
      page.on('pageerror', (error) => pageErrors.push(`${test}: ${error.message}`));
      return page;
    },
  };
}
