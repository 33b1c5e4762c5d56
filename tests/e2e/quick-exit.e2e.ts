/**
 * The quick exit on a phone, on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts; tests/fixtures/catalogue/) in Debian's Chromium at
 * 390x844: after every kind of path through the site, neither Back nor Forward shows Hulp HUB again;
 * the button is always on screen, never hides content or keyboard focus, in every language and at 200%
 * zoom; and a whole session stores nothing on the device.
 *
 * Every path is run twice: with the Navigation API, and without it (taken away before any script of the
 * page runs), as on Safari before 26.2 and Firefox before 147, where the exit counts on React Router's
 * numbering of history entries instead. Leaving never loads a Hulp HUB page on the way out.
 *
 * "Left for good" is checked after each exit in two ways:
 * - the browser's own list of the tab's history (DevTools protocol, Page.getNavigationHistory): every
 *   entry is the tab's empty start page, the exit site, or the bounce page (weg.html, which leaves at
 *   once), and no entry's title names Hulp HUB or what was searched;
 * - as a person would: Back, then Forward, then Back to the tab's start and Forward to its end. Every
 *   page the tab shows on the way is recorded: only the exit site, the bounce page or the start page;
 *   the site serves nothing but the bounce page; no search box, results or provider text is shown.
 *
 * The exit site (https://www.google.be/ in this build) and map images are answered by the tests with
 * small local pages and images, so nothing leaves the machine; after each test, phone-session.ts fails
 * it if a request left the site otherwise.
 */
import type { Frame, Locator, Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { PHONE } from './browser';
import { fixtureProvider } from './fixture-catalogue';
import { describeFocus, isFocused, MAX_TABS, phoneSession, screenshot, tabUntil, typeInto, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
/** The bounce page the quick exit leaves behind (built by vite.config.ts). */
const BOUNCE_URL = `${baseUrl}/weg.html`;
/** What the local stand-in for the exit site shows. */
const EXIT_PAGE_TITLE = 'Neutrale pagina (lokaal)';
const TILE_ORIGIN = 'https://tile.openstreetmap.org';
/** How long a wait for the page may take: generous for a loaded 2-core machine, bounded so a broken page fails. */
const WAIT = { timeout: 30_000 };
const TYPING = { delay: 60 };
/** A provider found by a word of its own ("jongerenhuis"), with a source link, in the fictional catalogue. */
const FOUND_PROVIDER = fixtureProvider('fictief-jongerenhuis-hasselt');
const FOUND_BY = 'jongerenhuis';
/** A provider with a place and opening hours, for the page at 200% zoom. */
const ZOOMED_PROVIDER = fixtureProvider('fictieve-huisartsenpost');
/** Anything of Hulp HUB a page could show: its name, the button, the search box, the results heading. */
const HULP_HUB_TEXT = /Hulp HUB|Snel weg|Leave now|Partir vite|Zoek hulp|Find help|waar je terecht kunt|where you can go|Nu hulp nodig/;

const TEXT = {
  nl: {
    prefix: '',
    leave: 'Snel weg',
    search: 'Zoek hulp',
    showMore: 'Toon meer',
    results: /^\d+ plek(ken)? waar je terecht kunt$/,
    historyNote: 'Snel weg wist niet alles uit je geschiedenis. Wis je geschiedenis zelf in je browser, of zoek in een incognitovenster.',
  },
  en: {
    prefix: '/en',
    leave: 'Leave now',
    search: 'Find help',
    showMore: 'Show more',
    results: /^\d+ places? where you can go$/,
    historyNote:
      '“Leave now” does not remove everything from your history. Clear your browser history yourself, or search in a private (incognito) window.',
  },
  fr: {
    prefix: '/fr',
    leave: 'Partir vite',
    search: 'Chercher de l’aide',
    showMore: 'Afficher plus',
    results: /^\d+ endroits? où tu peux aller$/,
    historyNote:
      '« Partir vite » n’efface pas tout ton historique. Efface toi-même l’historique de ton navigateur, ou cherche dans une fenêtre privée.',
  },
} as const;
type Lang = keyof typeof TEXT;

const { openPage, answeredLocally } = phoneSession(SITE_ORIGIN);

interface ExitSite {
  url: string;
  /** The Referer header of each request the exit site received. */
  referers: (string | undefined)[];
}

function exitLink(page: Page, lang: Lang = 'nl'): Locator {
  return page.getByRole('link', { name: TEXT[lang].leave });
}

function resultsHeading(page: Page, lang: Lang = 'nl'): Locator {
  return page.getByRole('heading', { level: 2, name: TEXT[lang].results });
}

function resultNameLinks(page: Page, lang: Lang = 'nl'): Locator {
  return page.getByRole('region', { name: TEXT[lang].results }).getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
}

/**
 * The two ways a browser can run the quick exit: with the Navigation API (Chromium, Safari 26.2+,
 * Firefox 147+), or without it, on React Router's entry numbering (older Safari and Firefox, common on
 * older phones). Without it, the page is given no `window.navigation` before any of its scripts runs,
 * in every document the tab loads (a reload, a page loaded anew by Back).
 */
const NAVIGATION_API_MODES = [
  { name: 'with the Navigation API', navigationApi: true },
  { name: 'without the Navigation API', navigationApi: false },
] as const;

function hasNavigationApi(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const navigation = (window as { navigation?: { currentEntry?: unknown; entries?: unknown } }).navigation;
    return typeof navigation === 'object' && navigation !== null && typeof navigation.entries === 'function';
  });
}

