/**
 * The map view on a phone, on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts; tests/fixtures/catalogue/) in Debian's Chromium at
 * 390x844: shared map links show the same help as the list, the tile server is named before any map
 * image is asked for, choosing a municipality zooms and filters, grouped markers, keyboard use, a map
 * without images, accessibility (axe), and screenshots in test-results/.
 *
 * Map images never leave the machine: every test answers https://tile.openstreetmap.org/** itself
 * (page.route: a small local SVG per tile, or an abort for the "images fail" test). Every request of
 * every context is recorded; after each test, phone-session.ts fails it if one left the site's own
 * origin, except tile requests answered by the test. A safety net aborts any other foreign request so
 * nothing leaves the machine even when a test fails.
 *
 * The site's catalogue has no building coordinates (as the real data; see e2eCatalogue() in
 * fixture-catalogue.ts): local help is grouped in one marker per municipality ("In Hasselt: 4 plekken"),
 * at the municipality's centre, and its card says the exact address is not on the map. The helpers also
 * know a building's own marker ("Fictieve Straat 3: 1 plek", no such note), for when coordinates come.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { PHONE } from './browser';
import { catalogue, providerOfHref } from './fixture-catalogue';
import { describeFocus, isFocused, MAX_TABS, phoneSession, screenshot, tabUntil } from './phone-session';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
/** The build's tile server (src/map/map-config.ts default; no VITE_TILE_URL is set for the tests). */
const TILE_ORIGIN = 'https://tile.openstreetmap.org';
const TILE_HOST = new URL(TILE_ORIGIN).host;
/**
 * How long a wait for the page may take: generous, for a loaded 2-core machine, and bounded, so a broken
 * page fails with a message instead of hanging. Every wait is for a state, never for a time.
 */
const WAIT = { timeout: 30_000 };
/** How long focus may take to move after a key: long enough for a loaded machine, short enough to fail clearly. */
const FOCUS_WAIT = { timeout: 15_000 };

const TEXT = {
  nl: {
    prefix: '',
    results: /^\d+ plek(ken)? waar je terecht kunt$/,
    /** A marker's name: its card's title ("In Hasselt" for a municipality, a building's name or street), and how many. */
    marker: /^(.+): (\d+) plek(ken)?$/,
    markerName: (title: string, count: number) => `${title}: ${count} ${count === 1 ? 'plek' : 'plekken'}`,
    inMunicipality: (place: string) => `In ${place}`,
    noExactPlace: 'Het precieze adres staat niet op de kaart. Open de plek om het adres te zien.',
    notOnMap: /niet op de kaart/,
    notice: `De kaartbeelden komen van OpenStreetMap (${TILE_HOST}). Die organisatie ziet dan het adres van je internetverbinding, en dat je op deze site bent.`,
    loading: 'De kaart wordt geladen…',
    tilesFailed: 'De kaartbeelden laden niet. Je ziet de plekken op een lege achtergrond.',
    mapFailed: 'De kaart kon niet laden. Ben je online? Probeer het opnieuw. Hieronder zie je alle plekken in een lijst.',
    mapFailedAgain:
      'De kaart laadt nog altijd niet. Misschien is de site net vernieuwd: laad de pagina opnieuw. Hieronder zie je alle plekken in een lijst.',
    retryMap: 'Kaart opnieuw laden',
    reloadPage: 'Pagina opnieuw laden',
    municipality: 'Gemeente',
    viewSwitch: 'Bekijk als',
    list: 'Lijst',
    map: 'Kaart',
    showMore: 'Toon meer',
  },
  en: {
    prefix: '/en',
    results: /^\d+ places? where you can go$/,
    marker: /^(.+): (\d+) places?$/,
    markerName: (title: string, count: number) => `${title}: ${count} ${count === 1 ? 'place' : 'places'}`,
    inMunicipality: (place: string) => `In ${place}`,
    noExactPlace: 'The exact address is not on the map. Open the place to see its address.',
    notOnMap: /not on the map/,
    notice: `The map images come from OpenStreetMap (${TILE_HOST}). That organisation then sees the address of your internet connection, and that you are on this site.`,
    loading: 'Loading the map…',
    tilesFailed: 'The map images do not load. You see the places on a blank background.',
    mapFailed: 'The map could not load. Are you online? Try again. Below you see all places in a list.',
    mapFailedAgain:
      'The map still does not load. The site may have just been updated: reload the page. Below you see all places in a list.',
    retryMap: 'Load the map again',
    reloadPage: 'Reload the page',
    municipality: 'Town',
    viewSwitch: 'View as',
    list: 'List',
    map: 'Map',
    showMore: 'Show more',
  },
} as const;
type Lang = keyof typeof TEXT;

const { openPage, answeredLocally } = phoneSession(SITE_ORIGIN);

/** A map tile drawn here: a pale square with a grid and its z/x/y, so a screenshot shows tiles loaded. */
function tileImage(url: string): string {
  const [z, x, y] = new URL(url).pathname
    .replace(/\.png$/, '')
    .split('/')
    .filter(Boolean);
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">' +
    '<rect width="256" height="256" fill="#e8eee4"/>' +
    '<path d="M0 64H256M0 128H256M0 192H256M64 0V256M128 0V256M192 0V256" stroke="#d3dccd" stroke-width="2"/>' +
    '<rect x="0.5" y="0.5" width="255" height="255" fill="none" stroke="#b9c4b2"/>' +
    `<text x="8" y="20" font-family="sans-serif" font-size="12" fill="#8a9784">tegel ${z}/${x}/${y} (lokaal)</text>` +
    '</svg>'
  );
}

