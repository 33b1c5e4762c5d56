/**
 * Finding help on a phone, on the site built from the fictional catalogue (dist-e2e/, see
 * build-fixture-site.ts; the providers named here are in tests/fixtures/catalogue/) in Debian's Chromium at
 * 390x844: searching, the crisis lane, shared links, keyboard use, accessibility (axe) and the error
 * state, plus screenshots in test-results/ and a measurement of search keystroke latency. The quick exit
 * has its own file (quick-exit.e2e.ts).
 *
 * Every test gets a fresh browser context (own history, storage and cache). Every request of every
 * context is recorded; after each test, phone-session.ts fails it if one left the site's own origin. A
 * safety net aborts any foreign request so nothing leaves the machine even when a test fails.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { EMPTY_SEARCH } from '../../src/search/search-filters.ts';
import { createSearcher } from '../../src/search/search-providers.ts';
import { catalogue, E2E_REPOSITORY, E2E_SITE_URL, fixtureProvider, providerNamesWithTheme, searchIndex } from './fixture-catalogue';
import { isFocused, MAX_TABS, phoneSession, screenshot, tabUntil, typeInto, untilLive } from './phone-session';
import { RESULT_WINDOW } from '../../src/pages/search/use-result-window';

const baseUrl = inject('baseUrl');
const SITE_ORIGIN = new URL(baseUrl).origin;
/**
 * How long a wait for the page may take: generous, for a loaded 2-core machine, and bounded, so a broken
 * page fails with a message instead of hanging. Every wait is for a state, never for a time.
 */
const WAIT = { timeout: 30_000 };
/**
 * How most tests type: a fast thumb, ten keys a second. Typing with no pause at all is covered by
 * "keeps every typed character, however fast the keys come".
 */
const TYPING = { delay: 100 };
/** Providers whose themes include bullying ("pesten"), in the fictional catalogue. */
const BULLYING_HELP = providerNamesWithTheme('pesten');
/** A line of the crisis lane, found by typing its number. */
const LINE_1813 = fixtureProvider('zelfmoordlijn-1813');
/** A provider page with much on it: a walk-in place, e-mail, an age range, a description only in Dutch, an old check date. */
const PROVIDER_PAGE = fixtureProvider('fictief-jongerenhuis-hasselt');

const TEXT = {
  nl: {
    prefix: '',
    results: /^\d+ plek(ken)? waar je terecht kunt$/,
    noResults: 'We vonden niets dat hier precies bij past',
    crisisTitle: 'Nu meteen iemand spreken?',
    call1813: 'Bel 1813',
    retry: 'Opnieuw proberen',
  },
  en: {
    prefix: '/en',
    results: /^\d+ places? where you can go$/,
    noResults: 'We didn’t find anything that fits exactly',
    crisisTitle: 'Need to talk to someone right now?',
    call1813: 'Call 1813',
    retry: 'Try again',
  },
} as const;
type Lang = keyof typeof TEXT;

const { openPage } = phoneSession(SITE_ORIGIN);

function resultsHeading(page: Page, lang: Lang = 'nl'): Locator {
  return page.getByRole('heading', { level: 2, name: TEXT[lang].results });
}

/** The name links of the results: one level-3 heading link per provider, in list items of the results. */
function resultNameLinks(page: Page, lang: Lang = 'nl'): Locator {
  return page.getByRole('region', { name: TEXT[lang].results }).getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
}

/** Waits until the page has downloaded the lazy chunk whose file name starts with `name` (and a hash). */
async function untilChunkLoaded(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (prefix) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.startsWith(`/assets/${prefix}-`)),
    name,
    WAIT,
  );
}

async function resultNames(page: Page, lang: Lang = 'nl'): Promise<string[]> {
  return (await resultNameLinks(page, lang).allTextContents()).map((name) => name.trim());
}

