/**
 * The school kit (/affiche, issue 12) on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts) in Debian's Chromium: a teacher picks a theme and a municipality; printed (print
 * media), only the poster shows, on one A4 page; its QR code, read back from a screenshot of the printed
 * poster with jsQR as a phone's camera would, holds this site's address of the chosen view, and that
 * address opens that view. Also: axe finds nothing, no Content-Security-Policy violation, and provider
 * pages and result lists print without the controls but with the crisis lane and the links' addresses.
 * Screenshots in test-results/ (school-kit-*.png).
 */
import { writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
import { searchUrl } from '../../src/routing/urls.ts';
import { EMPTY_SEARCH, type SearchState } from '../../src/search/search-filters.ts';
import { createSearcher } from '../../src/search/search-providers.ts';
import { axeViolations } from './axe';
import { catalogue, E2E_SITE_URL, searchIndex } from './fixture-catalogue';
import { phoneSession, screenshot, SCREENSHOTS } from './phone-session';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
/** How long a wait for the page may take: generous for a loaded 2-core machine, bounded so a broken page fails. */
const WAIT = { timeout: 30_000 };
/** A teacher's laptop, the size of an A4 page at 96 dpi, at double density so the QR code's modules are sharp. */
const LAPTOP: BrowserContextOptions = { viewport: { width: 794, height: 1123 }, isMobile: false, hasTouch: false, deviceScaleFactor: 2 };

const { openPage } = phoneSession(SITE_ORIGIN);

/** The view the tests pick: a theme and a municipality of the fictional catalogue. */
const VIEW: SearchState = { ...EMPTY_SEARCH, themes: ['pesten'], municipality: 'zonhoven' };
const THEME = catalogue.themes.find((theme) => theme.id === 'pesten')!.label.nl;
const MUNICIPALITY = catalogue.municipalities.find((municipality) => municipality.id === 'zonhoven')!.name;

/**
 * A page that records every Content-Security-Policy violation from its first script on, in
 * window.cspViolations (read with `violations`).
 */
async function openRecordingPage(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage(options);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return page;
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Opens the kit and picks the view: the theme's chip and the municipality. */
async function pickView(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/affiche`);
  // check() waits until the chip is enabled: the app has taken the prerendered page over.
  await page.getByRole('checkbox', { name: THEME }).check(WAIT);
  await page.getByRole('combobox', { name: 'Gemeente' }).selectOption({ label: MUNICIPALITY });
  await preview(page)
    .getByRole('img', { name: /^QR-code naar / })
    .waitFor(WAIT);
}

function preview(page: Page): Locator {
  return page.getByRole('region', { name: 'Zo ziet het eruit' });
}

/** The text a QR code in a PNG holds, as a phone's camera would read it; undefined when none is found. */
function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** How many pages a PDF has: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The result list's names (the cards' headings), as the list shows them. */
async function resultNames(page: Page): Promise<string[]> {
  return (await page.locator('#resultaten .result h3').allTextContents()).map((name) => name.trim());
}

describe('the school kit', () => {
  it('prints only the poster, on one A4 page, with a QR code that opens the chosen view', async () => {
    const page = await openRecordingPage(LAPTOP);
    await pickView(page);
    const expectedPath = searchUrl('nl', VIEW);
    expect(expectedPath).toBe('/thema/pesten/zonhoven');
    const sheet = preview(page).locator('.kit-sheet');
    await expect.poll(() => sheet.getByText(`${new URL(baseUrl).host}${expectedPath}`).count(), WAIT).toBe(1);

    await page.emulateMedia({ media: 'print' });
    // Only the poster prints: no header (quick exit, crisis numbers), form, crisis lane or footer.
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('form', { name: 'Wat komt op de affiche?' }),
      page.getByRole('heading', { level: 1 }),
      page.getByRole('region', { name: 'Nu meteen iemand spreken?' }),
      page.getByRole('button', { name: 'Afdrukken' }),
    ])
      expect(await hidden.isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    // The poster's numbers are the crisis lane's.
    expect(await sheet.locator('.poster__number').allTextContents()).toEqual(CRISIS_LANE.map((line) => line.number));
    // Nothing of the poster is cut off at the sheet's bottom edge.
    const sheetBox = (await sheet.boundingBox())!;
    const numbersBox = (await sheet.locator('.poster__lines').boundingBox())!;
    expect(numbersBox.y + numbersBox.height).toBeLessThanOrEqual(sheetBox.y + sheetBox.height);

    const png = await sheet.screenshot({ animations: 'disabled' });
    writeFileSync(`${SCREENSHOTS}/school-kit-poster-print.png`, png);
    expect(decodeQr(png)).toBe(`${SITE_ORIGIN}${expectedPath}`);

    // As the browser prints it (A4, the page's own margins): one page.
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    expect(await violations(page)).toEqual([]);

    // The address on the poster opens that view: its title names the theme and the municipality, and the
    // list shows the help the search finds for them.
    const phone = await openRecordingPage();
    await phone.goto(decodeQr(png)!);
    await expect.poll(() => phone.title(), WAIT).toBe(`${THEME} · ${MUNICIPALITY} – Hulp HUB`);
    expect(await phone.getByRole('checkbox', { name: THEME }).isChecked()).toBe(true);
    expect(await phone.getByRole('combobox', { name: 'Gemeente' }).inputValue()).toBe('zonhoven');
    const expected = createSearcher(catalogue, searchIndex)
      .search(VIEW, new Date())
      .map((result) => result.provider.name);
    expect(expected.length).toBeGreaterThan(0);
    // The order may change with the clock (open now first); which help is listed does not.
    await expect.poll(async () => (await resultNames(phone)).sort(), WAIT).toEqual([...expected].sort());
    expect(await violations(phone)).toEqual([]);
  });

  it('prints four flyers on one A4 page, each with a code for the view', async () => {
    const page = await openRecordingPage(LAPTOP);
    await pickView(page);
    await page.getByRole('radio', { name: /^Vier flyers/ }).check();
    const sheet = preview(page).locator('.kit-sheet');
    await expect.poll(() => sheet.locator('svg.poster__qr').count(), WAIT).toBe(4);
    await page.emulateMedia({ media: 'print' });
    const png = await sheet.locator('.kit-sheet__cell').first().screenshot({ animations: 'disabled' });
    writeFileSync(`${SCREENSHOTS}/school-kit-flyer-print.png`, png);
    expect(decodeQr(png)).toBe(`${SITE_ORIGIN}/thema/pesten/zonhoven`);
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('has nothing axe finds, on a phone, for the poster and for the flyers', async () => {
    const page = await openRecordingPage();
    await pickView(page);
    await screenshot(page, 'school-kit');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /^Vier flyers/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  it('writes the poster in another language once that language’s texts are here; offline, it says so and stays', async () => {
    // The Dutch kit page downloads only Dutch texts: English comes when it is picked.
    const page = await openRecordingPage();
    await pickView(page);
    await page.getByRole('radio', { name: 'English' }).click(WAIT);
    await preview(page).getByText('Something on your mind? Talk about it.').waitFor(WAIT);
    expect(
      await preview(page)
        .getByText(`${new URL(baseUrl).host}/en/thema/pesten/zonhoven`)
        .count(),
    ).toBe(1);
    expect(await violations(page)).toEqual([]);

    // French cannot load: the poster stays English, and the page says why.
    const offline = await openRecordingPage();
    await offline.route(/\/assets\/fr(-kit)?-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await pickView(offline);
    await offline.getByRole('radio', { name: 'Français' }).click(WAIT);
    await offline.getByText('Die taal kon niet laden. Probeer opnieuw als je weer online bent.').waitFor(WAIT);
    expect(await offline.getByRole('radio', { name: 'Nederlands' }).isChecked()).toBe(true);
    expect(await preview(offline).getByText('Zit je ergens mee? Praat erover.').count()).toBe(1);
  });

  it('is reached from the footer, in the page’s language', async () => {
    const page = await openRecordingPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Poster for your school' }).click(WAIT);
    await page.getByRole('heading', { level: 1, name: 'Poster for your school' }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe('/en/affiche');
    expect(await violations(page)).toEqual([]);
  });
});

describe('printing a list of results or a provider page', () => {
  it('leaves out the header, search box, filters and footer, keeps the crisis lane, and prints links in full', async () => {
    const page = await openRecordingPage();
    await page.goto(`${baseUrl}${searchUrl('nl', VIEW)}`);
    await page.locator('#resultaten .result').first().waitFor(WAIT);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('search'),
      page.getByRole('combobox', { name: 'Gemeente' }),
      page.getByRole('navigation', { name: 'Bekijk als' }),
    ])
      expect(await hidden.isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Nu meteen iemand spreken?' }).isVisible()).toBe(true);
    // A number to call is printed after its button: paper cannot be tapped.
    const call = page.getByRole('region', { name: 'Nu meteen iemand spreken?' }).getByRole('link', { name: /^Bel / }).first();
    expect(await call.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (tel:${CRISIS_LANE[0].number})"`);
    // Each result names its page in full, with the site's address: its link is relative.
    const firstResult = page.locator('#resultaten .result').first();
    const href = await firstResult.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href');
    expect((await firstResult.locator('.result__address').textContent())?.trim()).toBe(`${E2E_SITE_URL}${href}`);
    expect(await firstResult.locator('.result__address').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);

    // A provider page: its web address is printed after the link to it.
    const provider = catalogue.providers.find((candidate) => candidate.website?.startsWith('https://'))!;
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}/aanbieder/${provider.id}`);
    await page.getByRole('heading', { level: 1, name: provider.name }).waitFor(WAIT);
    await page.emulateMedia({ media: 'print' });
    const website = page.locator(`main a[href="${provider.website}"]`).first();
    expect(await website.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${provider.website})"`);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /Terug naar de lijst/ }).isVisible()).toBe(false);
    expect(await page.getByText(`${E2E_SITE_URL}/aanbieder/${provider.id}`, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Nu meteen iemand spreken?' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/school-kit-provider-print.png`, fullPage: true });
    expect(await violations(page)).toEqual([]);
  });
});