interface TileLog {
  /** Tile URLs in the order the page asked for them. */
  requested: string[];
}

/**
 * Answers every tile request of this page locally: with a drawn tile, or by failing it ('abort').
 * Page routes win over the context's safety net.
 */
async function routeTiles(page: Page, answer: 'fulfil' | 'abort' = 'fulfil'): Promise<TileLog> {
  const log: TileLog = { requested: [] };
  // Counted as answered here when asked for, not when the handler below runs: on a busy machine Leaflet
  // may ask for the last tiles as the test ends, before the handler had its turn. This page's route
  // answers every tile request (it wins over the safety net), or the page closes and cancels it.
  page.on('request', (request) => {
    if (request.url().startsWith(`${TILE_ORIGIN}/`)) answeredLocally.add(request.url());
  });
  await page.route(`${TILE_ORIGIN}/**`, (route) => {
    const url = route.request().url();
    answeredLocally.add(url);
    log.requested.push(url);
    if (answer === 'abort') return route.abort();
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: tileImage(url) });
  });
  return log;
}

interface TileSrcRecord {
  url: string;
  /** Whether the notice naming the tile server was in the page and rendered visibly at that moment. */
  noticeVisible: boolean;
}

/**
 * Records, inside the page, each moment a map image is asked for (Leaflet sets `img.src` to the tile
 * URL, which starts the request) and whether the notice naming the tile server was visible right then.
 */
async function recordNoticeAtTileRequests(page: Page, notice: string) {
  await page.addInitScript(
    ({ origin, notice }) => {
      const log: { url: string; noticeVisible: boolean }[] = [];
      Object.assign(window, { __tileSrcLog: log });
      const descriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        configurable: true,
        enumerable: descriptor.enumerable,
        get: descriptor.get,
        set(value: string) {
          if (String(value).startsWith(origin)) {
            const shown = [...document.querySelectorAll('p')].find((p) => p.textContent?.trim() === notice);
            log.push({ url: String(value), noticeVisible: shown !== undefined && shown.isConnected && shown.checkVisibility() });
          }
          descriptor.set!.call(this, value);
        },
      });
    },
    { origin: TILE_ORIGIN, notice },
  );
}

function tileSrcLog(page: Page): Promise<TileSrcRecord[]> {
  return page.evaluate(() => (window as unknown as { __tileSrcLog: TileSrcRecord[] }).__tileSrcLog);
}

function resultsHeading(page: Page, lang: Lang): Locator {
  return page.getByRole('heading', { level: 2, name: TEXT[lang].results });
}

/** The map's markers: buttons named like "In Hasselt: 2 plekken" or "Fictieve Straat 3: 1 plek". */
function markers(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: TEXT[lang].marker });
}

function markerNamed(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/**
 * The open card: a region under the map named by its title ("In Hasselt", a building). Found by its
 * class, as its name changes with the marker. One card is open at a time.
 */
function openCard(page: Page): Locator {
  return page.locator('section.map-card');
}

/** The map itself (Leaflet's container; it has no role). */
function mapBox(page: Page): Locator {
  return page.locator('.leaflet-container');
}

function notOnMapRegion(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: TEXT[lang].notOnMap });
}

/** A marker's accessible name: its text without the aria-hidden count. */
function accessibleMarkerName(marker: Locator): Promise<string> {
  return marker.evaluate((element) =>
    [...element.childNodes]
      .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim(),
  );
}

async function waitForMap(page: Page, lang: Lang) {
  await markers(page, lang).first().waitFor(WAIT);
  await notOnMapRegion(page, lang).waitFor(WAIT);
}

