/**
 * Real pages for every view (issue 12), on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts, which runs the same site build as `npm run build`):
 * - every view of src/prerender/site-pages.ts (the school kit too) exists as a file, with its own title, description,
 *   canonical address, language alternates and link-preview tags, and its preview image is a real PNG;
 *   sitemap.xml lists them all, robots.txt points to it, 404.html is the app's shell;
 * - with JavaScript off, Chromium shows the crisis numbers first, then the results or the provider's
 *   details, with links that work (a result opens its provider page, tel: links call);
 * - with JavaScript on, the browser takes the HTML over without console errors, without moving anything
 *   (no layout shift, the same results in the same order) and without downloading the catalogue twice,
 *   and the page then works (typing searches);
 * - nothing the site does breaks its Content-Security-Policy (no securitypolicyviolation event).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
// Node has every language's texts at once (the browser loads only the visitor's).
import '../../src/i18n/all-languages.ts';
import { i18nFor } from '../../src/i18n/i18n.ts';
import { LANGUAGES } from '../../src/i18n/language.ts';
import { markOldFacts } from '../../src/catalogue/old-facts.ts';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { pageMeta } from '../../src/pages/page-meta.ts';
import { htmlFileOf, sitePages } from '../../src/prerender/site-pages.ts';
import { languageUrls, providerUrl, searchUrl } from '../../src/routing/urls.ts';
import { EMPTY_SEARCH } from '../../src/search/search-filters.ts';
import { tileServerUrl } from '../../src/map/map-config.ts';
import { createSearcher } from '../../src/search/search-providers.ts';
import { RESULT_WINDOW } from '../../src/pages/search/use-result-window.ts';
import { E2E_SITE_DIR } from './build-fixture-site.ts';
import { E2E_SITE_URL, catalogue, searchIndex } from './fixture-catalogue.ts';
import { phoneSession, screenshot } from './phone-session.ts';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
const WAIT = { timeout: 30_000 };
const { openPage, answeredLocally } = phoneSession(SITE_ORIGIN);
/** The build's tile server (no VITE_TILE_URL is set for the tests): its images are answered here. */
const TILE_ORIGIN = tileServerUrl().origin;

const PAGES = sitePages(catalogue);
/** The catalogue as the build showed it: facts dated on the day of the build (the tests run the same day or later). */
const shown = markOldFacts(catalogue, dateInBelgium(new Date()));
const searcher = createSearcher(shown, searchIndex);

function readPage(path: string): Document {
  const html = readFileSync(join(E2E_SITE_DIR, htmlFileOf(path)), 'utf8');
  return new JSDOM(html).window.document;
}

function parse(text: string, contentType: 'text/html' | 'application/xml'): Document {
  return new JSDOM(text, { contentType }).window.document;
}

function meta(document: Document, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute('content') ?? null;
}

