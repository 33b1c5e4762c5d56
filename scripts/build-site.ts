/**
 * `npm run build` (after `tsc -b`; prebuild runs data:build): builds the site into dist/.
 * 1. Vite builds the browser's bundle (index.html with the static shell, scripts, styles, public/).
 * 2. Vite builds src/prerender/render-page.tsx for Node, into a cache folder.
 * 3. scripts/lib/prerender.ts writes a page for every view in every language, with its preview image,
 *    plus 404.html, sitemap.xml and robots.txt.
 * Both bundles share one build day (HULPHUB_BUILD_DAY), the "today" of the prerendered pages.
 *
 * The browser tests build their fictional site with the same function (tests/e2e/build-fixture-site.ts).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { SiteData } from '../src/catalogue/catalogue.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { isMainModule, UsageError } from './lib/cli.ts';
import { printable } from './lib/problems.ts';
import { prerenderSite, type PageRenderer } from './lib/prerender.ts';
import { previewImage } from './lib/preview-image.ts';
import { readSiteData, writeSiteData } from './lib/site-data-files.ts';
import { siteUrl } from './lib/site-repository.ts';
import { MANIFEST_FILE, readManifest } from './lib/vite-manifest.ts';

const SERVER_BUNDLE_DIR = join('node_modules', '.cache', 'hulphub-prerender');

export interface SiteBuildOptions {
  root?: string;
  outDir?: string;
  /** The catalogue to publish with the site; left out: the one data:build wrote into public/data/. */
  data?: SiteData;
}

export async function buildSite({ root = process.cwd(), outDir = 'dist', data }: SiteBuildOptions = {}) {
  const started = performance.now();
  process.env.HULPHUB_BUILD_DAY ??= dateInBelgium(new Date());
  const siteDir = resolve(root, outDir);
  await build({ root, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  // Which chunk holds which source, for the prerender's preloads; not published with the site.
  const manifest = readManifest(siteDir);
  rmSync(join(siteDir, dirname(MANIFEST_FILE)), { recursive: true, force: true });
  // A folder of its own for each build: Node keeps every module it imported, and the bundle's chunks (the
  // pages the browser loads lazily) import its entry by path, so a second build in one process must not
  // find the first one's modules under the same names.
  rmSync(resolve(root, SERVER_BUNDLE_DIR), { recursive: true, force: true });
  const serverDir = resolve(root, SERVER_BUNDLE_DIR, String(Date.now()));
  await build({
    root,
    logLevel: 'warn',
    build: {
      ssr: 'src/prerender/render-page.tsx',
      outDir: serverDir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  const renderer = (await import(pathToFileURL(join(serverDir, 'render-page.js')).href)) as PageRenderer;

  const dataDir = join(siteDir, 'data');
  if (data) {
    // public/data/ was copied in, from the real data if a developer built it: replace it.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    writeSiteData(dataDir, data);
  }
  const loaded: SiteData = data ?? readSiteData(dataDir);
  const previews = {
    // The drawing code and the versions of the renderer and the font: a change to any draws anew.
    version: createHash('sha256')
      .update(readFileSync(fileURLToPath(new URL('lib/preview-image.ts', import.meta.url))))
      .update(['@resvg/resvg-js', '@expo-google-fonts/source-sans-3'].map((name) => packageVersion(root, name)).join())
      .digest('hex'),
    draw: (title: string, subtitle: string) => previewImage({ title, subtitle }),
  };
  const result = await prerenderSite(siteDir, loaded, renderer, previews, manifest);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.pages} pagina's en ${result.images} deelafbeeldingen gebouwd naar ${printable(outDir)}/ in ${seconds} s ` +
      `(${result.pages} pages, ${result.images} preview images in ${seconds} s), voor ${renderer.SITE_URL}.`,
  );
  return result;
}

function packageVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

if (isMainModule(import.meta.url)) {
  try {
    const { configured } = siteUrl();
    await buildSite();
    if (!configured) {
      console.log(
        'Let op: er is geen adres voor de site ingesteld (SITE_URL of "siteUrl" in beheer.json). Links in voorbeelden en de sitemap wijzen naar http://localhost:4173. ' +
          '(No site address set: canonical links, previews and the sitemap point to the local preview.)',
      );
    }
  } catch (error) {
    process.exitCode = 2;
    if (error instanceof UsageError) console.error(printable(error.message));
    else throw error;
  }
}