/**
 * Opens Hulp HUB at `path` in a new tab, whose first history entry is the empty start page (as a tab
 * opened from another app would have one before the site), with the exit site answered locally, and
 * with or without the Navigation API.
 */
async function openSite(path: string, { navigationApi = true }: { navigationApi?: boolean } = {}): Promise<{ page: Page; exit: ExitSite }> {
  const page = await openPage();
  expect(page.url()).toBe('about:blank');
  if (!navigationApi) {
    await page.context().addInitScript(() => {
      delete (window as { navigation?: unknown }).navigation;
      Object.defineProperty(window, 'navigation', { value: undefined, configurable: true });
    });
  }
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
  expect(await hasNavigationApi(page), 'the Navigation API is there').toBe(navigationApi);
  const url = await exitLink(page).getAttribute('href');
  expect(url).toMatch(/^https:\/\//);
  const exit: ExitSite = { url: url!, referers: [] };
  const exitOrigin = new URL(exit.url).origin;
  await page.route(
    (requested) => requested.origin === exitOrigin,
    (route) => {
      answeredLocally.add(route.request().url());
      exit.referers.push(route.request().headers()['referer']);
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nl"><title>${EXIT_PAGE_TITLE}</title><h1>${EXIT_PAGE_TITLE}</h1><p>Een gewone pagina.</p></html>`,
      });
    },
  );
  return { page, exit };
}

/** Map images drawn locally (a plain square), so the map view works without the tile server. */
async function routeTilesLocally(page: Page) {
  await page.route(`${TILE_ORIGIN}/**`, (route) => {
    answeredLocally.add(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e8eee4"/></svg>',
    });
  });
}

interface TabHistory {
  current: number;
  entries: { url: string; title: string }[];
}

/** The tab's history as the browser keeps it: every entry Back and Forward can reach, with its title. */
async function tabHistory(page: Page): Promise<TabHistory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    return { current: currentIndex, entries: entries.map(({ url, title }) => ({ url, title })) };
  } finally {
    await cdp.detach();
  }
}

function isNeutral(url: string, exit: ExitSite): boolean {
  return url === 'about:blank' || url === exit.url || url === BOUNCE_URL;
}

/** Every entry is the start page, the exit site or the bounce page; no title tells of Hulp HUB. */
function expectOnlyNeutralEntries(history: TabHistory, exit: ExitSite, allowed: string[] = []) {
  const others = history.entries.filter(({ url }) => !isNeutral(url, exit) && !allowed.includes(url));
  expect(others, 'history entries that would show Hulp HUB').toEqual([]);
  const telling = history.entries.filter(({ url, title }) => !allowed.includes(url) && HULP_HUB_TEXT.test(title));
  expect(telling, 'history entries whose title tells of Hulp HUB').toEqual([]);
  // At most one trace of the site: the bounce page.
  expect(history.entries.filter(({ url }) => url === BOUNCE_URL).length).toBeLessThanOrEqual(1);
}

/** The tab shows the exit site (a bounce page has left again) or the empty start page, and nothing of Hulp HUB. */
async function expectNothingOfHulpHub(page: Page, exit: ExitSite) {
  await page.waitForURL((url) => url.href === exit.url || url.href === 'about:blank', WAIT);
  if (page.url() === exit.url) await page.getByRole('heading', { level: 1, name: EXIT_PAGE_TITLE }).waitFor(WAIT);
  expect(await page.evaluate(() => document.body?.innerText ?? '')).not.toMatch(HULP_HUB_TEXT);
  expect(await page.getByRole('searchbox').count()).toBe(0);
}

