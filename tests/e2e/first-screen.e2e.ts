/**
 * The first screen on a phone (issue 9), on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts; tests/fixtures/catalogue/) in Debian's Chromium at 390x844: after typing, the
 * results start on the first screen (also for a crisis search, under a compact crisis lane); the
 * municipality can be chosen there without scrolling up; the keyboard reaches the list/map switch in a
 * few presses; no page scrolls sideways at 320 px wide, at 200% zoom or at 200% text size; axe finds
 * nothing; and screenshots in test-results/ (first-screen-*.png).
 *
 * Map images are answered by the tests with a local square, so nothing leaves the machine; after each
 * test, phone-session.ts fails it if a request left the site otherwise.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
import { tileServerUrl } from '../../src/map/map-config.ts';
import { EMPTY_SEARCH, type SearchState } from '../../src/search/search-filters.ts';
import { createSearcher } from '../../src/search/search-providers.ts';
import { axeViolations } from './axe';
import { PHONE } from './browser';
import { catalogue, searchIndex } from './fixture-catalogue';
import { describeFocus, isFocused, phoneSession, screenshot, tabUntil, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
/** The build's tile server (no VITE_TILE_URL is set for the tests). */
const TILE_ORIGIN = tileServerUrl().origin;
/** How long a wait for the page may take: generous for a loaded 2-core machine, bounded so a broken page fails. */
const WAIT = { timeout: 30_000 };
const TYPING = { delay: 60 };
const RESULTS = /^\d+ plek(ken)? waar je terecht kunt$/;

/**
 * The fixture's provider with the most hours and ways of contact: the provider page most likely to be
 * too wide (hours tables, contact buttons, places).
 */
const RICHEST_PROVIDER = [...catalogue.providers].sort((a, b) => richness(b) - richness(a) || a.id.localeCompare(b.id))[0];
function richness(provider: (typeof catalogue.providers)[number]): number {
  const channels = [...provider.phones, ...provider.chats, ...provider.videos];
  const tables = [...channels, ...provider.locations].filter((channel) => channel.hours).length;
  return tables * 2 + channels.length + provider.emails.length + provider.locations.length + (provider.website ? 1 : 0);
}

const { openPage, answeredLocally } = phoneSession(SITE_ORIGIN);

/** What the list shows for a search: the app's own search, run here on the catalogue the site was built from. */
function expectedNames(changes: Partial<SearchState>): string[] {
  return createSearcher(catalogue, searchIndex)
    .search({ ...EMPTY_SEARCH, ...changes }, new Date())
    .map((result) => result.provider.name);
}

function resultsHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: RESULTS });
}

function resultItems(page: Page): Locator {
  return page
    .getByRole('region', { name: RESULTS })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
}

async function resultNames(page: Page): Promise<string[]> {
  return (await resultItems(page).getByRole('heading', { level: 3 }).allTextContents()).map((name) => name.trim());
}

/** The top of the quick-exit bar, fixed at the bottom of the screen. */
function barTop(page: Page): Promise<number> {
  return page.getByRole('link', { name: 'Snel weg' }).evaluate((link) => link.parentElement!.getBoundingClientRect().top);
}

