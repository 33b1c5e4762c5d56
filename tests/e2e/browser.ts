/**
 * Starts Debian's Chromium through playwright-core at phone size, and records every request so a test
 * can prove nothing left the site's own origin.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const PHONE = { width: 390, height: 844 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A phone as a young person in Belgium holds it. */
export const PHONE_CONTEXT: BrowserContextOptions = {
  viewport: PHONE,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-BE',
  timezoneId: 'Europe/Brussels',
};

export interface PhonePage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium without the background requests it makes on its own (updates, sync, safe browsing). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh phone (its own cookies, storage, cache and history) in a running browser. Every request any of
 * its pages makes is passed to `onRequest`.
 */
export async function newPhonePage(browser: Browser, onRequest: (url: string) => void = () => {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE_CONTEXT);
  context.on('request', (request) => onRequest(request.url()));
  const page = await context.newPage();
  return { context, page };
}

/** A browser of its own with one phone page: for a file that needs only one page. */
export async function openPhonePage(): Promise<PhonePage> {
  const browser = await launchChromium();
  const requests: string[] = [];
  const { context, page } = await newPhonePage(browser, (url) => requests.push(url));
  return { browser, context, page, requests, close: () => browser.close() };
}
