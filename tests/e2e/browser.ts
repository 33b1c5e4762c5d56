/** Starts Debian's Chromium through playwright-core, and opens phone-sized pages that report every request. */
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

/** Chromium without the background requests it makes on its own (updates, sync, safe browsing). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh phone (its own cookies, storage, cache and history) in a running browser. Every request any of
 * its pages makes is passed to `onRequest`. `options` change the phone (for example a smaller viewport
 * to stand for 200% zoom).
 */
export async function newPhonePage(
  browser: Browser,
  onRequest: (url: string) => void = () => {},
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE_CONTEXT, ...options });
  context.on('request', (request) => onRequest(request.url()));
  const page = await context.newPage();
  return { context, page };
}
