/**
 * "Deel deze pagina" on a phone (390x844) in Debian's Chromium, on the site built from the fictional
 * catalogue (dist-e2e/; tests/fixtures/catalogue/): the link shared is exactly the view on screen (path,
 * filters, list or map, language), without its #part, whether it goes to the phone's share sheet or to
 * the clipboard; where copying is not possible, the link stands selected in a field. Each test sets the
 * browser's abilities itself (an init script takes away or stands in for the share sheet and the
 * clipboard), so nothing depends on what this Chromium build happens to offer.
 * Screenshots: test-results/share-copied-390x844.png, share-map-…, share-manual-…, share-provider-390x844.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { fixtureProvider } from './fixture-catalogue';
import { phoneSession, screenshot, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const { openPage, answeredLocally } = phoneSession(new URL(baseUrl).origin);
/** Generous for a loaded 2-core machine, and bounded: every wait is for a state, never for a time. */
const WAIT = { timeout: 30_000 };
/** The build's tile server (src/map/map-config.ts default): the map view asks it for images. */
const TILE_ORIGIN = 'https://tile.openstreetmap.org';
/** Bullying in Hasselt, free, by chat: a theme and municipality in the path, filters in the query. */
const FILTERED_VIEW = '/thema/pesten/hasselt?gratis=1&contact=chat';
const YOUTH_HOUSE = fixtureProvider('fictief-jongerenhuis-hasselt');

/** This page's browser has no share sheet (as desktop Chromium on Linux), so Share copies. */
function withoutShareSheet(page: Page) {
  return page.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
}

/** This page's browser has a share sheet: a stand-in that keeps what it was given in window.shared. */
function withShareSheet(page: Page) {
  return page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData[] }).shared ??= [];
        (window as unknown as { shared: ShareData[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
}

/** A phone where the page may write and read the clipboard, without a share sheet. */
async function openCopyingPhone(): Promise<Page> {
  const page = await openPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await withoutShareSheet(page);
  return page;
}

/** Map images are answered here with an empty picture: the test is about the link, not the map. */
async function answerTiles(page: Page) {
  page.on('request', (request) => {
    if (request.url().startsWith(`${TILE_ORIGIN}/`)) answeredLocally.add(request.url());
  });
  await page.route(`${TILE_ORIGIN}/**`, (route) => {
    answeredLocally.add(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"/>',
    });
  });
}

/** The address on screen, without its #part: what Share must hand on. */
function addressOnScreen(page: Page): string {
  const url = new URL(page.url());
  url.hash = '';
  return url.href;
}

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('Share on a results page', () => {
  it('copies exactly the filtered view on screen, says so, and the clipboard holds it', async () => {
    const page = await openCopyingPhone();
    await page.goto(`${baseUrl}${FILTERED_VIEW}#resultaten`);
    const button = page.getByRole('button', { name: 'Deel deze pagina', exact: true });
    // Measured on the app's page: a view with filters opens on its prerendered page, which the app replaces.
    await untilLive(page);
    await button.waitFor(WAIT);
    // Something else in the clipboard first, so an old value cannot pass for the copied link.
    await page.evaluate(() => navigator.clipboard.writeText('niets'));

    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    // On the phone it sits beside list/map ("Deel" shows, "deze pagina" is read out), not on a line of its own.
    expect(box.y).toBe((await page.getByRole('link', { name: 'Lijst', exact: true }).boundingBox())!.y);
    expect((await button.locator('.share-link__more').boundingBox())!.width).toBeLessThanOrEqual(1);
    await button.click();
    await page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).waitFor(WAIT);

    expect(addressOnScreen(page)).toBe(`${baseUrl}${FILTERED_VIEW}`);
    expect(await clipboardText(page)).toBe(`${baseUrl}${FILTERED_VIEW}`);

    await screenshot(page, 'share-copied');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('copies the map view in English, with the map and the language in the link', async () => {
    const page = await openCopyingPhone();
    await answerTiles(page);
    const view = '/en/thema/pesten?gratis=1&weergave=kaart';
    await page.goto(`${baseUrl}${view}`);
    await page.getByRole('button', { name: 'Share this page', exact: true }).click(WAIT);
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor(WAIT);
    expect(await clipboardText(page)).toBe(`${baseUrl}${view}`);
    await screenshot(page, 'share-map');
  });

  it('hands the view on screen to the phone’s share sheet, with the page title', async () => {
    const page = await openPage();
    await withShareSheet(page);
    await page.goto(`${baseUrl}${FILTERED_VIEW}#resultaten`);
    const button = page.getByRole('button', { name: 'Deel deze pagina', exact: true });
    // Focus and Enter do nothing on the prerendered page's button until the app runs (it is disabled).
    await untilLive(page);
    // From the keyboard: a real button, Enter presses it.
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { shared?: ShareData[] }).shared?.length === 1, undefined, WAIT);

    const [shared] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual({ title: await page.title(), url: `${baseUrl}${FILTERED_VIEW}` });
    // The share sheet said it all: no message beside the button.
    expect(await page.locator('.share-link__message').textContent()).toBe('');
  });

  it('shows the link selected in a field where the browser cannot copy', async () => {
    const page = await openPage();
    await withoutShareSheet(page);
    // As on http:// or an older browser: no clipboard at all.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
    });
    await page.goto(`${baseUrl}${FILTERED_VIEW}`);
    await page.getByRole('button', { name: 'Deel deze pagina', exact: true }).click(WAIT);

    const field = page.getByRole('textbox', { name: 'Link naar deze pagina', exact: true });
    await field.waitFor(WAIT);
    expect(await field.inputValue()).toBe(`${baseUrl}${FILTERED_VIEW}`);
    const selection = await field.evaluate((input: HTMLInputElement) => ({
      focused: input === document.activeElement,
      selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    }));
    expect(selection).toEqual({ focused: true, selected: `${baseUrl}${FILTERED_VIEW}` });

    await screenshot(page, 'share-manual');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('Share on a provider page', () => {
  it('copies the provider page’s address, in French', async () => {
    const page = await openCopyingPhone();
    const path = `/fr/aanbieder/${YOUTH_HOUSE.id}`;
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: YOUTH_HOUSE.name }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Partager cette page', exact: true }).click(WAIT);
    await page.getByRole('status').filter({ hasText: 'Lien copié' }).waitFor(WAIT);
    expect(await clipboardText(page)).toBe(`${baseUrl}${path}`);
    await screenshot(page, 'share-provider');
    expect(await axeViolations(page)).toEqual([]);
  });
});