async function step(page: Page, direction: 'back' | 'forward') {
  // 'commit': the bounce page leaves again before it would ever finish loading.
  if (direction === 'back') await page.goBack({ waitUntil: 'commit', ...WAIT });
  else await page.goForward({ waitUntil: 'commit', ...WAIT });
}

/**
 * After "Snel weg" (or Esc twice): the exit site is shown, and neither Back nor Forward ever shows
 * Hulp HUB again. `earlier` are entries of an earlier, separate load of the site that a page cannot remove
 * (see the test of a second page load).
 */
async function expectLeftForGood(page: Page, exit: ExitSite, earlier: string[] = []) {
  await page.waitForURL(exit.url, WAIT);
  await expectNothingOfHulpHub(page, exit);
  // The exit site was not told that the visitor came from a help site.
  expect(exit.referers.length).toBeGreaterThan(0);
  expect(exit.referers.filter((referer) => referer !== undefined)).toEqual([]);
  expectOnlyNeutralEntries(await tabHistory(page), exit, earlier);

  const shown: string[] = [];
  /** Pages (documents) Hulp HUB served: only the bounce page may be among them. */
  const served: string[] = [];
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame()) shown.push(frame.url());
  };
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === SITE_ORIGIN && request.resourceType() === 'document') served.push(url.pathname);
  };
  page.on('framenavigated', onNavigated);
  page.on('request', onRequest);

  // Back, then Forward: what someone checking the phone would try first.
  await step(page, 'back');
  await expectNothingOfHulpHub(page, exit);
  await step(page, 'forward');
  await expectNothingOfHulpHub(page, exit);
  // Then every entry: Back to the tab's start (or to the first entry after `earlier`), Forward to its end.
  const firstOurs = earlier.length === 0 ? 0 : earlier.length + 1;
  for (let steps = 0; (await tabHistory(page)).current > firstOurs; steps++) {
    expect(steps, 'Back presses to reach the start of the tab').toBeLessThan(8);
    await step(page, 'back');
    await expectNothingOfHulpHub(page, exit);
  }
  for (let steps = 0; ; steps++) {
    const history = await tabHistory(page);
    if (history.current === history.entries.length - 1) break;
    expect(steps, 'Forward presses to reach the end of the tab').toBeLessThan(8);
    await step(page, 'forward');
    await expectNothingOfHulpHub(page, exit);
  }
  page.off('framenavigated', onNavigated);
  page.off('request', onRequest);

  expect(shown.length).toBeGreaterThan(0);
  expect(
    shown.filter((url) => !isNeutral(url, exit)),
    'pages the tab showed after leaving',
  ).toEqual([]);
  expect(
    served.filter((path) => path !== '/weg.html'),
    'pages Hulp HUB served after leaving',
  ).toEqual([]);
  expectOnlyNeutralEntries(await tabHistory(page), exit, earlier);
}

/** From the start page: types "jongerenhuis" and opens that provider's page from the results. */
async function openProviderFromSearch(page: Page) {
  await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), FOUND_BY, TYPING);
  await page.waitForURL(`${baseUrl}/?q=${FOUND_BY}`);
  const link = resultNameLinks(page).filter({ hasText: FOUND_PROVIDER.name });
  await link.waitFor(WAIT);
  await link.click();
  await page.waitForURL(`${baseUrl}/aanbieder/${FOUND_PROVIDER.id}`);
  await page.getByRole('heading', { level: 1, name: FOUND_PROVIDER.name, exact: true }).waitFor(WAIT);
}

/** Marks the document the tab shows now, so `loadOfDocument` can tell whether a later one is another. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __marked: true }));
}

/** Whether the tab still shows the marked document, and how the document it shows was loaded. */
function loadOfDocument(page: Page): Promise<{ marked: boolean; type: string | undefined }> {
  return page.evaluate(() => ({
    marked: (window as { __marked?: boolean }).__marked === true,
    type: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type,
  }));
}

/** Records the pages (documents) Hulp HUB serves to the tab from now on, until `stop()`. */
function recordServedPages(page: Page): { stop(): string[] } {
  const served: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === SITE_ORIGIN && request.resourceType() === 'document') served.push(`${url.pathname}${url.search}`);
  };
  page.on('request', onRequest);
  return {
    stop() {
      page.off('request', onRequest);
      return served;
    },
  };
}

