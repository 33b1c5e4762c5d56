/**
 * What a young person is told about the age of the data, on a phone (390x844), on the site built from
 * the fictional catalogue: "Nagekeken bij de organisatie op …" only for a real check; for a provider
 * nobody checked whose sources are from 2019, a neutral line, the number's year before she calls, and no
 * open-now badge from the 2019 hours. The build refuses 2019 hours, so the test serves a catalogue in
 * which the fictional phone line's facts have aged to 2019, as a catalogue does while it stays online.
 * The page's clock is fixed at Wednesday 25 November 2026, 11:00 in Brussels, when that line's hours
 * (weekdays 09:00–17:00) would say "open".
 * Screenshots: test-results/fact-age-*-390x844.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { CatalogueFile, ProviderDetails } from '../../src/catalogue/catalogue-types';
import { axeViolations } from './axe';
import { fixtureProvider } from './fixture-catalogue';
import { phoneSession, screenshot, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const { openPage } = phoneSession(new URL(baseUrl).origin);
const WAIT = { timeout: 30_000 };
const WEDNESDAY_11 = new Date('2026-11-25T10:00:00Z');

const PHONE_LINE = fixtureProvider('fictief-belpunt-hasselt');
const VERIFIED = fixtureProvider('fictief-gemeentehuis-zonhoven');

/** A phone at Wednesday 11:00; with `agedTo2019`, the phone line's sources and facts are from 2019 and unverified. */
async function openAt(path: string, { agedTo2019 = false } = {}): Promise<Page> {
  const page = await openPage();
  await page.clock.setFixedTime(WEDNESDAY_11);
  if (agedTo2019) {
    await page.route('**/data/catalogue.json', async (route) => {
      const response = await route.fetch();
      const catalogue = (await response.json()) as CatalogueFile;
      const line = catalogue.providers.find((provider) => provider.id === PHONE_LINE.id)!;
      line.factDates = Object.fromEntries(Object.keys(line.factDates).map((kind) => [kind, '2019-05']));
      delete line.verification;
      // Other data than the prerendered pages were built from, as a later build would publish: its own version.
      catalogue.version = 'aged-in-this-test';
      await route.fulfill({ response, json: catalogue });
    });
    // Its page lists the sources (its details, a file of its own): from 2019 too.
    await page.route(`**/data/details/${PHONE_LINE.id}.json`, async (route) => {
      const response = await route.fetch();
      const details = (await response.json()) as ProviderDetails;
      details.sources = details.sources.map((source) => ({ ...source, pageDate: '2019-05' }));
      await route.fulfill({ response, json: details });
    });
  }
  await page.goto(new URL(path, baseUrl).href);
  // What the app shows: a link with words opens on the prerendered start page, which the app then replaces.
  await untilLive(page);
  return page;
}

const searchFor = (name: string) => `/?q=${encodeURIComponent(name.replace(' (testdata)', ''))}`;

describe('the age of the data, as a young person sees it', () => {
  it('a provider verified last month says so, with the day and how', async () => {
    const page = await openAt(`/aanbieder/${VERIFIED.id}`);
    const line = page.getByText('Nagekeken bij de organisatie op 20 oktober 2026 (telefonisch).');
    await line.waitFor(WAIT);
    expect(await page.getByText(/Nog niet nagekeken/).count()).toBe(0);
    await line.scrollIntoViewIfNeeded();
    await screenshot(page, 'fact-age-verified');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with current sources, the phone line shows open now and no year (the badge the old data must lose)', async () => {
    const page = await openAt(searchFor(PHONE_LINE.name));
    const card = page.getByRole('article', { name: PHONE_LINE.name });
    await card.waitFor(WAIT);
    expect((await card.locator('.open-status').textContent())?.trim()).toBe('Nu open');
    expect(await card.locator('.fact-age').count()).toBe(0);
  });

  it('unverified, from 2019: the card names the number’s year and shows no open-now badge', async () => {
    const page = await openAt(searchFor(PHONE_LINE.name), { agedTo2019: true });
    const card = page.getByRole('article', { name: PHONE_LINE.name });
    await card.waitFor(WAIT);
    const call = card.getByRole('link', { name: `Bel ${PHONE_LINE.phones[0].display} (${PHONE_LINE.name})`, exact: true });
    expect(await call.getAttribute('href')).toBe(PHONE_LINE.phones[0].href);
    expect((await card.locator('.fact-age').textContent())?.trim()).toBe('Nummer uit 2019 — bel om te horen of het nog klopt.');
    expect(await card.locator('.open-status').count()).toBe(0);
    // The line under the button is read with it, before the call.
    const [button, note] = [await call.boundingBox(), await card.locator('.fact-age').boundingBox()];
    expect(note!.y).toBeGreaterThan(button!.y);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'fact-age-card-2019');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('unverified, from 2019: the provider page says so plainly, dates the number and the hours, and shows no open-now', async () => {
    const page = await openAt(`/aanbieder/${PHONE_LINE.id}`, { agedTo2019: true });
    // The prerendered page shows the data it was built from until the app renders the aged data.
    await page.getByText('Nog niet nagekeken bij de organisatie. Uit openbare bronnen van 2019.').waitFor(WAIT);
    expect(await page.getByText('Deze gegevens zijn meer dan een jaar oud. Ze kunnen veranderd zijn.').count()).toBe(1);
    expect(await page.locator('.contact-buttons .fact-age').textContent()).toBe('Nummer uit 2019 — bel om te horen of het nog klopt.');
    expect(await page.locator('table.hours caption').allTextContents()).toEqual([
      `Uren: ${PHONE_LINE.phones[0].display} · Uren uit 2019 — ze kunnen veranderd zijn.`,
    ]);
    expect(await page.locator('.open-status').count()).toBe(0);
    expect(await page.getByText(/Nagekeken bij de organisatie op/).count()).toBe(0);
    await screenshot(page, 'fact-age-page-2019');
    expect(await axeViolations(page)).toEqual([]);
  });
});
