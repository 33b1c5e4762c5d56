/**
 * The staff form (/beheer/, Sveltia CMS) in Chromium, with no network: the browser tests' site configures
 * Sveltia's `test-repo` backend (tests/e2e/build-fixture-site.ts), which keeps the repository in the
 * browser's origin-private file system, folder sveltia-cms-test/. A fictional provider is seeded there
 * first, as if it were in the repository.
 *
 * A provider added through the form is read back from that folder, put into a copy of the fictional
 * catalogue and checked with the data check: the file the form would commit passes it. The young
 * people's pages load nothing of the CMS. Screenshots for the staff guide, at 1280x800 and 390x844:
 * test-results/staff-*.png, or the folder STAFF_GUIDE_SCREENSHOTS names (docs/staff-guide to update the guide).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { formatProblem } from '../../scripts/lib/problems.ts';
import { staffFormConfigText, type SchemaNode } from '../../scripts/lib/cms-config.ts';
import { providerJsonSchema } from '../../scripts/data-schema.ts';
import { FIXTURE_CATALOGUE, TODAY } from '../helpers/test-paths.ts';
import { E2E_SITE_DIR } from './build-fixture-site.ts';
import { fixtureProvider } from './fixture-catalogue.ts';
import { phoneSession, SCREENSHOTS } from './phone-session.ts';

const baseUrl = inject('baseUrl');
const session = phoneSession(new URL(baseUrl).origin);
/** Generous for a loaded 2-core machine, and bounded: every wait is for a state, never for a time. */
const WAIT = { timeout: 30_000 };
const GUIDE_DIR = process.env.STAFF_GUIDE_SCREENSHOTS ?? SCREENSHOTS;

const SCREENS: { size: string; options: BrowserContextOptions }[] = [
  { size: '1280x800', options: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false } },
  { size: '390x844', options: {} },
];

/** The fixture provider put in the browser's repository before the form opens. */
const SEEDED = fixtureProvider('fictieve-eetlijn');
const NEW_ID = 'fictief-testpunt-formulier';

/** Puts the seeded provider where the test backend reads the repository: sveltia-cms-test/data/providers/. */
async function seedRepository(page: Page) {
  // Any page of the site gives the origin's file system; the form is not open yet.
  await page.goto(new URL('/beheer/config.yml', baseUrl).href);
  const text = readFileSync(join(FIXTURE_CATALOGUE, 'providers', `${SEEDED.id}.json`), 'utf8');
  await page.evaluate(
    async ({ name, text }) => {
      let dir = await navigator.storage.getDirectory();
      for (const part of ['sveltia-cms-test', 'data', 'providers']) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    },
    { name: `${SEEDED.id}.json`, text },
  );
}

/** The provider files the form wrote into the browser's repository, by file name. */
function repositoryFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    let dir = await navigator.storage.getDirectory();
    for (const part of ['sveltia-cms-test', 'data', 'providers']) dir = await dir.getDirectoryHandle(part);
    const files: Record<string, string> = {};
    // entries() is in every browser that has this file system, but not yet in TypeScript's DOM types.
    const entries = (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries();
    for await (const [name, handle] of entries) files[name] = await (await handle.getFile()).text();
    return files;
  });
}

/** A field of the form by its label (Sveltia names each field's group "Veld “<label>”"). */
function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('group', { name: new RegExp(`^Veld\\W+${escaped}\\W*$`) });
}

async function openForm(options: BrowserContextOptions): Promise<Page> {
  const page = await session.openPage(options);
  await seedRepository(page);
  await page.goto(new URL('/beheer/', baseUrl).href);
  return page;
}

async function signIn(page: Page) {
  // Dutch: the interface texts came from this site (public/beheer/ui-texts.js), not from unpkg.com.
  await page.getByRole('button', { name: 'Werken met een testrepository' }).click(WAIT);
  // A wide screen opens the only collection at once; a phone first lists the collections.
  await page.getByRole('treeitem', { name: /Aanbieders/ }).click(WAIT);
  await page.getByRole('row', { name: SEEDED.name }).waitFor(WAIT);
}