/** Waits (briefly) for focus to be on `locator`; fails naming where focus is instead. */
async function expectFocusOn(page: Page, locator: Locator, what: string) {
  const deadline = Date.now() + FOCUS_WAIT.timeout;
  while (Date.now() < deadline) {
    if (await isFocused(locator)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Expected focus on ${what}; focus is on ${await describeFocus(page)}`);
}

/** The municipalities of the region, as the "Gemeente" select names them. */
function regionMunicipalities(page: Page, lang: Lang): Promise<string[]> {
  return page
    .getByRole('combobox', { name: TEXT[lang].municipality })
    .evaluate((select: HTMLSelectElement) => [...select.options].filter((option) => option.value !== '').map((option) => option.text));
}

interface ProviderLink {
  name: string;
  href: string;
}

type ListEntry = ProviderLink;

/**
 * What the list view shows: each result's name and link, in order. The list shows its first results
 * (pages/search/use-result-window.ts): "Toon meer" is pressed until it shows them all, as the map does.
 */
async function listEntries(page: Page, lang: Lang): Promise<ListEntry[]> {
  await resultsHeading(page, lang).waitFor(WAIT);
  const count = async () => Number((await resultsHeading(page, lang).textContent())!.match(/^\d+/)![0]);
  const results = page.getByRole('region', { name: TEXT[lang].results });
  const articles = results.getByRole('article');
  const showMore = results.getByRole('button', { name: TEXT[lang].showMore, exact: true });
  // The heading shows in the map view too: wait for the list itself (after switching from the map).
  await expect
    .poll(async () => {
      if ((await showMore.count()) > 0 && (await showMore.isEnabled())) await showMore.click();
      return (await articles.count()) === (await count());
    }, WAIT)
    .toBe(true);
  const entries = await articles.evaluateAll((articles) =>
    articles.map((article) => {
      const link = article.querySelector('h3 a')!;
      return { name: link.textContent!.trim(), href: link.getAttribute('href')! };
    }),
  );
  expect(entries).toHaveLength(await count());
  return entries;
}

/** The providers the open card lists: the name link of each of its items. */
function cardProviders(card: Locator): Promise<ProviderLink[]> {
  return card.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a')!;
      return { name: link.textContent!.trim(), href: link.getAttribute('href')! };
    }),
  );
}

/** Opens a marker's card with the keyboard (works for markers outside the visible part of the map too). */
async function openCardWithKeyboard(page: Page, marker: Locator, title: string): Promise<Locator> {
  await marker.focus();
  await page.keyboard.press('Enter');
  const card = openCard(page);
  await card.getByText(title, { exact: true }).waitFor(WAIT);
  // The card that closed (another marker's) fades out for a moment before Leaflet removes it.
  await expect.poll(() => card.count(), WAIT).toBe(1);
  return card;
}

interface MapMarker {
  name: string;
  /** The card's title: "In Hasselt" for a municipality's marker, the building's name or street for a building's. */
  title: string;
  count: number;
  /** Whether the card says the exact address is not on the map (a municipality's marker). */
  notExact: boolean;
  providers: ProviderLink[];
}

interface MapContents {
  markers: MapMarker[];
  notOnMap: ProviderLink[];
}

/** Everything the map view shows: each marker with the providers of its card, and the list beside the map. */
async function mapContents(page: Page, lang: Lang): Promise<MapContents> {
  await waitForMap(page, lang);
  const found: MapMarker[] = [];
  const count = await markers(page, lang).count();
  for (let i = 0; i < count; i++) {
    const marker = markers(page, lang).nth(i);
    const name = await accessibleMarkerName(marker);
    const [, title, number] = name.match(TEXT[lang].marker)!;
    // The name is the marker's accessible name, and names one marker only.
    expect(await markerNamed(page, name).count()).toBe(1);
    const card = await openCardWithKeyboard(page, marker, title);
    const notExact = await card.getByText(TEXT[lang].noExactPlace, { exact: true }).isVisible();
    found.push({ name, title, count: Number(number), notExact, providers: await cardProviders(card) });
  }
  const beside = notOnMapRegion(page, lang);
  const notOnMap = await beside
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ name: link.textContent!.trim(), href: link.getAttribute('href')! })));
  const heading = (await beside.getByRole('heading', { level: 3 }).textContent())!;
  expect(Number(heading.match(/^\d+/)![0])).toBe(notOnMap.length);
  return { markers: found, notOnMap };
}

const byName = (a: ProviderLink, b: ProviderLink) => a.name.localeCompare(b.name);

interface ExpectedPlace {
  title: string;
  notExact: boolean;
  entries: ListEntry[];
}

/**
 * Where the map should put each listed provider, from the catalogue the site was built from: each place
 * with coordinates is a building with its own marker (title: its name or street; providers at the same
 * coordinates share it); a place without coordinates in a municipality of the region goes on that
 * municipality's marker ("In Hasselt"); a provider with neither is beside the map.
 */
function expectedPlaces(list: ListEntry[], region: string[], lang: Lang): Map<string, ExpectedPlace> {
  const places = new Map<string, ExpectedPlace>();
  for (const entry of list) {
    for (const location of providerOfHref(entry.href).locations) {
      const town = location.outsideRegion ? undefined : catalogue.municipalities.find((m) => m.id === location.municipality)?.name;
      let key: string;
      let place: Omit<ExpectedPlace, 'entries'>;
      if (location.coordinates) {
        key = `${location.coordinates.lat},${location.coordinates.lon}`;
        place = { title: location.name ?? location.street ?? town ?? location.municipality, notExact: false };
      } else if (town !== undefined && region.includes(town)) {
        key = `in ${town}`;
        place = { title: TEXT[lang].inMunicipality(town), notExact: true };
      } else continue;
      const entries = places.get(key)?.entries ?? [];
      if (!entries.includes(entry)) entries.push(entry);
      places.set(key, { ...place, entries });
    }
  }
  return places;
}

/**
 * The map shows exactly the help of the list: every listed provider is in a marker's card or beside
 * the map, with the same link; there is one marker per place where listed help is (a building, or a
 * municipality of the region for help without coordinates), named with how many, and its card lists
 * exactly those, saying so when the address is not on the map; beside the map are the others, in list
 * order.
 */
function expectMapShowsList(map: MapContents, list: ListEntry[], region: string[], lang: Lang) {
  const links = (entries: ProviderLink[]) => entries.map(({ name, href }) => ({ name, href })).sort(byName);
  const shown = new Map<string, ProviderLink>();
  for (const link of [...map.markers.flatMap((marker) => marker.providers), ...map.notOnMap]) shown.set(link.name, link);
  expect(links([...shown.values()])).toEqual(links(list));

  const expected = [...expectedPlaces(list, region, lang).values()];
  expect(map.markers.map((marker) => marker.name).sort()).toEqual(
    expected.map((place) => TEXT[lang].markerName(place.title, place.entries.length)).sort(),
  );
  for (const marker of map.markers) {
    const place = expected.find((candidate) => candidate.title === marker.title);
    expect(marker.providers, `the card of "${marker.name}"`).toHaveLength(marker.count);
    expect(links(marker.providers), `the card of "${marker.name}"`).toEqual(links(place?.entries ?? []));
    expect(marker.notExact, `the card of "${marker.name}" says the exact address is not on the map`).toBe(place?.notExact);
  }
  const placed = new Set(expected.flatMap((place) => place.entries));
  expect(map.notOnMap.map(({ name, href }) => ({ name, href }))).toEqual(
    list.filter((entry) => !placed.has(entry)).map(({ name, href }) => ({ name, href })),
  );
}

/** The centre of an element on screen. */
async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Waits until the markers stop moving (Leaflet animates zooming and panning), and returns their centres.
 * Settled means: Leaflet has no zoom or pan animation running (it marks its map pane while one does), and
 * the markers stood still over three looks in a row. Not one look alone: on a busy machine a frame can
 * stall halfway through an animation. Gives up after 30 s.
 */
async function settledPositions(page: Page, lang: Lang): Promise<Map<string, { x: number; y: number }>> {
  const positions = async () => {
    const result = new Map<string, { x: number; y: number }>();
    for (const marker of await markers(page, lang).all()) result.set(await accessibleMarkerName(marker), await centreOf(marker));
    return result;
  };
  const animating = () => page.evaluate(() => document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') !== null);
  let previous = JSON.stringify([...(await positions())]);
  let stillLooks = 0;
  const deadline = Date.now() + WAIT.timeout;
  while (Date.now() < deadline) {
    await page.waitForTimeout(150);
    const now = await positions();
    const same = JSON.stringify([...now]) === previous && !(await animating());
    stillLooks = same ? stillLooks + 1 : 0;
    if (stillLooks >= 2) return now;
    previous = JSON.stringify([...now]);
  }
  throw new Error('The markers did not stop moving');
}

/** Municipality centres from the site's own catalogue (the same file the page loads). */
async function municipalityCentres(): Promise<Map<string, { lat: number; lon: number }>> {
  const catalogue = (await (await fetch(`${baseUrl}/data/catalogue.json`)).json()) as {
    municipalities: { name: string; centre: { lat: number; lon: number } }[];
  };
  return new Map(catalogue.municipalities.map((m) => [m.name, m.centre]));
}

/**
 * Leaflet's zoom level, from two markers' distance on screen: in Web Mercator one degree of longitude
 * is 256·2^zoom/360 pixels.
 */
function zoomFrom(
  positions: Map<string, { x: number; y: number }>,
  a: { name: string; lon: number },
  b: { name: string; lon: number },
): number {
  const dx = Math.abs(positions.get(a.name)!.x - positions.get(b.name)!.x);
  return Math.log2((dx * 360) / (256 * Math.abs(a.lon - b.lon)));
}

/** How far `point` is from the centre of the map, in pixels. */
async function distanceFromMapCentre(page: Page, point: { x: number; y: number }): Promise<number> {
  const centre = await centreOf(mapBox(page));
  return Math.hypot(point.x - centre.x, point.y - centre.y);
}

/** Waits until every tile image in the map has loaded (Leaflet marks them `leaflet-tile-loaded`). */
async function waitForTiles(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const tiles = [...document.querySelectorAll('img.leaflet-tile')];
          return (
            tiles.length > 0 && tiles.every((tile) => tile.classList.contains('leaflet-tile-loaded') && (tile as HTMLImageElement).complete)
          );
        }),
      WAIT,
    )
    .toBe(true);
}

/** Scrolls so the notice and the map are on screen (the map is 60% of the screen high). */
async function scrollMapIntoView(page: Page, lang: Lang) {
  await page
    .getByText(TEXT[lang].notice, { exact: true })
    .evaluate((notice) => window.scrollTo(0, window.scrollY + notice.getBoundingClientRect().top - 8));
  const box = (await mapBox(page).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

describe('the map on a phone (built site, 390x844)', () => {
  describe('a shared map link shows the same help as the list of the same link', () => {
    it.each([
      { lang: 'nl' as const, path: '/thema/pesten' },
      { lang: 'en' as const, path: '/en/gemeente/hasselt' },
    ])('$path?weergave=kaart ($lang)', async ({ lang, path }) => {
      const page = await openPage();
      const tiles = await routeTiles(page);
      await recordNoticeAtTileRequests(page, TEXT[lang].notice);

      // The list of the same link, without weergave=kaart; it asks for no map image.
      await page.goto(`${baseUrl}${path}`);
      const list = await listEntries(page, lang);
      expect(list.length).toBeGreaterThan(0);
      const region = await regionMunicipalities(page, lang);
      expect(region).toEqual(catalogue.municipalities.map((municipality) => municipality.name));
      expect(tiles.requested).toEqual([]);

      // The shared map link, opened fresh.
      await page.goto(`${baseUrl}${path}?weergave=kaart`);
      await waitForMap(page, lang);
      const notice = page.getByText(TEXT[lang].notice, { exact: true });
      expect(await notice.isVisible()).toBe(true);
      // The notice comes before the map, so scrolling down to the map passes it.
      expect((await notice.boundingBox())!.y).toBeLessThan((await mapBox(page).boundingBox())!.y);
      expect(
        await page
          .getByRole('navigation', { name: TEXT[lang].viewSwitch })
          .getByRole('link', { name: TEXT[lang].map, exact: true })
          .getAttribute('aria-current'),
      ).toBe('page');

      // Map images were asked for, all answered here, and the notice was on screen before the first one.
      await expect.poll(() => tiles.requested.length, WAIT).toBeGreaterThan(0);
      const atRequests = await tileSrcLog(page);
      expect(atRequests.length).toBeGreaterThan(0);
      expect(atRequests.map(({ url }) => url)).toContain(tiles.requested[0]);
      expect(atRequests.filter(({ noticeVisible }) => !noticeVisible)).toEqual([]);

      const map = await mapContents(page, lang);
      expect(map.markers.length).toBeGreaterThan(0);
      expectMapShowsList(map, list, region, lang);
      console.log(
        `${path}?weergave=kaart: ${map.markers.map((marker) => `"${marker.name}" [${marker.providers.map((p) => p.name).join(', ')}]`).join('; ')}; ` +
          `not on the map: ${map.notOnMap.map((p) => p.name).join(', ')}`,
      );
    });
  });

  it('names the tile server before any map image is asked for (map code held back until checked)', async () => {
    const page = await openPage();
    const tiles = await routeTiles(page);
    // Hold the map's code (Leaflet's chunk) until the notice has been checked: nothing can ask for tiles before.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let chunkAsked = false;
    await page.route(`${baseUrl}/assets/results-map-*.js`, async (route) => {
      chunkAsked = true;
      await released;
      await route.fallback();
    });

    await page.goto(`${baseUrl}/gemeente/hasselt?weergave=kaart`);
    await expect.poll(() => chunkAsked, WAIT).toBe(true);
    const notice = page.getByText(TEXT.nl.notice, { exact: true });
    await notice.waitFor({ state: 'visible', ...WAIT });
    expect(await page.getByText(TEXT.nl.loading, { exact: true }).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(tiles.requested).toEqual([]);
    expect(await notice.isVisible()).toBe(true);

    release();
    await waitForMap(page, 'nl');
    await expect.poll(() => tiles.requested.length, WAIT).toBeGreaterThan(0);
    expect(await notice.isVisible()).toBe(true);
  });

  it('choosing Zonhoven in "Gemeente" on the map zooms to Zonhoven and filters the markers and the list beside the map', async () => {
    const page = await openPage();
    const tiles = await routeTiles(page);
    const centres = await municipalityCentres();
    const hasselt = { name: 'In Hasselt', lon: centres.get('Hasselt')!.lon };
    const zonhoven = { name: 'In Zonhoven', lon: centres.get('Zonhoven')!.lon };
    const fullName = (positions: Map<string, unknown>, prefix: string) =>
      [...positions.keys()].find((name) => name.startsWith(`${prefix}:`))!;

    await page.goto(`${baseUrl}/?weergave=kaart`);
    await waitForMap(page, 'nl');
    const before = await settledPositions(page, 'nl');
    const markersBefore = [...before.keys()].sort();
    const notOnMapBefore = await notOnMapRegion(page, 'nl').getByRole('link').allTextContents();
    const zoomBefore = zoomFrom(
      before,
      { ...hasselt, name: fullName(before, hasselt.name) },
      { ...zonhoven, name: fullName(before, zonhoven.name) },
    );

    await page.getByRole('combobox', { name: TEXT.nl.municipality }).selectOption('zonhoven');
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven?weergave=kaart`);
    await expect.poll(async () => [...(await settledPositions(page, 'nl')).keys()].sort(), WAIT).not.toEqual(markersBefore);
    const after = await settledPositions(page, 'nl');
    const zonhovenAfter = fullName(after, zonhoven.name);
    expect(zonhovenAfter).toMatch(TEXT.nl.marker);
    // Zoomed in on Zonhoven: its marker is at the map's centre and the map is closer (a higher zoom level).
    expect(await distanceFromMapCentre(page, after.get(zonhovenAfter)!)).toBeLessThan(30);
    const zoomAfter = zoomFrom(after, { ...hasselt, name: fullName(after, hasselt.name) }, { ...zonhoven, name: zonhovenAfter });
    console.log(`Zoom from marker distances: ${zoomBefore.toFixed(2)} for the region, ${zoomAfter.toFixed(2)} for Zonhoven`);
    expect(zoomAfter).toBeGreaterThanOrEqual(zoomBefore + 1);
    // Map images for the new zoom level were asked for (and answered here).
    await expect.poll(() => tiles.requested.some((url) => new URL(url).pathname.startsWith(`/${Math.round(zoomAfter)}/`)), WAIT).toBe(true);

    // Filtered: the markers and the list beside the map are exactly the help of the list for Zonhoven.
    const map = await mapContents(page, 'nl');
    expect(map.markers.map((marker) => marker.name)).toContain(zonhovenAfter);
    const notOnMapAfter = map.notOnMap.map((p) => p.name);
    expect(notOnMapAfter).not.toEqual(notOnMapBefore);
    const region = await regionMunicipalities(page, 'nl');
    await page.getByRole('navigation', { name: TEXT.nl.viewSwitch }).getByRole('link', { name: TEXT.nl.list, exact: true }).click();
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven`);
    const list = await listEntries(page, 'nl');
    expectMapShowsList(map, list, region, 'nl');
    console.log(
      `/gemeente/zonhoven?weergave=kaart: ${map.markers.map((m) => `"${m.name}"`).join(', ')}; ${notOnMapAfter.length} not on the map (was ${notOnMapBefore.length})`,
    );
  });

  it('a marker for several places ("In Hasselt: …") opens a card that lists them all, and a name in it opens that place', async () => {
    const page = await openPage();
    await routeTiles(page);
    await page.goto(`${baseUrl}/?weergave=kaart`);
    await waitForMap(page, 'nl');
    await settledPositions(page, 'nl');

    const marker = markers(page, 'nl').filter({ hasText: /^In Hasselt:/ });
    expect(await marker.count()).toBe(1);
    const name = await accessibleMarkerName(marker);
    const count = Number(name.match(TEXT.nl.marker)![2]);
    expect(count).toBeGreaterThan(1);

    await marker.tap();
    const card = openCard(page);
    await card.getByText('In Hasselt', { exact: true }).waitFor(WAIT);
    expect(await card.isVisible()).toBe(true);
    expect(await card.getByText(TEXT.nl.noExactPlace, { exact: true }).isVisible()).toBe(true);
    const providers = await cardProviders(card);
    expect(providers).toHaveLength(count);
    expect(new Set(providers.map((p) => p.name)).size).toBe(count);
    for (const provider of providers) expect(provider.href).toMatch(/^\/aanbieder\/[a-z0-9]+(-[a-z0-9]+)*$/);
    // Contact buttons where the place has a phone number.
    const calls = card.getByRole('link', { name: /^Bel / });
    expect(await calls.count()).toBeGreaterThan(0);
    for (const href of await calls.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(href).toMatch(/^tel:\+?\d+$/);
    // The card is under the map, in the page, so nothing cuts its text off: no part of it scrolls inside
    // itself or sticks out of it. Its start (title and close button) is on the phone's screen, above the
    // quick-exit bar; the rest follows when the page scrolls.
    const map = (await mapBox(page).boundingBox())!;
    const frame = (await card.boundingBox())!;
    expect(frame.y).toBeGreaterThanOrEqual(map.y + map.height);
    const clipped = await card.evaluate((element) =>
      [element, ...element.querySelectorAll('*')]
        .filter((part) => part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1)
        // (A visually hidden text, cut to 1 px on purpose, is read out whole.)
        .filter((part) => getComputedStyle(part).overflow !== 'visible' && getComputedStyle(part).clip === 'auto')
        .map((part) => part.outerHTML.slice(0, 80)),
    );
    expect(clipped).toEqual([]);
    const barTop = await page.getByRole('link', { name: 'Snel weg' }).evaluate((link) => link.parentElement!.getBoundingClientRect().top);
    for (const part of [card.getByRole('heading', { name: 'In Hasselt' }), card.getByRole('button', { name: 'Sluiten', exact: true })]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(barTop);
    }

    const first = providers[0];
    await card.getByRole('link', { name: first.name, exact: true }).tap();
    await page.waitForURL(`${baseUrl}${first.href}`);
    await page.getByRole('heading', { level: 1, name: first.name, exact: true }).waitFor(WAIT);
  });

  it('leaving the map while it zooms throws no error (Leaflet ends a zoom from a timer, after the map is gone)', async () => {
    // With reduced motion (no CSS transitions, see src/layout/base.css) only Leaflet's 250 ms timer ends a zoom.
    const page = await openPage({ reducedMotion: 'reduce' });
    await routeTiles(page);
    // The moment the map starts zooming (to Hasselt, named in the link), leave for the list, as a quick thumb
    // (or the quick exit) would. Leaflet marks its map pane with leaflet-zoom-anim while a zoom runs.
    await page.addInitScript((list) => {
      let left = false;
      new MutationObserver(() => {
        if (left || !document.querySelector('.leaflet-zoom-anim')) return;
        left = true;
        [...document.querySelectorAll('a')].find((link) => link.textContent === list)!.click();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    }, TEXT.nl.list);
    await page.goto(`${baseUrl}/gemeente/hasselt?weergave=kaart`);
    await page.waitForURL(`${baseUrl}/gemeente/hasselt`, WAIT);
    await resultsHeading(page, 'nl').waitFor(WAIT);
    await mapBox(page).waitFor({ state: 'detached', ...WAIT });
    // Longer than Leaflet's 250 ms zoom-end timer; an error it throws fails this test (see phone-session.ts).
    await page.waitForTimeout(1_000);
  });

  describe('keyboard only', () => {
    it('Tab to a marker, Enter opens its card with focus on the first link, Enter opens that place', async () => {
      const page = await openPage();
      await routeTiles(page);
      await page.goto(`${baseUrl}/?weergave=kaart`);
      await waitForMap(page, 'nl');

      const all = markers(page, 'nl');
      const presses = await tabUntil(page, 'A marker', () =>
        all.evaluateAll((elements) => elements.some((element) => element === document.activeElement)),
      );
      expect(presses).toBeLessThanOrEqual(MAX_TABS);
      const focused = all.and(page.locator(':focus'));
      const name = await accessibleMarkerName(focused);
      const title = name.match(TEXT.nl.marker)![1];

      await page.keyboard.press('Enter');
      const card = openCard(page);
      await card.getByText(title, { exact: true }).waitFor(WAIT);
      const firstLink = card.getByRole('link').first();
      const href = (await firstLink.getAttribute('href'))!;
      expect(href).toMatch(/^\/aanbieder\/[a-z0-9]+(-[a-z0-9]+)*$/);
      const providerName = (await firstLink.textContent())!.trim();
      await expectFocusOn(page, firstLink, `the first link in the card of "${name}" (${providerName})`);

      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}${href}`);
      await page.getByRole('heading', { level: 1, name: providerName, exact: true }).waitFor(WAIT);
    });

    it('Esc closes an open card and focus goes back to its marker (and does not leave the site)', async () => {
      const page = await openPage();
      await routeTiles(page);
      await page.goto(`${baseUrl}/gemeente/hasselt?weergave=kaart`);
      await waitForMap(page, 'nl');

      const all = markers(page, 'nl');
      await tabUntil(page, 'A marker', () => all.evaluateAll((elements) => elements.some((element) => element === document.activeElement)));
      const marker = all.and(page.locator(':focus'));
      const name = await accessibleMarkerName(marker);
      await page.keyboard.press('Enter');
      const card = openCard(page);
      await card.getByText(name.match(TEXT.nl.marker)![1], { exact: true }).waitFor(WAIT);

      // One press only: two presses of Esc within 800 ms are the quick exit.
      const focusBefore = await describeFocus(page);
      await page.keyboard.press('Escape');
      await expect
        .poll(() => card.count(), {
          ...FOCUS_WAIT,
          message: `The card of "${name}" is still open after Esc (pressed with focus on ${focusBefore})`,
        })
        .toBe(0);
      await expectFocusOn(page, markerNamed(page, name), `the marker "${name}"`);
      await page.waitForTimeout(1_000);
      expect(page.url()).toBe(`${baseUrl}/gemeente/hasselt?weergave=kaart`);
    });
  });

  it('without map images (every tile request fails) the map still works: a note, markers, a card, choosing a municipality', async () => {
    const page = await openPage();
    const tiles = await routeTiles(page, 'abort');
    await page.goto(`${baseUrl}/?weergave=kaart`);
    await waitForMap(page, 'nl');

    const note = page.getByRole('status').filter({ hasText: TEXT.nl.tilesFailed });
    await note.waitFor({ state: 'visible', ...WAIT });
    expect(tiles.requested.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('img.leaflet-tile-loaded').length)).toBe(0);
    expect(await markers(page, 'nl').count()).toBeGreaterThan(0);
    await settledPositions(page, 'nl');

    const hasselt = markers(page, 'nl').filter({ hasText: /^In Hasselt:/ });
    const count = Number((await accessibleMarkerName(hasselt)).match(TEXT.nl.marker)![2]);
    await hasselt.tap();
    const card = openCard(page);
    await card.getByText('In Hasselt', { exact: true }).waitFor(WAIT);
    expect(await cardProviders(card)).toHaveLength(count);

    await page.getByRole('combobox', { name: TEXT.nl.municipality }).selectOption('zonhoven');
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven?weergave=kaart`);
    await expect
      .poll(async () => [...(await settledPositions(page, 'nl')).keys()].some((n) => n.startsWith('In Zonhoven:')), WAIT)
      .toBe(true);
    const after = await settledPositions(page, 'nl');
    const zonhoven = [...after.keys()].find((n) => n.startsWith('In Zonhoven:'))!;
    expect(await distanceFromMapCentre(page, after.get(zonhoven)!)).toBeLessThan(30);
    expect(await note.isVisible()).toBe(true);

    const map = await mapContents(page, 'nl');
    const region = await regionMunicipalities(page, 'nl');
    await page.getByRole('navigation', { name: TEXT.nl.viewSwitch }).getByRole('link', { name: TEXT.nl.list, exact: true }).click();
    await page.waitForURL(`${baseUrl}/gemeente/zonhoven`);
    expectMapShowsList(map, await listEntries(page, 'nl'), region, 'nl');
  });

  describe('accessibility (axe, WCAG 2.2 AA) with map images loaded, in Dutch and English', () => {
    const CASES = (['nl', 'en'] as const).flatMap((lang) => [
      { lang, state: 'map', path: `${TEXT[lang].prefix}/?weergave=kaart` },
      { lang, state: 'card open', path: `${TEXT[lang].prefix}/?weergave=kaart` },
    ]);

    it.each(CASES)('$state ($lang): $path', async ({ lang, state, path }) => {
      const page = await openPage();
      await routeTiles(page);
      await page.goto(`${baseUrl}${path}`);
      await waitForMap(page, lang);
      await waitForTiles(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe(lang);
      expect(await page.getByText(TEXT[lang].notice, { exact: true }).isVisible()).toBe(true);

      if (state === 'card open') {
        await settledPositions(page, lang);
        await markers(page, lang)
          .filter({ hasText: /^In Hasselt:/ })
          .tap();
        await openCard(page).getByText('In Hasselt', { exact: true }).waitFor(WAIT);
        await settledPositions(page, lang);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe('when the map cannot load, the search and the list stay', () => {
    /** The map's own code and styles (Vite's chunk for src/map/results-map.tsx). */
    const MAP_FILES = /\/assets\/results-map-[\w-]+\.(js|css)$/;

    /** The map failed: the message with its button, the search box, and every result of the list. */
    async function expectListInsteadOfMap(page: Page, message: string, button: string, list: ListEntry[]) {
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.getByRole('button', { name: button, exact: true }).waitFor(WAIT);
      expect(await page.getByRole('searchbox', { name: 'Zoek hulp' }).isVisible()).toBe(true);
      expect(await listEntries(page, 'nl')).toEqual(list);
      expect(
        await page
          .getByRole('navigation', { name: TEXT.nl.viewSwitch })
          .getByRole('link', { name: TEXT.nl.map, exact: true })
          .getAttribute('aria-current'),
      ).toBe('page');
      expect(await mapBox(page).count()).toBe(0);
      return alert;
    }

    /** The map is back, with Leaflet's styles: its own size, and map images clipped to it. */
    async function expectWorkingMap(page: Page) {
      await waitForMap(page, 'nl');
      await page
        .getByRole('alert')
        .filter({ hasText: /De kaart/ })
        .waitFor({ state: 'detached', ...WAIT });
      expect(await mapBox(page).evaluate((map) => getComputedStyle(map).overflow)).toBe('hidden');
      expect((await mapBox(page).boundingBox())!.height).toBeGreaterThan(200);
    }

    it('offline: a message and the list instead of the map; "Kaart opnieuw laden" works once online again', async () => {
      const page = await openPage();
      await routeTiles(page);
      await page.goto(`${baseUrl}/thema/pesten`);
      const list = await listEntries(page, 'nl');
      expect(list.length).toBeGreaterThan(0);

      await page.context().setOffline(true);
      await page.getByRole('navigation', { name: TEXT.nl.viewSwitch }).getByRole('link', { name: TEXT.nl.map, exact: true }).click();
      await page.waitForURL(`${baseUrl}/thema/pesten?weergave=kaart`);
      const alert = await expectListInsteadOfMap(page, TEXT.nl.mapFailed, TEXT.nl.retryMap, list);
      await alert.scrollIntoViewIfNeeded();
      await screenshot(page, 'map-failed');
      expect(await axeViolations(page)).toEqual([]);

      // Still offline, by keyboard: the same message again (a reload would fail offline), and focus stays nearby.
      await alert.getByRole('button', { name: TEXT.nl.retryMap }).focus();
      await page.keyboard.press('Enter');
      await expectListInsteadOfMap(page, TEXT.nl.mapFailed, TEXT.nl.retryMap, list);
      expect(
        await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.closest('.results') !== null),
      ).toBe(true);

      await page.context().setOffline(false);
      await page.getByRole('alert').getByRole('button', { name: TEXT.nl.retryMap }).click();
      await expectWorkingMap(page);
      expect(page.url()).toBe(`${baseUrl}/thema/pesten?weergave=kaart`);
      expectMapShowsList(await mapContents(page, 'nl'), list, await regionMunicipalities(page, 'nl'), 'nl');
    });

    it('a map file removed by a new deploy: the list stays; when trying again fails too, a reload brings the map back', async () => {
      const page = await openPage();
      await routeTiles(page);
      let removed = true;
      await page.route(
        (url) => MAP_FILES.test(url.pathname),
        (route) => (removed ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }) : route.fallback()),
      );
      await page.goto(`${baseUrl}/thema/pesten?weergave=kaart`);
      // This address is not prerendered: the theme's list shows first, then the app opens the map view,
      // whose file is gone. Read the list once the app has settled on that, not while it swaps.
      await page
        .getByRole('alert')
        .filter({ hasText: TEXT.nl.mapFailed })
        .getByRole('button', { name: TEXT.nl.retryMap, exact: true })
        .waitFor(WAIT);
      const list = await listEntries(page, 'nl');
      const alert = await expectListInsteadOfMap(page, TEXT.nl.mapFailed, TEXT.nl.retryMap, list);
      await alert.getByRole('button', { name: TEXT.nl.retryMap }).click();
      // Online, and the file is still missing: only loading the page again helps (the URL holds the view).
      const again = await expectListInsteadOfMap(page, TEXT.nl.mapFailedAgain, TEXT.nl.reloadPage, list);
      removed = false;
      await again.getByRole('button', { name: TEXT.nl.reloadPage }).click();
      await expectWorkingMap(page);
      expect(page.url()).toBe(`${baseUrl}/thema/pesten?weergave=kaart`);
    });
  });

  it('screenshots: the map, and the map with a card open (test-results/map-390x844.png, map-card-390x844.png)', async () => {
    const page = await openPage();
    await routeTiles(page);
    await page.goto(`${baseUrl}/?weergave=kaart`);
    await waitForMap(page, 'nl');
    await waitForTiles(page);
    await scrollMapIntoView(page, 'nl');
    await settledPositions(page, 'nl');
    await screenshot(page, 'map');

    await markers(page, 'nl')
      .filter({ hasText: /^In Hasselt:/ })
      .tap();
    await openCard(page).getByText('In Hasselt', { exact: true }).waitFor(WAIT);
    await settledPositions(page, 'nl');
    await waitForTiles(page);
    // The card's start shows under the map, with the marker it belongs to still on screen.
    const marker = (await markers(page, 'nl')
      .filter({ hasText: /^In Hasselt:/ })
      .boundingBox())!;
    expect(marker.y).toBeGreaterThanOrEqual(0);
    const title = (await openCard(page).getByRole('heading', { name: 'In Hasselt' }).boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(PHONE.height);
    await screenshot(page, 'map-card');
  });
});
