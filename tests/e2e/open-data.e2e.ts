/**
 * The open data in the footer, on a phone (390x844) in Debian's Chromium, on the site built from the
 * fictional catalogue (dist-e2e/): the spreadsheet link serves the catalogue as Belgian Excel opens it,
 * the HSDS link opens every service, and both links are there without JavaScript too.
 * Screenshot: test-results/footer-open-data-390x844.png.
 */
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../scripts/lib/csv-file';
import { axeViolations } from './axe';
import { catalogue } from './fixture-catalogue';
import { phoneSession, screenshot, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const { openPage } = phoneSession(new URL(baseUrl).origin);
const WAIT = { timeout: 30_000 };

describe('open data in the footer', () => {
  it('links the catalogue as a spreadsheet and in HSDS, with the licence named', async () => {
    const page = await openPage();
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await untilLive(page);
    const footer = page.getByRole('contentinfo');
    await footer.scrollIntoViewIfNeeded();
    await expect
      .poll(() => footer.getByRole('link', { name: 'Licentie: CC BY 4.0' }).getAttribute('href'), WAIT)
      .toBe('https://creativecommons.org/licenses/by/4.0/deed.nl');
    await screenshot(page, 'footer-open-data');
    expect(await axeViolations(page)).toEqual([]);

    // The file behind the link (Chromium's own download is left out: the test browser cancels downloads).
    const spreadsheetLink = footer.getByRole('link', { name: 'spreadsheet (CSV)' });
    expect(await spreadsheetLink.getAttribute('download')).toBe('');
    const text = await (await page.request.get(new URL((await spreadsheetLink.getAttribute('href'))!, baseUrl).href)).text();
    const read = readCsv(text);
    expect(read.ok && read.rows.slice(1).map((row) => row[0])).toEqual(catalogue.providers.map((provider) => provider.id).sort());

    const hsdsHref = await footer.getByRole('link', { name: 'Open Referral HSDS (JSON)' }).getAttribute('href');
    const services = await (await page.request.get(new URL(hsdsHref!, baseUrl).href)).json();
    expect(services.map((service: { name: string }) => service.name).sort()).toEqual(
      catalogue.providers.map((provider) => provider.name).sort(),
    );
  });

  it('has the same links on the page as served, before any script runs', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    const footer = page.getByRole('contentinfo');
    expect(await footer.getByRole('link', { name: 'spreadsheet (CSV)' }).getAttribute('href')).toBe(
      '/data/open-data/hulphub-aanbieders.csv',
    );
    expect(await footer.getByRole('link', { name: 'Open Referral HSDS (JSON)' }).getAttribute('href')).toBe(
      '/data/open-data/hsds/services.json',
    );
  });
});
