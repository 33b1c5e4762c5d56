/**
 * The result list's window on a phone (390x844), on the site built from the fictional catalogue
 * (dist-e2e/): the start page shows the first RESULT_WINDOW results of more; "Toon meer", pressed from the
 * keyboard, adds the rest, says so in a polite status and moves focus to the first new result, which is
 * then on screen; typing starts again at the first window. The page's clock is fixed (the list is ranked
 * by open now). Screenshot: test-results/result-window-390x844.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RESULT_WINDOW } from '../../src/pages/search/use-result-window';
import { EMPTY_SEARCH } from '../../src/search/search-filters';
import { createSearcher } from '../../src/search/search-providers';
import { markOldFacts } from '../../src/catalogue/old-facts';
import { dateInBelgium } from '../../src/catalogue/staleness';
import { axeViolations } from './axe';
import { catalogue, searchIndex } from './fixture-catalogue';
import { describeFocus, phoneSession, screenshot, typeInto, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const { openPage } = phoneSession(new URL(baseUrl).origin);
/** Generous for a loaded 2-core machine, and bounded: every wait is for a state, never for a time. */
const WAIT = { timeout: 30_000 };
/** Wednesday 25 November 2026, 11:00 in Brussels. */
const WEDNESDAY_11 = new Date('2026-11-25T10:00:00Z');

const searcher = createSearcher(markOldFacts(catalogue, dateInBelgium(WEDNESDAY_11)), searchIndex);
/** Every result of the start page in the list's order: a page load's own view is ranked without the clock (search-results.tsx). */
const allNames = searcher.search(EMPTY_SEARCH, undefined).map((result) => result.provider.name);

function shownNames(page: Page): Promise<string[]> {
  return page
    .locator('#resultaten li.result h3')
    .allTextContents()
    .then((names) => names.map((name) => name.trim()));
}

const showMore = (page: Page) => page.locator('#resultaten').getByRole('button', { name: 'Toon meer', exact: true });

describe('the window of results', () => {
  it('shows the first results, and "Toon meer" from the keyboard adds the rest with focus on the first new one', async () => {
    expect(allNames.length).toBeGreaterThan(RESULT_WINDOW);
    const page = await openPage();
    await page.clock.setFixedTime(WEDNESDAY_11);
    await page.goto(`${baseUrl}/`);
    await untilLive(page);
    await expect.poll(() => shownNames(page), WAIT).toEqual(allNames.slice(0, RESULT_WINDOW));
    expect(await page.getByText(`Je ziet ${RESULT_WINDOW} van de ${allNames.length} plekken.`).isVisible()).toBe(true);

    await showMore(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shownNames(page), WAIT).toEqual(allNames);
    const firstNew = page.locator('#resultaten li.result h3 a').nth(RESULT_WINDOW);
    expect(await firstNew.textContent()).toBe(allNames[RESULT_WINDOW]);
    expect(await firstNew.evaluate((link) => link === document.activeElement), await describeFocus(page)).toBe(true);
    // Focus brought it on screen, above the quick-exit bar at the bottom.
    const box = (await firstNew.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const added = allNames.length - RESULT_WINDOW;
    expect(await page.locator('#resultaten [role="status"]').allTextContents()).toContain(
      `${added} plekken erbij. Je ziet nu ${allNames.length} van de ${allNames.length} plekken.`,
    );
    expect(await showMore(page).count()).toBe(0);
    await screenshot(page, 'result-window');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is accessible with the button on screen, and typing starts again at the first window', async () => {
    const page = await openPage();
    await page.clock.setFixedTime(WEDNESDAY_11);
    await page.goto(`${baseUrl}/`);
    await untilLive(page);
    await showMore(page).waitFor(WAIT);
    expect(await axeViolations(page)).toEqual([]);
    await showMore(page).click();
    await expect.poll(() => shownNames(page).then((names) => names.length), WAIT).toBe(allNames.length);
    // A search that still has more than one window of results: the list starts at the first window again.
    await typeInto(page.getByRole('searchbox', { name: 'Zoek hulp' }), 'hulp');
    await page.waitForURL(`${baseUrl}/?q=hulp`);
    // Any other search is ranked with the page's clock.
    const hulp = searcher.search({ ...EMPTY_SEARCH, query: 'hulp' }, WEDNESDAY_11).map((result) => result.provider.name);
    expect(hulp.length).toBeGreaterThan(RESULT_WINDOW);
    await expect.poll(() => shownNames(page), WAIT).toEqual(hulp.slice(0, RESULT_WINDOW));
    expect(await showMore(page).isEnabled()).toBe(true);
  });
});