describe('prerendered pages in the built site', () => {
  it('has every view in every language: home, themes, municipalities, theme in municipality, providers', () => {
    const { themes, municipalities, providers } = catalogue;
    // The start page, themes, municipalities, themes in municipalities, providers and the school kit.
    const perLanguage = 1 + themes.length + municipalities.length + themes.length * municipalities.length + providers.length + 1;
    expect(PAGES).toHaveLength(perLanguage * LANGUAGES.length);
    // A sample by name, so a wrong list cannot pass by its length alone.
    for (const path of [
      '/',
      '/en',
      '/fr',
      searchUrl('en', { ...EMPTY_SEARCH, themes: [themes[0].id], municipality: municipalities[0].id }),
    ]) {
      expect(PAGES.map((page) => page.path)).toContain(path);
    }
    for (const { path } of PAGES) expect(existsSync(join(E2E_SITE_DIR, htmlFileOf(path))), path).toBe(true);
  });

  it('gives each page its title, description, canonical address, language alternates and preview tags', () => {
    const images = new Set<string>();
    for (const { path, page } of PAGES) {
      const document = readPage(path);
      const t = i18nFor(page.lang).t;
      const count = page.kind === 'search' ? searcher.search(page.search, undefined).length : undefined;
      const expected = pageMeta(page, shown, t, count);
      const canonical = new URL(path, E2E_SITE_URL).href;
      expect(document.documentElement.lang, path).toBe(page.lang);
      expect(document.title, path).toBe(expected.title);
      expect(meta(document, 'meta[name="description"]'), path).toBe(expected.description);
      expect(document.querySelectorAll('link[rel="canonical"]'), path).toHaveLength(1);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(canonical);
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          link.getAttribute('href'),
        ]),
      );
      const languages = languageUrls(path, '');
      expect(alternates, path).toEqual({
        nl: new URL(languages.nl, E2E_SITE_URL).href,
        en: new URL(languages.en, E2E_SITE_URL).href,
        fr: new URL(languages.fr, E2E_SITE_URL).href,
        'x-default': new URL(languages.nl, E2E_SITE_URL).href,
      });
      expect(alternates[page.lang], path).toBe(canonical);
      expect(meta(document, 'meta[property="og:title"]'), path).toBe(expected.title);
      expect(meta(document, 'meta[property="og:description"]'), path).toBe(expected.description);
      expect(meta(document, 'meta[property="og:url"]'), path).toBe(canonical);
      expect(meta(document, 'meta[name="twitter:card"]'), path).toBe('summary_large_image');
      expect(meta(document, 'meta[name="twitter:title"]'), path).toBe(expected.title);
      const image = meta(document, 'meta[property="og:image"]');
      expect(meta(document, 'meta[name="twitter:image"]'), path).toBe(image);
      expect(image, path).toMatch(new RegExp(`^${E2E_SITE_URL}/delen/[0-9a-f]{16}\\.png$`));
      images.add(new URL(image!).pathname);
      expect(document.getElementById('root')?.getAttribute('data-prerendered'), path).toBe(path);
      const dataPreloads = [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) => link.getAttribute('href'));
      expect(dataPreloads, path).toEqual([
        '/data/catalogue.json',
        '/data/search-index.json',
        ...(page.kind === 'provider' ? [`/data/details/${page.id}.json`] : []),
      ]);
    }
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(join(E2E_SITE_DIR, image)));
      expect([png.width, png.height], image).toEqual([1200, 630]);
    }
  });

  it('lists every page in sitemap.xml with its language alternates, and robots.txt points to it', () => {
    const sitemap = parse(readFileSync(join(E2E_SITE_DIR, 'sitemap.xml'), 'utf8'), 'application/xml');
    const listed = [...sitemap.getElementsByTagName('loc')].map((loc) => loc.textContent);
    expect(listed.sort()).toEqual(PAGES.map(({ path }) => new URL(path, E2E_SITE_URL).href).sort());
    expect(sitemap.getElementsByTagName('xhtml:link')).toHaveLength(PAGES.length * LANGUAGES.length);
    const robots = readFileSync(join(E2E_SITE_DIR, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${E2E_SITE_URL}/sitemap.xml`);
    expect(robots).toContain('Disallow: /beheer/');
    const notFound = parse(readFileSync(join(E2E_SITE_DIR, '404.html'), 'utf8'), 'text/html');
    expect(meta(notFound, 'meta[name="robots"]')).toBe('noindex');
    expect(notFound.getElementById('root')?.hasAttribute('data-prerendered')).toBe(false);
  });

  it('answers a path it has no page for with the app shell and status 404, and the app then shows that URL', async () => {
    const page = await openPage();
    const response = await page.goto(`${baseUrl}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Deze pagina bestaat niet');
  });
});

/** Crisis numbers in the order of the lane, as tel: links. */
const CRISIS_HREFS = CRISIS_LANE.map((line) => `tel:${line.number}`);