/**
 * Leaves with `how` (by default a tap on "Snel weg"): no Hulp HUB page is loaded on the way out (stepping
 * back must stay inside the page: a loaded page would show Hulp HUB again), then `expectLeftForGood`.
 */
async function leaveForGood(page: Page, exit: ExitSite, how: () => Promise<void> = () => exitLink(page).click(), earlier: string[] = []) {
  const served = recordServedPages(page);
  await how();
  await page.waitForURL(exit.url, WAIT);
  expect(served.stop(), 'Hulp HUB pages loaded while leaving').toEqual([]);
  await expectLeftForGood(page, exit, earlier);
}

/** The history entries of the tab, as URLs relative to the site (about:blank stays as it is). */
async function entryPaths(page: Page): Promise<string[]> {
  return (await tabHistory(page)).entries.map(({ url }) => (url.startsWith(SITE_ORIGIN) ? url.slice(SITE_ORIGIN.length) : url));
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The quick-exit bar (the button's frame at the bottom of the screen), in CSS pixels of the viewport. */
function barBox(page: Page, lang: Lang = 'nl'): Promise<Box> {
  return exitLink(page, lang).evaluate((link) => {
    const { top, bottom, left, right } = link.parentElement!.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

/**
 * The button is wholly inside the viewport, and a tap on its middle reaches the button itself (nothing
 * lies on top of it).
 */
async function expectButtonOnScreen(page: Page, lang: Lang, viewport: { width: number; height: number }) {
  const link = exitLink(page, lang);
  const box = (await link.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  // Large enough for a thumb (WCAG 2.5.8 asks for 24 px; 44 px is the usual advice for touch).
  expect(box.height).toBeGreaterThanOrEqual(44);
  const hit = await link.evaluate(
    (element, { x, y }) => {
      const top = document.elementFromPoint(x, y);
      return top !== null && element.contains(top);
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(hit, 'a tap on the middle of the button reaches the button').toBe(true);
}

/** Scrolls to the end of the page: the last line of the page ends above the bar, so the bar covers nothing there. */
async function expectEndOfPageAboveBar(page: Page, lang: Lang) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight), WAIT)
    .toBe(true);
  const note = page.getByRole('contentinfo').getByText(TEXT[lang].historyNote, { exact: true });
  const last = (await note.boundingBox())!;
  const bar = await barBox(page, lang);
  expect(last.y + last.height, 'the last line of the page ends above the quick-exit bar').toBeLessThanOrEqual(bar.top);
  expect(last.y).toBeGreaterThanOrEqual(0);
}

describe('the quick exit on a phone (built site, 390x844)', () => {
  for (const { name, navigationApi } of NAVIGATION_API_MODES)
    describe(`"Snel weg" leaves for good, ${name}: neither Back nor Forward shows Hulp HUB again`, () => {
      it('from the first page, with the footer saying what it cannot remove', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        expect(await page.getByRole('contentinfo').getByText(TEXT.nl.historyNote, { exact: true }).isVisible()).toBe(true);
        await leaveForGood(page, exit);
      });

      it('after switching language twice, in English ("Leave now")', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        const languages = (name: string) => page.getByRole('navigation', { name }).getByRole('link', { name: 'English' });
        await languages('Taal').click();
        await page.waitForURL(`${baseUrl}/en`);
        await resultsHeading(page, 'en').waitFor(WAIT);
        await typeInto(page.getByRole('searchbox', { name: TEXT.en.search }), 'bullied', TYPING);
        await page.waitForURL(`${baseUrl}/en?q=bullied`);
        await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
        await page.waitForURL(`${baseUrl}/fr?q=bullied`);
        await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
        await page.waitForURL(`${baseUrl}/en?q=bullied`);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('en');
        expect(await entryPaths(page)).toEqual(['about:blank', '/', '/en?q=bullied', '/fr?q=bullied', '/en?q=bullied']);

        await leaveForGood(page, exit, () => exitLink(page, 'en').click());
      });

      it('after the "Hulp HUB" home link', async () => {
        const { page, exit } = await openSite('/thema/pesten', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
        await page.waitForURL(`${baseUrl}/thema/pesten?q=ik+word+gepest`);
        await page.getByRole('link', { name: 'Hulp HUB, naar het begin' }).click();
        await page.waitForURL(`${baseUrl}/`);
        await resultsHeading(page).waitFor(WAIT);
        expect(await entryPaths(page)).toEqual(['about:blank', '/thema/pesten?q=ik+word+gepest', '/']);

        await leaveForGood(page, exit);
      });

      it('right after a key, before the typed address is written', async () => {
        const { page, exit } = await openSite('/thema/pesten', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await untilLive(page);
        await leaveForGood(page, exit, () =>
          page.evaluate(() => {
            // In one task: words typed, then the quick exit, while their address still waits for a pause in
            // typing (src/routing/typed-url.ts; the quick exit drops it, typed-url.test.ts shows dropping).
            const box = document.querySelector<HTMLInputElement>('#zoekterm')!;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'ik word gepest');
            box.dispatchEvent(new Event('input', { bubbles: true }));
            document.querySelector<HTMLAnchorElement>('a.quick-exit')!.click();
          }),
        );
      });

      it('after "Nu hulp nodig?" (#hulplijnen), which moves to the helplines without a history entry', async () => {
        const { page, exit } = await openSite('/thema/pesten', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
        await page.waitForURL(`${baseUrl}/thema/pesten?q=ik+word+gepest`);
        await page.getByRole('link', { name: 'Nu hulp nodig?' }).click();
        const lane = page.getByRole('region', { name: 'Nu meteen iemand spreken?' });
        await expect.poll(() => isFocused(lane), WAIT).toBe(true);
        const box = (await lane.boundingBox())!;
        // Within a pixel of the top: the page scrolls in whole device pixels, the lane may start between two.
        expect(box.y).toBeGreaterThan(-1);
        expect(box.y).toBeLessThan(PHONE.height / 2);
        expect(page.url()).toBe(`${baseUrl}/thema/pesten?q=ik+word+gepest`);
        expect(await entryPaths(page)).toEqual(['about:blank', '/thema/pesten?q=ik+word+gepest']);

        await leaveForGood(page, exit);
      });

      it('after the skip link (#inhoud), by keyboard, leaving with Esc twice', async () => {
        const { page, exit } = await openSite('/?q=ik+word+gepest', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        const skip = page.getByRole('link', { name: 'Naar de inhoud' });
        await tabUntil(page, 'The skip link', () => isFocused(skip));
        await page.keyboard.press('Enter');
        await expect.poll(() => isFocused(page.getByRole('main')), WAIT).toBe(true);
        expect(page.url()).toBe(`${baseUrl}/?q=ik+word+gepest`);
        expect(await entryPaths(page)).toEqual(['about:blank', '/?q=ik+word+gepest']);

        await leaveForGood(page, exit, async () => {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Escape');
        });
      });

      it('after three pages in the app: a topic, a municipality, then typing (Forward held them before)', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await page.getByRole('checkbox', { name: 'Pesten', exact: true }).click();
        await page.waitForURL(`${baseUrl}/thema/pesten`);
        await page.getByRole('combobox', { name: 'Gemeente' }).selectOption('diepenbeek');
        await page.waitForURL(`${baseUrl}/thema/pesten/diepenbeek`);
        await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
        await page.waitForURL(`${baseUrl}/thema/pesten/diepenbeek?q=ik+word+gepest`);
        expect(await entryPaths(page)).toEqual(['about:blank', '/', '/thema/pesten', '/thema/pesten/diepenbeek?q=ik+word+gepest']);

        await leaveForGood(page, exit);
      });

      it('from a provider page', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await openProviderFromSearch(page);

        await leaveForGood(page, exit);
      });

      it('from the map view', async () => {
        const { page, exit } = await openSite('/gemeente/hasselt', { navigationApi });
        await routeTilesLocally(page);
        await resultsHeading(page).waitFor(WAIT);
        await page.getByRole('navigation', { name: 'Bekijk als' }).getByRole('link', { name: 'Kaart', exact: true }).click();
        await page.waitForURL(`${baseUrl}/gemeente/hasselt?weergave=kaart`);
        await page.getByRole('button', { name: /^In Hasselt: \d+ plek/ }).waitFor(WAIT);
        // The bar stays on top of the map's own layers.
        await expectButtonOnScreen(page, 'nl', PHONE);

        await leaveForGood(page, exit);
      });

      it('after a reload, including the pages from before it (the reloaded page takes them over)', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        await resultsHeading(page).waitFor(WAIT);
        await page.getByRole('checkbox', { name: 'Pesten', exact: true }).click();
        await page.waitForURL(`${baseUrl}/thema/pesten`);
        await markDocument(page);
        await page.reload();
        await resultsHeading(page).waitFor(WAIT);
        expect(await loadOfDocument(page), 'the page was loaded anew').toEqual({ marked: false, type: 'reload' });
        expect(await hasNavigationApi(page)).toBe(navigationApi);
        await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
        await page.waitForURL(`${baseUrl}/thema/pesten?q=ik+word+gepest`);
        expect(await entryPaths(page)).toEqual(['about:blank', '/', '/thema/pesten?q=ik+word+gepest']);

        await leaveForGood(page, exit);
      });

      it('after a source link of a provider, in the same tab, and Back (the page loads anew), including the pages from before it', async () => {
        const { page, exit } = await openSite('/', { navigationApi });
        const sourceOrigin = new URL(FOUND_PROVIDER.sources[0].url).origin;
        await page.route(`${sourceOrigin}/**`, (route) => {
          answeredLocally.add(route.request().url());
          return route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><html lang="nl"><title>Bron (lokaal)</title><h1>Bron (lokaal)</h1></html>',
          });
        });
        await resultsHeading(page).waitFor(WAIT);
        await openProviderFromSearch(page);
        await markDocument(page);
        const source = page.getByRole('link', { name: new URL(sourceOrigin).hostname.replace(/^www\./, '') }).first();
        const sourceUrl = (await source.getAttribute('href'))!;
        expect(sourceUrl.startsWith(`${sourceOrigin}/`)).toBe(true);
        await source.click();
        await page.getByRole('heading', { level: 1, name: 'Bron (lokaal)' }).waitFor(WAIT);
        expect(page.url()).toBe(sourceUrl);
        await page.goBack(WAIT);
        await page.getByRole('heading', { level: 1, name: FOUND_PROVIDER.name, exact: true }).waitFor(WAIT);
        // As on a phone that did not keep the page in memory: Back loaded it anew (otherwise this path tests nothing new).
        expect(await loadOfDocument(page), 'the page was loaded anew').toEqual({ marked: false, type: 'back_forward' });
        expect(await hasNavigationApi(page)).toBe(navigationApi);
        expect(await entryPaths(page)).toEqual(['about:blank', `/?q=${FOUND_BY}`, `/aanbieder/${FOUND_PROVIDER.id}`, sourceUrl]);

        await leaveForGood(page, exit);
      });

      for (const reload of [false, true])
        it(`after a second page load in the tab${reload ? ' and a reload' : ''}, the pages of the first load stay: a page cannot remove them (what the footer line is for)`, async () => {
          const { page, exit } = await openSite('/', { navigationApi });
          await resultsHeading(page).waitFor(WAIT);
          await page.getByRole('checkbox', { name: 'Pesten', exact: true }).click();
          await page.waitForURL(`${baseUrl}/thema/pesten`);
          // A new load of the site in the same tab, as when a link to Hulp HUB is opened again from another app.
          await page.goto(`${baseUrl}/gemeente/hasselt`);
          await resultsHeading(page).waitFor(WAIT);
          await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
          await page.waitForURL(`${baseUrl}/gemeente/hasselt?q=ik+word+gepest`);
          if (reload) {
            // The reloaded page takes over the entries of its own load, never those of the first one.
            await markDocument(page);
            await page.reload();
            await resultsHeading(page).waitFor(WAIT);
            expect(await loadOfDocument(page)).toEqual({ marked: false, type: 'reload' });
          }
          expect(await entryPaths(page)).toEqual(['about:blank', '/', '/thema/pesten', '/gemeente/hasselt?q=ik+word+gepest']);

          // Leaving must not step into the first load's pages: that would load and show Hulp HUB again.
          const served = recordServedPages(page);
          await exitLink(page).click();
          await page.waitForURL(exit.url, WAIT);
          expect(served.stop(), 'Hulp HUB pages loaded while leaving').toEqual([]);
          // This load's pages are gone; the first load's two entries stay, out of any page's reach.
          expect(await entryPaths(page)).toEqual(['about:blank', '/', '/thema/pesten', '/weg.html', exit.url]);
          await expectLeftForGood(page, exit, [`${baseUrl}/`, `${baseUrl}/thema/pesten`]);
        });
    });

  describe('Esc', () => {
    it('once does nothing, also right after the page opened', async () => {
      const { page } = await openSite('/');
      await resultsHeading(page).waitFor(WAIT);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000); // longer than the 800 ms double-press window
      expect(page.url()).toBe(`${baseUrl}/`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
      expect(page.url()).toBe(`${baseUrl}/`);
      expect(await exitLink(page).isVisible()).toBe(true);
    });
  });

  describe('in-app links stay in the page, so the quick exit can take them back', () => {
    it('the home link, the language links and the two in-page links load no new page and add no #-entry', async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}/thema/pesten`);
      await resultsHeading(page).waitFor(WAIT);
      await page.evaluate(() => Object.assign(window, { __samePage: true }));
      const samePage = () => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true);

      await page.getByRole('link', { name: 'Nu hulp nodig?' }).click();
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${baseUrl}/en/thema/pesten`);
      await resultsHeading(page, 'en').waitFor(WAIT);
      await page.getByRole('link', { name: 'Hulp HUB, back to the start' }).click();
      await page.waitForURL(`${baseUrl}/en`);
      await resultsHeading(page, 'en').waitFor(WAIT);
      // A new page starts at the top (the header is on screen), not where the helplines were.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The address changes before the page has drawn the new view: on a busy machine the language link
      // could still point at the theme page. Click it once it links to the Dutch start page.
      const dutch = page.getByRole('link', { name: 'Nederlands' });
      await expect.poll(() => dutch.getAttribute('href'), WAIT).toBe('/');
      await dutch.click();
      await page.waitForURL(`${baseUrl}/`);
      await resultsHeading(page).waitFor(WAIT);

      expect(await samePage(), 'still the same document: no page was loaded').toBe(true);
      expect(await entryPaths(page)).toEqual(['about:blank', '/thema/pesten', '/en/thema/pesten', '/en', '/']);
      expect(page.url()).not.toContain('#');
    });
  });

  describe('the button', () => {
    it.each(['nl', 'en', 'fr'] as const)(
      'is on screen and uncovered while scrolling through the results, and covers nothing at the end (%s)',
      async (lang) => {
        const page = await openPage();
        await page.goto(`${baseUrl}${TEXT[lang].prefix || '/'}`);
        await resultsHeading(page, lang).waitFor(WAIT);
        await untilLive(page);
        // Every result, for a long page to scroll through: the list shows its first results, then more on request.
        const showMore = page.getByRole('button', { name: TEXT[lang].showMore, exact: true });
        while ((await showMore.count()) > 0) await showMore.click();
        expect(await resultNameLinks(page, lang).count()).toBeGreaterThan(10);
        await expectButtonOnScreen(page, lang, PHONE);
        for (const fraction of [0.25, 0.5, 0.75]) {
          await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * f), fraction);
          await expect.poll(() => page.evaluate(() => window.scrollY > 0), WAIT).toBe(true);
          await expectButtonOnScreen(page, lang, PHONE);
          if (lang === 'nl' && fraction === 0.5) await screenshot(page, 'quick-exit-scrolled');
        }
        await expectEndOfPageAboveBar(page, lang);
        await expectButtonOnScreen(page, lang, PHONE);
        if (lang === 'nl') await screenshot(page, 'quick-exit-page-end');
        // One line in every language: the bar keeps its height, which the page keeps free at its end.
        const bar = await barBox(page, lang);
        expect(bar.bottom).toBe(PHONE.height);
        expect(bar.bottom - bar.top).toBeLessThanOrEqual(70);
      },
    );

    it('is the first stop after the skip link, shows its focus, and no focused element hides behind it', async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}/?q=ik+word+gepest`);
      await resultsHeading(page).waitFor(WAIT);
      // The start page's HTML shows first; the app then renders this search in its place.
      await untilLive(page);
      const button = exitLink(page);
      await page.keyboard.press('Tab');
      expect(await isFocused(page.getByRole('link', { name: 'Naar de inhoud' }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(button), `focus is on ${await describeFocus(page)}`).toBe(true);
      const outline = await button.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).toBe('solid');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'quick-exit-focused');

      // Every other stop of the page, to the end: wholly on screen above the bar (WCAG 2.4.11).
      const hidden: string[] = [];
      let stops = 0;
      for (let presses = 0; presses < MAX_TABS * 3; presses++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const bar = document.querySelector('.quick-exit-bar')!;
          if (bar.contains(element)) return { inBar: true, top: 0, bottom: 0, barTop: 0 };
          const { top, bottom } = element.getBoundingClientRect();
          return { inBar: false, top, bottom, barTop: bar.getBoundingClientRect().top };
        });
        if (where === null) break; // past the last link: focus left the page
        if (where.inBar) break; // round again to the start
        stops++;
        if (where.top < 0 || where.bottom > where.barTop + 0.5)
          hidden.push(`${await describeFocus(page)} at ${where.top}–${where.bottom}, bar at ${where.barTop}`);
      }
      expect(stops).toBeGreaterThan(20);
      expect(hidden).toEqual([]);
    });

    it.each([
      { page: 'results', path: '/?q=ik+word+gepest', ready: /^\d+ plek(ken)? waar je terecht kunt$/ },
      { page: 'topics open', path: '/', ready: /^\d+ plek(ken)? waar je terecht kunt$/ },
      { page: 'no results', path: '/?q=xyzxyz', ready: /^We vonden niets/ },
      {
        page: 'provider',
        path: `/aanbieder/${ZOOMED_PROVIDER.id}`,
        ready: new RegExp(`^${ZOOMED_PROVIDER.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      },
      { page: 'map', path: '/thema/pesten?weergave=kaart', ready: /niet op de kaart/ },
    ])('works at 200% zoom ($page): on screen, no sideways scrolling, covers nothing at the end', async ({ page: kind, path, ready }) => {
      // 200% zoom on a 390x844 phone leaves a CSS viewport of 195x422 (at twice the pixel density). A page
      // wider than that would make the phone zoom out, and the bar would leave the screen.
      const zoomed = { width: PHONE.width / 2, height: PHONE.height / 2 };
      const page = await openPage({ viewport: zoomed, deviceScaleFactor: 4 });
      if (kind === 'map') await routeTilesLocally(page);
      await page.goto(`${baseUrl}${path}`);
      // The page the app shows: a link with words opens on the prerendered start page, which the app replaces.
      await untilLive(page);
      await page.getByRole('heading', { name: ready }).first().waitFor(WAIT);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width (no sideways scrolling)').toBeLessThanOrEqual(
        zoomed.width,
      );
      await expectButtonOnScreen(page, 'nl', zoomed);
      const bar = await barBox(page);
      // The bar keeps most of the small screen for the page.
      expect(bar.bottom - bar.top).toBeLessThanOrEqual(zoomed.height * 0.2);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expectButtonOnScreen(page, 'nl', zoomed);
      if (kind === 'results') {
        await screenshot(page, 'quick-exit', 'zoom-200');
        expect(await axeViolations(page)).toEqual([]);
      }
      await expectEndOfPageAboveBar(page, 'nl');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(zoomed.width);
    });

    it('passes axe (WCAG 2.2 AA) with the page scrolled under it', async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}/en/thema/pesten`);
      await resultsHeading(page, 'en').waitFor(WAIT);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('a whole session stores nothing on the phone: no cookies, local or session storage, databases or caches', async () => {
    const page = await openPage();
    await routeTilesLocally(page);
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);
    await typeInto(page.getByRole('searchbox', { name: TEXT.nl.search }), 'ik word gepest', TYPING);
    await page.waitForURL(`${baseUrl}/?q=ik+word+gepest`);
    await page.getByRole('combobox', { name: 'Gemeente' }).selectOption('zonhoven');
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven?q=ik+word+gepest`);
    await page.getByRole('button', { name: 'Meer keuzes' }).click();
    await page.getByRole('checkbox', { name: 'Gratis', exact: true }).click();
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven?q=ik+word+gepest&gratis=1`);
    const first = resultNameLinks(page).first();
    await first.waitFor(WAIT);
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`${baseUrl}${href}`);
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven?q=ik+word+gepest&gratis=1`);
    await page.getByRole('navigation', { name: 'Bekijk als' }).getByRole('link', { name: 'Kaart', exact: true }).click();
    await page.getByRole('region', { name: /niet op de kaart/ }).waitFor(WAIT);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/en/gemeente/zonhoven?q=ik+word+gepest&gratis=1&weergave=kaart`);
    // Leave the site and come back: what a page saves when it is hidden (as <ScrollRestoration> did) is saved now.
    await page.goto('about:blank');
    await page.goBack();
    await page.waitForURL(`${baseUrl}/en/gemeente/zonhoven?q=ik+word+gepest&gratis=1&weergave=kaart`);
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);

    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, databases: 0, caches: 0 });
    expect(await page.context().cookies()).toEqual([]);
    expect((await page.context().storageState()).origins).toEqual([]);
  });
});