/** Where an element's top edge is on the page (not the screen): its distance from the top of the page. */
function pageTop(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Opens the home page and types a search as a person would; waits until the list shows its results. */
async function typeSearch(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl}/`);
  await resultsHeading(page).waitFor(WAIT);
  const field = page.getByRole('searchbox', { name: 'Zoek hulp' });
  await field.click();
  // On a busy machine Playwright may retry the click and scroll the field to the top of the screen to
  // reach it (seen once in CI: scrolled 189 px, the field's own top). A young person types from the top of
  // the page: start there, so the tests below measure what typing does, not what the click did.
  await page.evaluate(() => window.scrollTo(0, 0));
  await field.pressSequentially(query, TYPING);
  await page.waitForURL(`${baseUrl}/?q=${query.replaceAll(' ', '+')}`);
  const expected = expectedNames({ query });
  await expect.poll(() => resultNames(page), WAIT).toEqual(expected);
  return expected;
}

/** Map images drawn locally (a plain square), so the map view works without the tile server. */
async function routeTilesLocally(page: Page) {
  // Counted as answered when asked for: a tile asked for as the test ends may never reach the handler
  // (see routeTiles in map.e2e.ts).
  page.on('request', (request) => {
    if (request.url().startsWith(`${TILE_ORIGIN}/`)) answeredLocally.add(request.url());
  });
  await page.route(`${TILE_ORIGIN}/**`, (route) => {
    return route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e8eee4"/></svg>',
    });
  });
}

describe('the first screen after typing (390x844)', () => {
  it('"ik word gepest": the topics fold away and the first result starts on the first screen', async () => {
    const page = await openPage();
    const names = await typeSearch(page, 'ik word gepest');
    expect(names.length).toBeGreaterThan(0);
    const topics = page.getByRole('button', { name: 'Onderwerpen' });
    expect(await topics.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox', { name: 'Pesten' }).count()).toBe(0);

    expect(await scrollY(page)).toBe(0);
    const first = resultItems(page).first();
    const top = await pageTop(first);
    const bar = await barTop(page);
    console.log(`"ik word gepest" at 390x844: the first result's top edge is at ${top} px (quick-exit bar from ${bar} px)`);
    expect(top).toBeLessThanOrEqual(PHONE.height);
    // Its name, the link to open it, is above the quick-exit bar.
    const name = (await first.getByRole('heading', { level: 3 }).boundingBox())!;
    expect(name.y + name.height).toBeLessThanOrEqual(bar);
  });

  it('a crisis search ("ik wil dood"): a compact lane with every line to call on screen, and the first result on the first screen', async () => {
    const page = await openPage();
    await typeSearch(page, 'ik wil dood');
    const lane = page.getByRole('region', { name: 'Je bent niet alleen' });
    await lane.waitFor(WAIT);
    expect(await scrollY(page)).toBe(0);
    const bar = await barTop(page);

    // Every line of the lane, in the lane's order, dials its fixed number, and its button is on the screen.
    const calls = lane.getByRole('link', { name: /^Bel / });
    expect(await calls.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      CRISIS_LANE.map((line) => `tel:${line.number}`),
    );
    for (const call of await calls.all()) {
      const box = (await call.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${await call.textContent()} is above the quick-exit bar`).toBeLessThanOrEqual(bar);
    }
    // The lane comes first, right under the search box, then the results.
    const laneBox = (await lane.boundingBox())!;
    const first = resultItems(page).first();
    const top = await pageTop(first);
    expect(laneBox.y + laneBox.height).toBeLessThanOrEqual(top);
    // The first result that is not a line of the lane, if the list has one.
    const laneNames = catalogue.providers.filter((provider) => provider.crisisLane !== undefined).map((provider) => provider.name);
    const names = await resultNames(page);
    const firstOther = names.findIndex((name) => !laneNames.includes(name));
    const otherTop = firstOther === -1 ? undefined : await pageTop(resultItems(page).nth(firstOther));
    console.log(
      `"ik wil dood" at 390x844: the lane is ${Math.round(laneBox.height)} px high (${Math.round(laneBox.y)}–${Math.round(laneBox.y + laneBox.height)} px); ` +
        `the first result's top edge is at ${top} px; the first result that is not a lane line: ${otherTop === undefined ? `none (all ${names.length} results are lane lines)` : `${otherTop} px`} ` +
        `(quick-exit bar from ${bar} px)`,
    );
    expect(top).toBeLessThanOrEqual(PHONE.height);
    await screenshot(page, 'first-screen-crisis');
  });

  it('the municipality is on screen after typing, choosing Diepenbeek filters, and the results still start on the first screen', async () => {
    const page = await openPage();
    const unfiltered = await typeSearch(page, 'ik word gepest');
    const town = page.getByRole('combobox', { name: 'Gemeente' });
    expect(await scrollY(page)).toBe(0);
    const bar = await barTop(page);
    const box = (await town.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(bar);

    await town.selectOption('diepenbeek');
    await page.waitForURL(`${baseUrl}/gemeente/diepenbeek?q=ik+word+gepest`);
    const expected = expectedNames({ query: 'ik word gepest', municipality: 'diepenbeek' });
    // Choosing it changes the list (so this test can see a filter that does nothing).
    expect(expected).not.toEqual(unfiltered);
    await expect.poll(() => resultNames(page), WAIT).toEqual(expected);
    expect(await scrollY(page)).toBe(0);
    const top = await pageTop(resultItems(page).first());
    console.log(`"ik word gepest" in Diepenbeek at 390x844: the first result's top edge is at ${top} px`);
    expect(top).toBeLessThanOrEqual(PHONE.height);
    await screenshot(page, 'first-screen-results-diepenbeek');
  });
});

describe('the way back to the list', () => {
  it('"Terug naar de lijst" on a provider page returns to the same search and municipality', async () => {
    const page = await openPage();
    await typeSearch(page, 'ik word gepest');
    await page.getByRole('combobox', { name: 'Gemeente' }).selectOption('diepenbeek');
    const listUrl = `${baseUrl}/gemeente/diepenbeek?q=ik+word+gepest`;
    await page.waitForURL(listUrl);
    const expected = expectedNames({ query: 'ik word gepest', municipality: 'diepenbeek' });
    await expect.poll(() => resultNames(page), WAIT).toEqual(expected);

    await resultItems(page).first().getByRole('heading', { level: 3 }).getByRole('link').click();
    await page.waitForURL(/\/aanbieder\//);
    await page.getByRole('link', { name: /Terug naar de lijst/ }).click();
    await page.waitForURL(listUrl);
    expect(await page.getByRole('searchbox', { name: 'Zoek hulp' }).inputValue()).toBe('ik word gepest');
    expect(await page.getByRole('combobox', { name: 'Gemeente' }).inputValue()).toBe('diepenbeek');
    await expect.poll(() => resultNames(page), WAIT).toEqual(expected);
  });
});

describe('the keyboard reaches the results and the list/map switch quickly', () => {
  it('Tab presses to "Kaart" after typing, from the top of the page; and through the skip link "Naar de resultaten"', async () => {
    const page = await openPage();
    await typeSearch(page, 'ik word gepest');
    const map = page.getByRole('navigation', { name: 'Bekijk als' }).getByRole('link', { name: 'Kaart', exact: true });
    // Start again from the top of the page, as after reading it: a click on the header's empty edge.
    await page.mouse.click(2, 2);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Naar de inhoud' })), `focus is on ${await describeFocus(page)}`).toBe(true);
    const presses = 1 + (await tabUntil(page, '"Kaart"', () => isFocused(map)));
    console.log(`Tab presses from the top of the page to "Kaart" after typing "ik word gepest": ${presses}`);
    expect(presses).toBeLessThanOrEqual(20);

    // The skip link: the third stop (after "Naar de inhoud" and the quick exit), then two more to "Kaart".
    await page.mouse.click(2, 2);
    const skip = page.getByRole('link', { name: 'Naar de resultaten' });
    const toSkip = await tabUntil(page, 'The skip link "Naar de resultaten"', () => isFocused(skip));
    expect(toSkip).toBe(3);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.getByRole('region', { name: RESULTS })), WAIT).toBe(true);
    // No history entry: the quick exit can still take every entry back.
    expect(page.url()).toBe(`${baseUrl}/?q=ik+word+gepest`);
    const afterSkip = await tabUntil(page, '"Kaart"', () => isFocused(map));
    console.log(`Through "Naar de resultaten": ${toSkip} presses of Tab, Enter, then ${afterSkip} to "Kaart"`);
    expect(afterSkip).toBe(2);
  });
});

/** The four pages, each ready when its heading shows. The map opens the first marker's card. */
const PAGES = [
  { name: 'home', path: '/', ready: RESULTS },
  { name: 'results', path: '/?q=ik+word+gepest', ready: RESULTS },
  { name: 'provider', path: `/aanbieder/${RICHEST_PROVIDER.id}`, ready: undefined },
  { name: 'map', path: '/?q=ik+word+gepest&weergave=kaart', ready: RESULTS },
] as const;

async function openReady(page: Page, entry: (typeof PAGES)[number]) {
  if (entry.name === 'map') await routeTilesLocally(page);
  await page.goto(`${baseUrl}${entry.path}`);
  // The app's page: a view the build did not prerender opens on another page's HTML, which the app replaces.
  await untilLive(page);
  if (entry.name === 'provider') await page.getByRole('heading', { level: 1, name: RICHEST_PROVIDER.name, exact: true }).waitFor(WAIT);
  else await resultsHeading(page).waitFor(WAIT);
  if (entry.name === 'map') {
    const marker = page.getByRole('button', { name: /: \d+ plek(ken)?$/ }).first();
    await marker.waitFor(WAIT);
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('section.map-card').getByRole('heading', { level: 3 }).waitFor(WAIT);
  } else if (entry.name !== 'provider') {
    await resultItems(page).first().waitFor(WAIT);
  }
}

/**
 * Whether the page scrolls sideways, and every element whose box reaches past the left or right edge of
 * the screen, except those inside a box that cuts off its overflow (the map's tiles) on purpose.
 */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement!;
    const width = document.documentElement.clientWidth;
    // Cut off on purpose: a visually hidden text (clip), or anything inside a box that hides or scrolls
    // its overflow (the map's tiles).
    const clippedOnPurpose = (element: Element) => {
      if (getComputedStyle(element).clip !== 'auto') return true;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.clip !== 'auto') return true;
      }
      return false;
    };
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .filter((element) => !clippedOnPurpose(element))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.left)}–${Math.round(box.right)} px`;
      });
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, outside };
  });
}

/** The three ways a phone gets narrow for the page, with what must hold for them. */
const SIZES: { name: string; options: BrowserContextOptions; textSize?: number; note: string }[] = [
  { name: '320x640', options: { viewport: { width: 320, height: 640 } }, note: 'a small phone, 320 px wide' },
  {
    name: 'zoom-200',
    // A 1280x800 desktop window at 200% zoom: 640x400 CSS px at twice the pixel density.
    options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, isMobile: false, hasTouch: false },
    note: '200% zoom of a 1280x800 window',
  },
  {
    name: 'text-200',
    options: {},
    // Chromium's own font-size setting (Settings > Appearance > Font size), doubled: 32 px instead of 16 px.
    textSize: 32,
    note: '200% text size at 390x844',
  },
];

describe('no sideways scrolling', () => {
  it.each(SIZES.flatMap((size) => PAGES.map((entry) => ({ size, entry, label: `${entry.name} at ${size.note}` }))))(
    '$label',
    async ({ size, entry }) => {
      const page = await openPage(size.options);
      if (size.textSize) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: size.textSize, fixed: Math.round(size.textSize * 0.8125) } });
      }
      await openReady(page, entry);
      if (size.textSize) {
        // The setting took effect, and the page's text follows it (sizes in rem/em, not px): twice as large.
        const fontSizes = await page.evaluate(() => ({
          body: parseFloat(getComputedStyle(document.body).fontSize),
          h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
        }));
        expect(fontSizes.body).toBe(size.textSize);
        expect(fontSizes.h1).toBeCloseTo(size.textSize * 1.6, 1); // h1 is 1.6rem (src/layout/base.css)
      }
      const overflow = await sidewaysOverflow(page);
      expect(overflow.outside).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      await screenshot(page, `first-screen-${entry.name}`, size.name);
    },
  );
});

describe('accessibility (axe, WCAG 2.2 AA) and screenshots at 390x844', () => {
  it.each(PAGES.map((entry) => ({ ...entry, label: entry.name })))('$label: $path', async (entry) => {
    const page = await openPage();
    await openReady(page, entry);
    expect(await axeViolations(page)).toEqual([]);
    const shot = {
      home: 'first-screen-home',
      results: 'first-screen-results',
      provider: 'first-screen-provider',
      map: 'first-screen-map-card',
    }[entry.name];
    if (entry.name === 'map') {
      // The lower part of the map, with the open marker, and the start of its card on one screen.
      await page
        .locator('section.map-card')
        .evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5));
    }
    await screenshot(page, shot);
  });
});