/** The hrefs of the page's links, in document order. */
function linkHrefs(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('with JavaScript off', () => {
  const theme = catalogue.themes.find((candidate) => catalogue.providers.some((p) => p.themes.includes(candidate.id)))!;
  const themePath = searchUrl('nl', { ...EMPTY_SEARCH, themes: [theme.id] });

  it('shows the crisis numbers first, then the results as links that open the provider pages', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${themePath}`);
    const expected = searcher.search({ ...EMPTY_SEARCH, themes: [theme.id] }, undefined).map((result) => result.provider);
    expect(expected.length).toBeGreaterThan(0);
    const names = (await page.locator('#resultaten li.result h3').allTextContents()).map((name) => name.trim());
    // The first window of results, as the app's first render shows it (pages/search/use-result-window.ts).
    expect(names).toEqual(expected.slice(0, RESULT_WINDOW).map((provider) => provider.name));
    const hrefs = await linkHrefs(page);
    const firstResult = hrefs.indexOf(providerUrl('nl', expected[0].id));
    expect(firstResult).toBeGreaterThan(0);
    // Every crisis number is a tel: link before the first result.
    for (const href of CRISIS_HREFS) {
      expect(hrefs.indexOf(href), href).toBeGreaterThanOrEqual(0);
      expect(hrefs.indexOf(href), href).toBeLessThan(firstResult);
    }
    await screenshot(page, 'prerendered-no-js-theme');
    // A result is a real link: it opens the provider's own prerendered page, with its details.
    await page.locator('#resultaten li.result h3 a').first().click();
    await page.waitForURL(`${baseUrl}${providerUrl('nl', expected[0].id)}`, WAIT);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(expected[0].name);
  });

  it('shows the first window of a long list, says how many there are, and the crisis numbers before them', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const expected = searcher.search(EMPTY_SEARCH, undefined).map((result) => result.provider.name);
    // The fictional catalogue's start page has more results than one window.
    expect(expected.length).toBeGreaterThan(RESULT_WINDOW);
    const names = (await page.locator('#resultaten li.result h3').allTextContents()).map((name) => name.trim());
    expect(names).toEqual(expected.slice(0, RESULT_WINDOW));
    expect(await page.getByRole('heading', { level: 2, name: `${expected.length} plekken waar je terecht kunt` }).count()).toBe(1);
    expect(await page.getByText(`Je ziet ${RESULT_WINDOW} van de ${expected.length} plekken.`).isVisible()).toBe(true);
    // "Toon meer" needs the app: without it, it shows disabled, as the search box and filters do.
    expect(await page.getByRole('button', { name: 'Toon meer' }).isDisabled()).toBe(true);
    const hrefs = await linkHrefs(page);
    for (const href of CRISIS_HREFS) expect(hrefs.indexOf(href), href).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#hulplijnen').isVisible()).toBe(true);
    await screenshot(page, 'prerendered-no-js-home');
  });

  it('shows a provider page with its details and tap-to-call numbers, after the crisis numbers', async () => {
    const provider = catalogue.providers.find((p) => p.phones.length > 0 && p.crisisLane === undefined)!;
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${providerUrl('en', provider.id)}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(provider.name);
    const hrefs = await linkHrefs(page);
    const own = hrefs.indexOf(provider.phones[0].href);
    expect(own).toBeGreaterThan(0);
    for (const href of CRISIS_HREFS) expect(hrefs.indexOf(href), href).toBeLessThan(own);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'prerendered-no-js-provider');
  });
});

/** Records console errors, layout shifts and CSP violations from the very start of a page. */
async function watchedPage(): Promise<{
  page: Page;
  consoleErrors: string[];
  catalogueRequests: () => number;
  detailRequests: () => string[];
}> {
  const page = await openPage();
  const consoleErrors: string[] = [];
  let catalogueRequests = 0;
  const detailRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/data/catalogue.json') catalogueRequests++;
    if (pathname.startsWith('/data/details/')) detailRequests.push(pathname);
  });
  await page.addInitScript(() => {
    const recorded = { shifts: [] as number[], violations: [] as string[] };
    Object.assign(window, { __recorded: recorded });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) recorded.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) =>
      recorded.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return { page, consoleErrors, catalogueRequests: () => catalogueRequests, detailRequests: () => detailRequests };
}

function recorded(page: Page): Promise<{ shifts: number[]; violations: string[] }> {
  return page.evaluate(() => (window as unknown as { __recorded: { shifts: number[]; violations: string[] } }).__recorded);
}

/**
 * The app runs: React's root is on the element, the controls it disables until then are enabled, and the
 * clock has filled in open-now.
 */
async function appRuns(page: Page) {
  await page.waitForFunction(
    () => Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__reactContainer')),
    undefined,
    WAIT,
  );
  await page.waitForFunction(
    () => document.querySelector('.share-link__button:disabled, #zoekterm:disabled, fieldset:disabled, .open-status--pending') === null,
    undefined,
    WAIT,
  );
}

describe('the browser takes a prerendered page over', () => {
  const themed = catalogue.themes.filter((theme) => catalogue.providers.some((p) => p.themes.includes(theme.id)));
  const municipality = catalogue.municipalities[0];
  const withHours = catalogue.providers.find((p) => p.phones.some((phone) => phone.hours))!;
  const paths = [
    '/',
    searchUrl('nl', { ...EMPTY_SEARCH, themes: [themed[0].id] }),
    searchUrl('fr', { ...EMPTY_SEARCH, themes: [themed[1].id], municipality: municipality.id }),
    providerUrl('nl', withHours.id),
  ];

  for (const path of paths) {
    it(`without console errors, layout shift, re-ordering or a second download: ${path}`, async () => {
      const { page, consoleErrors, catalogueRequests, detailRequests } = await watchedPage();
      // The catalogue is held back until the HTML has been read and marked, so the app cannot run before.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/data/catalogue.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
      const before = await page.locator('#inhoud h3, #inhoud h1').allTextContents();
      const pendingBefore = await page.locator('.open-status--pending').count();
      expect(await page.locator('#zoekterm:disabled, .share-link__button:disabled').count()).toBeGreaterThan(0);
      // A mark on the HTML's own elements: taken over, they stay; rendered anew, they would be replaced.
      await page
        .locator('#inhoud h1, #inhoud h3')
        .evaluateAll((elements) => elements.forEach((element) => ((element as HTMLElement).dataset.fromHtml = '')));
      release();
      await appRuns(page);
      const after = await page.locator('#inhoud h3, #inhoud h1').allTextContents();
      expect(after).toEqual(before);
      expect(await page.locator('#inhoud h1:not([data-from-html]), #inhoud h3:not([data-from-html])').count()).toBe(0);
      // The open-now badges filled in where the HTML kept their place.
      expect(await page.locator('.open-status--open, .open-status--closed').count()).toBeGreaterThanOrEqual(pendingBefore);
      const { shifts, violations } = await recorded(page);
      expect(shifts).toEqual([]);
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(catalogueRequests()).toBe(1);
      // A provider's page downloads its own details once (preloaded by its HTML), the others none.
      expect(detailRequests()).toEqual(path.includes('/aanbieder/') ? [`/data/details/${withHours.id}.json`] : []);
    });
  }

  it('then works as the app: typing searches, and nothing breaks the Content-Security-Policy on the way', async () => {
    const { page, consoleErrors } = await watchedPage();
    // Map images are answered here with a blank square, so nothing leaves the machine.
    await page.route(`${TILE_ORIGIN}/**`, (route) => {
      answeredLocally.add(route.request().url());
      return route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"/>' });
    });
    await page.goto(`${baseUrl}/`);
    await appRuns(page);
    await page.getByLabel('Zoek hulp').fill(themed[0].label.nl);
    await expect.poll(() => page.url(), WAIT).toContain('?q=');
    await page.locator('#resultaten li.result h3 a').first().click();
    // The provider's page, not the search page's own heading: it opens once its details are here.
    await page.waitForURL(/\/aanbieder\//, WAIT);
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    await page.goBack();
    await page.getByRole('link', { name: 'Kaart' }).click();
    await expect.poll(() => page.url(), WAIT).toContain('weergave=kaart');
    const { violations } = await recorded(page);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
