/**
 * What every browser test file needs: one Chromium for the file, a fresh phone (own context: history,
 * storage, cache) per page, every request recorded with the test that made it, a safety net that aborts
 * anything not for the site itself, and uncaught page errors failing the test. Call it once at the top
 * level of a test file: it registers the vitest hooks.
 *
 * After each test, every request its pages made must have gone to the site itself, or been answered by
 * the test (added to `answeredLocally`): otherwise that test fails, naming the requests. Each test is
 * checked on its own, so the check holds whichever tests run, in whatever order (the tests run shuffled,
 * see vitest.e2e.config.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, newPhonePage } from './browser';

export const SCREENSHOTS = 'test-results';

export interface PhoneSession {
  /** A fresh phone page; `options` change the phone (viewport, language, …). */
  openPage(options?: BrowserContextOptions): Promise<Page>;
  /** Every request of every test in the file, with the test that made it. */
  requests: { test: string; testId: string; url: string }[];
  /** Requests a test answered itself (a local page, image or abort): they never left the machine. */
  answeredLocally: Set<string>;
}

/** Whether a request left the site: not to its origin, not data: or blob: (nor about:), and not answered by the test. */
export function leftTheSite(url: string, siteOrigin: string, answeredLocally: Set<string>): boolean {
  const { origin, protocol } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
  return origin !== siteOrigin && !answeredLocally.has(url);
}

export function phoneSession(siteOrigin: string): PhoneSession {
  let browser: Browser;
  let currentTest = '';
  let currentTestId = '';
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const requests: PhoneSession['requests'] = [];
  const answeredLocally = new Set<string>();
  let pagesOpened = 0;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    const local = requests.filter(({ url }) => answeredLocally.has(url)).length;
    const tests = new Set(requests.map(({ testId }) => testId)).size;
    console.log(
      `${requests.length} requests from ${tests} tests: all to ${siteOrigin}${local > 0 ? `, except ${local} answered locally by the tests (exit site, map images, source pages)` : ''}`,
    );
  });
  beforeEach((context) => {
    currentTest = context.task.name;
    currentTestId = context.task.id;
    pageErrors.length = 0;
    pagesOpened = 0;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
    // This test's own requests: none left the site (the safety net aborted them, and recorded them here).
    const mine = requests.filter(({ testId }) => testId === currentTestId);
    if (pagesOpened > 0 && mine.length === 0)
      throw new Error('The test opened a page, but no request was recorded: the request log is broken');
    const left = mine.filter(({ url }) => leftTheSite(url, siteOrigin, answeredLocally)).map(({ url }) => url);
    if (left.length > 0) throw new Error(`Requests that left ${siteOrigin} (aborted by the safety net):\n${left.join('\n')}`);
  });

  return {
    requests,
    answeredLocally,
    async openPage(options) {
      const test = currentTest;
      const testId = currentTestId;
      pagesOpened++;
      const { context, page } = await newPhonePage(browser, (url) => requests.push({ test, testId, url }), options);
      contexts.push(context);
      // Safety net: anything not for the site itself is aborted (and still recorded, so the test fails after it).
      await context.route(
        (url) => url.origin !== siteOrigin,
        (route) => route.abort('blockedbyclient'),
      );
      page.on('pageerror', (error) => pageErrors.push(`${test}: ${error.message}`));
      return page;
    },
  };
}

/** Enough Tab presses to cross the header, filters and a crisis lane; a missing target fails instead of hanging. */
export const MAX_TABS = 60;

/** Saves what the phone shows as test-results/<name>-<size>.png (size: the phone's, or e.g. "zoom-200"). */
export async function screenshot(page: Page, name: string, size = '390x844') {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size}.png`, scale: 'css', animations: 'disabled' });
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Where focus is, in words, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page itself (body)';
    const href = element.getAttribute('href');
    const label = element.getAttribute('aria-label');
    return `<${element.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}${label ? ` aria-label="${label}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

/** Presses Tab until `reached()` is true, at most MAX_TABS times. Returns the number of presses. */
export async function tabUntil(page: Page, target: string, reached: () => Promise<boolean>): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await reached()) return presses;
  }
  throw new Error(`${target} was not reached in ${MAX_TABS} presses of Tab; focus is on ${await describeFocus(page)}`);
}

/**
 * Waits until the app runs: a prerendered page keeps its search box, filters and Share button disabled
 * until the app has taken it over (src/shared/use-hydrated.tsx), and open-now empty until its clock
 * starts (src/catalogue/use-now.ts). Pages without any of those pass at once.
 */
export async function untilLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#zoekterm:disabled, fieldset:disabled, .share-link__button:disabled, .open-status--pending') === null,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

/** Types into a field as a person does, once it takes input. */
export async function typeInto(field: Locator, text: string, options: { delay?: number } = {}): Promise<void> {
  await field.click(); // Playwright waits until the field is enabled.
  await field.pressSequentially(text, options);
}