/** A button that opens and closes a list ("Topics", "More options"), by the name it starts with. */
function disclosureButton(page: Page, name: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${name}`) });
}

function isExpanded(button: Locator): Promise<boolean> {
  return button.evaluate((element) => element.getAttribute('aria-expanded') === 'true');
}

/** Whether the element's box is inside the phone's viewport. */
function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

describe('finding help on a phone (built site, 390x844)', () => {
  it('search "ik word gepest" finds bullying help and opens its provider page', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);
    // Every result the start page counts (its list shows only the first ones: use-result-window.ts).
    const everything = Number((await resultsHeading(page).textContent())!.match(/^\d+/)![0]);

    await typeInto(page.getByRole('searchbox', { name: 'Zoek hulp' }), 'ik word gepest', TYPING);
    await page.waitForURL(`${baseUrl}/?q=ik+word+gepest`);
    await expect.poll(async () => (await resultNames(page)).some((name) => BULLYING_HELP.includes(name)), WAIT).toBe(true);
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(everything);
    expect(await resultsHeading(page).textContent()).toBe(
      `${names.length} ${names.length === 1 ? 'plek' : 'plekken'} waar je terecht kunt`,
    );
    await screenshot(page, 'results-ik-word-gepest');

    const name = names.find((candidate) => BULLYING_HELP.includes(candidate))!;
    const link = resultNameLinks(page).filter({ hasText: name }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/aanbieder\/[a-z0-9]+(-[a-z0-9]+)*$/);
    await link.click();
    await page.waitForURL(`${baseUrl}${href}`);
    const title = page.getByRole('heading', { level: 1, name, exact: true });
    await title.waitFor(WAIT);
    expect(await isInViewport(title)).toBe(true);
  });

  it('"Klopt er iets niet?" on a provider page opens the issue form with the provider filled in, and keeps e-mail', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/aanbieder/${PROVIDER_PAGE.id}`);
    const report = page.getByRole('region', { name: 'Klopt er iets niet?' });
    await report.waitFor(WAIT);
    const form = new URL((await report.getByRole('link', { name: 'Meld het met een formulier' }).getAttribute('href'))!);
    expect(form.origin + form.pathname).toBe(`https://github.com/${E2E_REPOSITORY}/issues/new`);
    expect(form.searchParams.get('template')).toBe('correctie.yml');
    expect(form.searchParams.get('aanbieder')).toBe(`${PROVIDER_PAGE.name} (${PROVIDER_PAGE.id})`);
    // The page's published address (the build's site address), not the test server's.
    expect(form.searchParams.get('pagina')).toBe(`${E2E_SITE_URL}/aanbieder/${PROVIDER_PAGE.id}`);
    const mail = await report.getByRole('link', { name: 'Mail ons (geen account nodig)' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:info@elzherkenrode\.be\?subject=/);
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, 'provider-report-mistake');
  });

  it('a crisis search ("ik wil dood") puts the crisis lane above the results, which stay', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);

    await typeInto(page.getByRole('searchbox', { name: 'Zoek hulp' }), 'ik wil dood', TYPING);
    await page.waitForURL(`${baseUrl}/?q=ik+wil+dood`);
    const lane = page.getByRole('region', { name: 'Je bent niet alleen' });
    await lane.waitFor(WAIT);
    const heading = resultsHeading(page);
    await heading.waitFor(WAIT);
    await expect.poll(() => resultNameLinks(page).count(), WAIT).toBeGreaterThan(0);

    const laneBox = await lane.boundingBox();
    const headingBox = await heading.boundingBox();
    expect(laneBox && headingBox).toBeTruthy();
    expect(laneBox!.y + laneBox!.height).toBeLessThanOrEqual(headingBox!.y);
    expect(await lane.getByRole('link', { name: 'Bel 1813', exact: true }).getAttribute('href')).toBe('tel:1813');
    // Without scrolling, right after typing, the warm words and a call button are on the phone's screen,
    // above the quick-exit bar at the bottom.
    const barTop = await page.getByRole('link', { name: 'Snel weg' }).evaluate((link) => link.parentElement!.getBoundingClientRect().top);
    expect(barTop).toBeLessThan(844);
    const warmWords = lane.getByRole('heading', { name: 'Je bent niet alleen' });
    const firstCall = lane.getByRole('link', { name: /^Bel / }).first();
    for (const part of [warmWords, firstCall]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(barTop);
    }
    // The lane moved up: it is not shown a second time at the bottom.
    expect(await page.getByRole('region', { name: TEXT.nl.crisisTitle }).count()).toBe(0);
    await screenshot(page, 'crisis-ik-wil-dood');
  });

  it('crisis detection loads once the app runs, not with the first view, and then works offline', async () => {
    const page = await openPage();
    const response = await page.goto(`${baseUrl}/`);
    // Not announced with the first view: the start page's HTML preloads its page, not the detection.
    expect(await response!.text()).not.toContain('crisis-detection');
    await resultsHeading(page).waitFor(WAIT);
    await untilLive(page);
    await untilChunkLoaded(page, 'crisis-detection');
    await page.context().setOffline(true);
    const box = page.getByRole('searchbox', { name: 'Zoek hulp' });
    // An everyday search leaves the lane below the results...
    await typeInto(box, 'pesten', TYPING);
    await expect.poll(() => resultNameLinks(page).count(), WAIT).toBeGreaterThan(0);
    await page.getByRole('region', { name: TEXT.nl.crisisTitle }).waitFor(WAIT);
    expect(await page.getByRole('region', { name: 'Je bent niet alleen' }).count()).toBe(0);
    // ...and a crisis search brings it up, offline too.
    await box.fill('');
    await typeInto(box, 'ik wil dood', TYPING);
    await page.getByRole('region', { name: 'Je bent niet alleen' }).waitFor(WAIT);
  });

  it('offline after the page loaded, a result still opens with its ways to reach them, and the rest loads once online', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(PROVIDER_PAGE.name)}`);
    await resultsHeading(page).waitFor(WAIT);
    await untilLive(page);
    // Its page's code is here once the app runs (view-code.ts); its details are not.
    await untilChunkLoaded(page, 'provider-page');
    await page.context().setOffline(true);
    await resultNameLinks(page).filter({ hasText: PROVIDER_PAGE.name }).click();
    await page.getByRole('heading', { level: 1, name: PROVIDER_PAGE.name }).waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe(`/aanbieder/${PROVIDER_PAGE.id}`);
    const missing = page.getByRole('status').filter({ hasText: 'Niet alles over deze hulp kon laden' });
    await missing.waitFor(WAIT);
    // Its ways to reach them are in the catalogue, which is here.
    const mail = PROVIDER_PAGE.emails[0];
    expect(await page.getByRole('link', { name: `Mail: ${mail.address}` }).getAttribute('href')).toBe(mail.href);
    await missing.scrollIntoViewIfNeeded();
    await screenshot(page, 'provider-details-missing');

    await page.context().setOffline(false);
    await missing.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 3, name: 'Bronnen' }).waitFor(WAIT);
    expect(await missing.count()).toBe(0);
  });

  it('when crisis detection cannot load, every search brings the crisis lane up', async () => {
    const page = await openPage();
    await page.route('**/assets/crisis-detection-*.js', (route) => route.abort());
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);
    await untilLive(page);
    await typeInto(page.getByRole('searchbox', { name: 'Zoek hulp' }), 'voetbal', TYPING);
    await page.waitForURL(`${baseUrl}/?q=voetbal`, WAIT);
    const lane = page.getByRole('region', { name: 'Je bent niet alleen' });
    await lane.waitFor(WAIT);
    expect(await lane.getByRole('link', { name: 'Bel 1813', exact: true }).getAttribute('href')).toBe('tel:1813');
    expect(await page.getByRole('region', { name: TEXT.nl.crisisTitle }).count()).toBe(0);
  });

  it('a shared link reproduces language and filters, survives reload, and Back undoes a change', async () => {
    const page = await openPage();
    const sharedUrl = `${baseUrl}/en/thema/pesten/hasselt?gratis=1`;
    const town = page.getByRole('combobox', { name: 'Town' });
    const moreOptions = disclosureButton(page, 'More options');
    const free = page.getByRole('checkbox', { name: 'Free', exact: true });
    const anonymous = page.getByRole('checkbox', { name: 'Anonymous', exact: true });

    async function expectState(expected: { townId: string; townName: string; anonymous: boolean }) {
      await page.getByRole('heading', { level: 1, name: 'What do you need help with?' }).waitFor(WAIT);
      await resultsHeading(page, 'en').waitFor(WAIT);
      // The URL changes first and the page follows a moment later: wait for the controls to show it.
      await expect.poll(() => town.inputValue(), WAIT).toBe(expected.townId);
      await expect.poll(() => anonymous.isChecked(), WAIT).toBe(expected.anonymous);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('en');
      expect(await page.getByRole('searchbox', { name: 'Find help' }).inputValue()).toBe('');
      expect(await page.getByRole('link', { name: 'Leave now' }).isVisible()).toBe(true);
      expect(
        await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'English' }).getAttribute('aria-current'),
      ).toBe('true');
      // "Free" is checked and shown: "More options" opens when one of its filters is on.
      expect(await isExpanded(moreOptions)).toBe(true);
      expect(await free.isVisible()).toBe(true);
      expect(await free.isChecked()).toBe(true);
      expect(await anonymous.isChecked()).toBe(expected.anonymous);
      expect(await town.inputValue()).toBe(expected.townId);
      expect(await town.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(expected.townName);
      // The topics are folded while searching: the button counts the chosen topic, whose chip is shown alone.
      const topics = disclosureButton(page, 'Topics');
      const topicGroup = page.getByRole('group', { name: 'Topics', exact: true });
      expect(await topics.innerText()).toMatch(/^Topics\s*\(1\)$/);
      expect(await isExpanded(topics)).toBe(false);
      // Not `exact`: a chosen chip's name gains the CSS mark ("Bullying ✕"), see the report.
      expect(await topicGroup.getByRole('checkbox', { name: 'Bullying' }).isChecked()).toBe(true);
      expect(await topicGroup.getByRole('checkbox').count()).toBe(1);
      // Unfolded, every topic shows, still with one chosen; folded again for the next check.
      await topics.click();
      expect(await isExpanded(topics)).toBe(true);
      expect(await topicGroup.getByRole('checkbox').count()).toBe(catalogue.themes.length);
      expect(await topicGroup.getByRole('checkbox', { checked: true }).count()).toBe(1);
      await topics.click();
      expect(await isExpanded(topics)).toBe(false);
    }

    await page.goto(sharedUrl);
    await expectState({ townId: 'hasselt', townName: 'Hasselt', anonymous: false });
    const sharedResults = await resultNames(page, 'en');
    expect(sharedResults.length).toBeGreaterThan(0);

    await page.reload();
    await expectState({ townId: 'hasselt', townName: 'Hasselt', anonymous: false });
    expect(await resultNames(page, 'en')).toEqual(sharedResults);

    // Two choices, each its own history entry.
    await town.selectOption('zonhoven');
    await page.waitForURL(`${baseUrl}/en/thema/pesten/zonhoven?gratis=1`);
    // A tap, then wait for the app: not check(), which verifies the box at once, while the app briefly shows
    // the old state after a tap (see the report).
    await anonymous.click();
    await page.waitForURL(`${baseUrl}/en/thema/pesten/zonhoven?gratis=1&anoniem=1`);
    await expect.poll(() => anonymous.isChecked(), WAIT).toBe(true);
    await expectState({ townId: 'zonhoven', townName: 'Zonhoven', anonymous: true });

    await page.goBack();
    await page.waitForURL(`${baseUrl}/en/thema/pesten/zonhoven?gratis=1`);
    await expectState({ townId: 'zonhoven', townName: 'Zonhoven', anonymous: false });
    await page.goBack();
    await page.waitForURL(sharedUrl);
    await expectState({ townId: 'hasselt', townName: 'Hasselt', anonymous: false });
    await expect.poll(() => resultNames(page, 'en'), WAIT).toEqual(sharedResults);
  });

  it('works with the keyboard only: search, open a result, reach its phone link', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);

    await untilLive(page);
    const searchbox = page.getByRole('searchbox', { name: 'Zoek hulp' });
    await tabUntil(page, 'The search box', () => isFocused(searchbox));
    await page.keyboard.type('1813', TYPING);
    await page.waitForURL(`${baseUrl}/?q=1813`);
    await expect.poll(() => resultNames(page), WAIT).toEqual([LINE_1813.name]);

    const firstResult = resultNameLinks(page).first();
    await tabUntil(page, "The first result's name link", () => isFocused(firstResult));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/aanbieder/${LINE_1813.id}`);
    await page.getByRole('heading', { level: 1, name: LINE_1813.name, exact: true }).waitFor(WAIT);

    const presses = await tabUntil(page, 'A phone link', () =>
      page.evaluate(() => document.activeElement?.getAttribute('href')?.startsWith('tel:') ?? false),
    );
    // It is the provider's own call button, not one in the crisis lane below the page.
    expect(await isFocused(page.getByRole('main').getByRole('link', { name: 'Bel 1813', exact: true }))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:1813');
    expect(presses).toBeLessThanOrEqual(MAX_TABS);
  });

  describe('accessibility (axe, WCAG 2.2 AA) in Dutch and English', () => {
    const PAGES = [
      { page: 'home', nl: '/', en: '/en', shot: 'home' },
      { page: 'results', nl: '/?q=ik+word+gepest', en: '/en?q=ik+word+gepest', shotEn: 'results-en' },
      { page: 'no results', nl: '/?q=xyzxyzxyz', en: '/en?q=xyzxyzxyz', shot: 'no-results' },
      {
        page: 'provider',
        nl: `/aanbieder/${PROVIDER_PAGE.id}`,
        en: `/en/aanbieder/${PROVIDER_PAGE.id}`,
        shot: `provider-${PROVIDER_PAGE.id}`,
      },
      { page: 'catalogue error', nl: '/', en: '/en', shot: 'error-state' },
    ];
    const CASES = (['nl', 'en'] as const).flatMap((lang) =>
      PAGES.map((entry) => ({ page: entry.page, lang, path: entry[lang], shot: lang === 'nl' ? entry.shot : entry.shotEn })),
    );

    it.each(CASES)('$page ($lang): $path', async ({ page: kind, lang, path, shot }) => {
      const page = await openPage();
      const text = TEXT[lang];
      if (kind === 'catalogue error')
        await page.route('**/data/catalogue.json', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
      await page.goto(`${baseUrl}${path}`);

      if (kind === 'home' || kind === 'results') {
        await resultsHeading(page, lang).waitFor(WAIT);
        expect(await resultNameLinks(page, lang).count()).toBeGreaterThan(0);
      } else if (kind === 'no results') {
        await page.getByRole('heading', { level: 2, name: text.noResults }).waitFor(WAIT);
        expect(await resultNameLinks(page, lang).count()).toBe(0);
      } else if (kind === 'provider') {
        await page.getByRole('heading', { level: 1, name: PROVIDER_PAGE.name, exact: true }).waitFor(WAIT);
      } else {
        const retry = page.getByRole('alert').getByRole('button', { name: text.retry });
        await retry.waitFor(WAIT);
        const lane = page.getByRole('region', { name: text.crisisTitle });
        expect(await lane.isVisible()).toBe(true);
        const call1813 = lane.getByRole('link', { name: text.call1813, exact: true });
        expect(await call1813.isVisible()).toBe(true);
        expect(await call1813.getAttribute('href')).toBe('tel:1813');
      }
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe(lang);

      expect(await axeViolations(page)).toEqual([]);
      if (shot) await screenshot(page, shot);
    });
  });

  it('keeps every typed character, however fast the keys come', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);
    const box = page.getByRole('searchbox', { name: 'Zoek hulp' });
    await box.click();
    await page.keyboard.type('ik word gepest'); // no pause between keys: a fast typist, or any typist on a slow phone
    await expect.poll(() => box.inputValue(), WAIT).toBe('ik word gepest');
    await page.waitForURL(`${baseUrl}/?q=ik+word+gepest`);
  });

  it('updates the list after every keystroke, and measures search keystroke latency (keydown to the first frame after the DOM settles)', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await resultsHeading(page).waitFor(WAIT);
    const before = await resultsHeading(page).textContent();
    await page.getByRole('searchbox', { name: 'Zoek hulp' }).click();

    // In the page: each keydown starts a sample; each DOM change records its time and asks for the next
    // animation frame. A sample ends at the first frame after its last DOM change.
    await page.evaluate(() => {
      interface Sample {
        key: string;
        start: number;
        lastChange: number;
        frameAfter: number;
      }
      const samples: Sample[] = [];
      let current: Sample | undefined;
      window.addEventListener(
        'keydown',
        (event) => {
          current = { key: event.key, start: event.timeStamp, lastChange: -1, frameAfter: -1 };
          samples.push(current);
        },
        true,
      );
      new MutationObserver(() => {
        const sample = current;
        if (!sample) return;
        sample.lastChange = performance.now();
        requestAnimationFrame(() => {
          sample.frameAfter = performance.now();
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      Object.assign(window, {
        __keystrokes: {
          samples,
          /** The DOM changed, a frame followed, and nothing changed for `quietMs` (deferred results included). */
          settled: (quietMs: number) =>
            current !== undefined &&
            current.lastChange > 0 &&
            current.frameAfter >= current.lastChange &&
            performance.now() - current.lastChange > quietMs,
        },
      });
    });

    const query = 'ik word gepest';
    expect(query).toHaveLength(14);
    // What the list must show after each keystroke: the app's own search, run here on the catalogue the site
    // was built from, for what is typed so far. The list changes while typing ("i", "ik", … differ), so a
    // list left behind by a keystroke, or a lost key, fails; how long anything took never does.
    const searcher = createSearcher(catalogue, searchIndex);
    const typedSoFar = [...query].map((_, i) => query.slice(0, i + 1));
    // The list shows the first window of them (pages/search/use-result-window.ts).
    const expectedNames = typedSoFar.map((typed) =>
      searcher
        .search({ ...EMPTY_SEARCH, query: typed }, new Date())
        .slice(0, RESULT_WINDOW)
        .map((result) => result.provider.name),
    );
    expect(new Set(expectedNames.map((names) => JSON.stringify(names))).size).toBeGreaterThan(2);
    const box = page.getByRole('searchbox', { name: 'Zoek hulp' });
    for (const [i, key] of [...query].entries()) {
      await page.keyboard.type(key);
      await page.waitForFunction(
        () => (window as unknown as { __keystrokes: { settled(quietMs: number): boolean } }).__keystrokes.settled(200),
        undefined,
        WAIT,
      );
      await expect
        .poll(async () => ({ typed: await box.inputValue(), results: await resultNames(page) }), {
          ...WAIT,
          message: `after key ${i + 1} ("${typedSoFar[i]}")`,
        })
        .toEqual({ typed: typedSoFar[i], results: expectedNames[i] });
    }
    const samples = await page.evaluate(
      () =>
        (window as unknown as { __keystrokes: { samples: { key: string; start: number; lastChange: number; frameAfter: number }[] } })
          .__keystrokes.samples,
    );
    expect(samples.map((sample) => sample.key).join('')).toBe(query);
    // Every keystroke changed the page, after its keydown, and a frame was drawn after the change.
    expect(samples.filter((sample) => !(sample.lastChange >= sample.start && sample.frameAfter >= sample.lastChange))).toEqual([]);
    const times = samples.map((sample) => sample.frameAfter - sample.start);
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[6] + sorted[7]) / 2;
    const max = sorted[sorted.length - 1];
    console.log(
      `Search keystroke latency, ${times.length} keys ("${query}"), keydown to the first animation frame after the DOM settled: ` +
        `median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms\n  per key: ${samples.map((s, i) => `${JSON.stringify(s.key)} ${times[i].toFixed(1)}`).join(', ')}`,
    );

    // The results followed the typing.
    await page.waitForURL(`${baseUrl}/?q=ik+word+gepest`);
    expect(await page.getByRole('searchbox', { name: 'Zoek hulp' }).inputValue()).toBe(query);
    expect(await resultsHeading(page).textContent()).not.toBe(before);
    expect((await resultNames(page)).some((name) => BULLYING_HELP.includes(name))).toBe(true);
  });
});
