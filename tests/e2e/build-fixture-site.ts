/**
 * Builds the site the browser tests drive, from the fictional catalogue in tests/fixtures/catalogue/
 * (never from data/), into dist-e2e/ (git-ignored). A developer's dist/, public/data/ and src/generated/
 * stay the real site. Run by `npm run test:e2e`; on its own:
 *   npx tsx --tsconfig tsconfig.app.json tests/e2e/build-fixture-site.ts
 *
 * 1. The files the app bundles (crisis-lane.json, static-shell.html) are built from the fixture into a
 *    folder of their own; HULPHUB_GENERATED_DIR makes vite.config.ts bundle those instead of src/generated/.
 * 2. The site build (scripts/build-site.ts) into dist-e2e/, with the normal configuration otherwise,
 *    publishing the fixture's data files (catalogue, search index, details) and prerendering its pages.
 * 3. The open data files the footer links (scripts/lib/open-data/), from the same fixture.
 * 4. The staff form (/beheer/) gets a configuration with Sveltia's `test-repo` backend, which keeps files
 *    in the browser (origin-private file system) instead of GitHub, and the fixture's vocabulary.
 * The catalogue is e2eCatalogue() from tests/e2e/fixture-catalogue.ts (the fixture built in memory by
 * builtCatalogue(), without building coordinates: see there why). The tests compute their expectations
 * from the same function, so site and tests agree on every fact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainModule } from '../../scripts/lib/cli.ts';
import { FIXTURE_CATALOGUE, REPO_ROOT } from '../helpers/test-paths.ts';
import { providerJsonSchema } from '../../scripts/data-schema.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { openDataFiles } from '../../scripts/lib/open-data/open-data-files.ts';
import { staffFormConfigText, type SchemaNode } from '../../scripts/lib/cms-config.ts';
import { E2E_REPOSITORY, E2E_SITE_URL, e2eCatalogue } from './fixture-catalogue.ts';
import { buildSite } from '../../scripts/build-site.ts';
import { writeFixtureAppFiles } from '../setup/fixture-app-files.ts';

/** The built fixture site, served by tests/e2e/serve-built-site.ts. */
export const E2E_SITE_DIR = join(REPO_ROOT, 'dist-e2e');
/** The fixture's crisis lane and static shell, bundled into dist-e2e/ in place of src/generated/. */
const E2E_GENERATED_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'hulphub-e2e', 'generated');

export async function buildFixtureSite() {
  const data = e2eCatalogue();

  // The crisis lines have no places, so the catalogue without coordinates gives the same files.
  writeFixtureAppFiles(E2E_GENERATED_DIR);

  process.env.HULPHUB_GENERATED_DIR = E2E_GENERATED_DIR;
  // A repository that is obviously not ours, so the provider pages link to an issue form (report-mistake.tsx).
  process.env.VITE_REPOSITORY = E2E_REPOSITORY;
  // An address that is obviously not a real site, for canonical links, previews and the sitemap.
  process.env.SITE_URL = E2E_SITE_URL;
  await buildSite({ root: REPO_ROOT, outDir: E2E_SITE_DIR, data });

  // The open data the footer links, from the same fixture (data:build writes these for the real site).
  const { providers, vocabulary } = checkDataFolder(FIXTURE_CATALOGUE);
  for (const [name, text] of Object.entries(openDataFiles(providers, vocabulary))) {
    mkdirSync(dirname(join(E2E_SITE_DIR, 'data', name)), { recursive: true });
    writeFileSync(join(E2E_SITE_DIR, 'data', name), text);
  }

  // The shipped form saves to GitHub; the tests' form saves in the browser, with no network.
  writeFileSync(
    join(E2E_SITE_DIR, 'beheer', 'config.yml'),
    staffFormConfigText(providerJsonSchema() as SchemaNode, vocabulary, { name: 'test-repo' }),
  );
  console.log(
    `Built the fictional catalogue's site (${data.catalogue.providers.length} providers) into ${E2E_SITE_DIR}/ for the browser tests.`,
  );
}

if (isMainModule(import.meta.url)) await buildFixtureSite();