/**
 * A field further down the form: Sveltia draws fields as they scroll into view, so scroll the form (the
 * middle of the screen is on it) until this one is there.
 */
async function reveal(page: Page, label: string): Promise<Locator> {
  const target = field(page, label);
  const { width, height } = page.viewportSize()!;
  await page.mouse.move(width / 2, height / 2);
  await expect
    .poll(
      async () => {
        if ((await target.count()) === 0) await page.mouse.wheel(0, height / 2);
        return target.count();
      },
      { timeout: WAIT.timeout, interval: 100 },
    )
    .toBeGreaterThan(0);
  await target.first().scrollIntoViewIfNeeded();
  return target.first();
}

async function startNewProvider(page: Page) {
  await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click(WAIT);
  await page.getByRole('textbox', { name: 'Id', exact: true }).waitFor(WAIT);
}

/** Fills the fields a provider needs with fictional values; fields below the first screen appear as they scroll into view. */
async function fillNewProvider(page: Page) {
  await (await reveal(page, "Thema's")).getByRole('combobox').click();
  await page.getByRole('option', { name: 'Angst en stress' }).click();
  // A yes/no fact must be saved as true, not as the text "true": the data check refuses a string.
  await (await reveal(page, 'Gratis')).getByRole('radio', { name: 'Ja' }).click();
  await (await reveal(page, 'Gebied')).getByRole('radio', { name: 'Alleen bepaalde gemeenten (kies ze hieronder)' }).click();
  await (await reveal(page, 'Gemeenten')).getByRole('checkbox', { name: 'Hasselt' }).click();
  const phone = await reveal(page, 'Telefoon');
  await phone.getByRole('button', { name: /toevoegen/ }).click();
  await fillUntilKept(phone.getByRole('textbox', { name: 'Nummer' }), '+32 11 00 20 99');
  const sources = await reveal(page, 'Bronnen');
  await sources.getByRole('button', { name: /toevoegen/ }).click();
  await fillUntilKept(sources.getByRole('textbox', { name: 'Link' }), 'https://testdata.example.org/testpunt/bron');
  await fillUntilKept(sources.getByRole('textbox', { name: 'Datum op de pagina' }), '2026-10');
  // The data check wants a source for every phone number: this page shows it.
  await (await reveal(page, 'Deze pagina toont')).getByRole('combobox').click();
  await page.getByRole('option', { name: 'Telefoonnummer' }).click();
  await (await reveal(page, 'Deze pagina toont')).getByRole('combobox').click();
  await page.getByRole('option', { name: 'Gratis of betalend' }).click();
  // The first fields last: text typed into a new entry's first fields right after it opens was sometimes
  // wiped as the editor finished setting up (the saved file then missed them, and the test failed).
  await fillUntilKept(page.getByRole('textbox', { name: 'Id', exact: true }), NEW_ID);
  await fillUntilKept(page.getByRole('textbox', { name: 'Naam', exact: true }), 'Fictief Testpunt Formulier (testdata)');
  await fillUntilKept(
    field(page, 'Korte zin').getByRole('textbox', { name: 'Nederlands' }),
    'Verzonnen dienst voor de test van het formulier: je kunt hier praten over stress.',
  );
}

/** Types a value and waits until the field holds it, typing again if the form reset it meanwhile. */
async function fillUntilKept(input: Locator, value: string) {
  await expect
    .poll(
      async () => {
        if ((await input.inputValue()) !== value) await input.fill(value);
        return input.inputValue();
      },
      { timeout: WAIT.timeout, interval: 200 },
    )
    .toBe(value);
}

/** Back to the first field, with its label and message under the toolbar, for the screenshot. */
async function scrollToTop(page: Page) {
  await field(page, 'Id').evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

async function guideScreenshot(page: Page, name: string, size: string) {
  mkdirSync(GUIDE_DIR, { recursive: true });
  await page.screenshot({ path: join(GUIDE_DIR, `staff-${name}-${size}.png`), scale: 'css', animations: 'disabled' });
}

describe.each(SCREENS)('the staff form at $size', ({ size, options }) => {
  it('signs in with the test backend in Dutch, lists the providers, and adds one whose file passes the data check', async ({ task }) => {
    const page = await openForm(options);
    await page.getByRole('button', { name: 'Werken met een testrepository' }).waitFor(WAIT);
    await guideScreenshot(page, 'sign-in', size);

    await signIn(page);
    // The CMS turns pinch-zoom off; public/beheer/allow-zoom.js turns it on again (WCAG 1.4.4).
    const viewports = await page
      .locator('meta[name="viewport"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
    expect(viewports.length).toBeGreaterThan(0);
    for (const content of viewports) expect(content).not.toMatch(/maximum-scale|user-scalable/);
    await guideScreenshot(page, 'list', size);

    await startNewProvider(page);
    await fillNewProvider(page);
    await scrollToTop(page);
    await guideScreenshot(page, 'new-provider', size);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('row', { name: 'Fictief Testpunt Formulier (testdata)' }).waitFor(WAIT);

    const files = await repositoryFiles(page);
    expect(Object.keys(files).sort()).toEqual([`${NEW_ID}.json`, `${SEEDED.id}.json`].sort());
    const written = JSON.parse(files[`${NEW_ID}.json`]) as Record<string, unknown>;
    // What staff filled in, in the schema's order, and nothing they left empty ("" or [] would fail the check).
    expect(written).toEqual({
      $schema: '../schema/provider.schema.json',
      id: NEW_ID,
      name: 'Fictief Testpunt Formulier (testdata)',
      summary: { nl: 'Verzonnen dienst voor de test van het formulier: je kunt hier praten over stress.' },
      themes: ['angst-stress'],
      free: true,
      area: 'municipalities',
      areaMunicipalities: ['hasselt'],
      channels: { phone: [{ number: '+32 11 00 20 99' }] },
      sources: [{ url: 'https://testdata.example.org/testpunt/bron', pageDate: '2026-10', confirms: ['phone', 'free'] }],
    });
    expect(Object.keys(written)).toEqual([
      '$schema',
      'id',
      'name',
      'summary',
      'themes',
      'free',
      'area',
      'areaMunicipalities',
      'channels',
      'sources',
    ]);

    // The file as the pull request would bring it, in a copy of the fictional catalogue: no errors.
    const catalogue = mkdtempSync(join(tmpdir(), 'hulphub-staff-form-'));
    cpSync(FIXTURE_CATALOGUE, catalogue, { recursive: true });
    writeFileSync(join(catalogue, 'providers', `${NEW_ID}.json`), files[`${NEW_ID}.json`]);
    const result = checkDataFolder(catalogue, { today: TODAY });
    expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.providers.map((provider) => provider.id)).toContain(NEW_ID);

    // The interface's fonts came from this site (the copied script names them), none from a CDN.
    const mine = session.requests
      .filter(({ testId, url }) => testId === task.id && url.includes('/beheer/fonts/'))
      .map(({ url }) => new URL(url).pathname);
    expect(mine).toContain('/beheer/fonts/material-symbols-outlined.woff2');
  });

  it("says in Dutch what is wrong when a field does not match the schema's pattern, and saves nothing", async () => {
    const page = await openForm(options);
    await signIn(page);
    await startNewProvider(page);
    await fillNewProvider(page);
    await fillUntilKept(page.getByRole('textbox', { name: 'Id', exact: true }), 'Fictief Testpunt');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const message = page.getByText('Schrijf kleine letters, cijfers en streepjes, zonder spaties, bv. tele-onthaal.').first();
    await message.waitFor(WAIT);
    await scrollToTop(page);
    await guideScreenshot(page, 'validation', size);
    expect(Object.keys(await repositoryFiles(page))).toEqual([`${SEEDED.id}.json`]);
  });
});

describe('the staff page', () => {
  it('as shipped, signs in to GitHub with a token only (no OAuth server), and sends nothing before that', async ({ task }) => {
    for (const { size, options } of SCREENS) {
      const page = await session.openPage(options);
      // The shipped configuration (backend github), with a repository name that only this test uses.
      const config = staffFormConfigText(providerJsonSchema() as SchemaNode, checkDataFolder(FIXTURE_CATALOGUE).vocabulary, {
        name: 'github',
        repo: 'voorbeeld-organisatie/hulp-hub',
      });
      // Sveltia asks for config.yml?_=<time>, so it is never served from a cache.
      await page.route(/\/beheer\/config\.yml(\?.*)?$/, (route) => route.fulfill({ contentType: 'application/yaml', body: config }));
      await page.goto(new URL('/beheer/', baseUrl).href);
      await page.getByRole('button', { name: 'Inloggen met een toegangstoken' }).click(WAIT);
      const dialog = page.getByRole('alertdialog', { name: 'Inloggen met een toegangstoken' });
      await dialog.getByRole('textbox', { name: 'Persoonlijk toegangstoken' }).waitFor(WAIT);
      // Sveltia links to GitHub's page for a fine-grained token with the two permissions the form needs.
      expect(await dialog.getByRole('link').first().getAttribute('href')).toBe(
        'https://github.com/settings/personal-access-tokens/new?name=Sveltia+CMS&contents=write&pull_requests=write',
      );
      expect(await page.getByRole('button', { name: /Inloggen met GitHub/ }).count()).toBe(0);
      await guideScreenshot(page, 'sign-in-token', size);
    }
    const mine = session.requests.filter(({ testId }) => testId === task.id).map(({ url }) => new URL(url).host);
    expect(mine.filter((host) => host === 'api.github.com')).toEqual([]);
  });

  it('has its own strict Content-Security-Policy, and asks search engines to leave it out', async () => {
    const html = readFileSync(join(E2E_SITE_DIR, 'beheer', 'index.html'), 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(policy).toBeDefined();
    const directives = Object.fromEntries(
      policy!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'https://api.github.com']);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<html lang="nl">');
  });
});

describe("the young people's pages", () => {
  it('load no byte of the CMS: no request for /beheer/ or Sveltia, and no Sveltia code in their files', async ({ task }) => {
    const page = await session.openPage();
    const provider = fixtureProvider('fictieve-schoolchat');
    for (const path of ['/', `/aanbieder/${provider.id}`, '/thema/pesten']) {
      await page.goto(new URL(path, baseUrl).href);
      await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
    }
    const urls = session.requests.filter(({ testId }) => testId === task.id).map(({ url }) => url);
    // The pages loaded their scripts and data (so the log below is not empty by accident) …
    expect(urls.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
    expect(urls.some((url) => url.endsWith('/data/catalogue.json'))).toBe(true);
    // … and nothing of the staff page.
    expect(urls.filter((url) => /\/beheer\b|sveltia/i.test(url))).toEqual([]);

    // The built site's own files: a string only Sveltia's code holds is in the staff page's copy, nowhere else.
    const marker = 'sveltia-cms-test';
    expect(readFileSync(join(E2E_SITE_DIR, 'beheer', 'sveltia-cms.js'), 'utf8')).toContain(marker);
    const assets = readdirSync(join(E2E_SITE_DIR, 'assets')).filter((name) => /\.(js|css)$/.test(name));
    expect(assets.length).toBeGreaterThan(0);
    const withCms = assets.filter((name) =>
      readFileSync(join(E2E_SITE_DIR, 'assets', name), 'utf8')
        .toLowerCase()
        .includes('sveltia'),
    );
    expect(withCms).toEqual([]);
    expect(readFileSync(join(E2E_SITE_DIR, 'index.html'), 'utf8').toLowerCase()).not.toContain('sveltia');
  });
});
