/**
 * Writes the prerendered pages into a built site: for every view of src/prerender/site-pages.ts, in every
 * language, an HTML file with the page's content (rendered by src/prerender/render-page.tsx, the same
 * components the browser then takes over), its own title, description, canonical address, language
 * alternates and link-preview tags with an image made here; and 404.html, sitemap.xml and robots.txt.
 *
 * The template is the built index.html (the static shell: header, loading line, crisis lane). It is
 * kept as 404.html, which every static host serves for a path it has no file for: the app then renders
 * that URL itself (a view with a query string is served the file of its path and rendered the same way).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedCatalogue, SiteData } from '../../src/catalogue/catalogue.ts';
import type { SitePage } from '../../src/prerender/site-pages.ts';
import type { RenderedPage } from '../../src/prerender/render-page.tsx';
import { entryKey, pageChunkFiles, type ViteManifest } from './vite-manifest.ts';

/** What the server bundle of src/prerender/render-page.tsx exports. */
export interface PageRenderer {
  renderPage(path: string, page: SitePage['page'], loaded: SiteData): Promise<RenderedPage>;
  sitePages(catalogue: LoadedCatalogue['catalogue']): SitePage[];
  htmlFileOf(path: string): string;
  viewChunkSources(page: SitePage['page']): string[];
  PRERENDERED_ATTRIBUTE: string;
  CATALOGUE_VERSION_ATTRIBUTE: string;
  SITE_URL: string;
}

/**
 * Makes a link-preview PNG for a page's name and subtitle. `version` changes whenever the drawing does
 * (the build passes a fingerprint of its code), so the cache never hands out an image drawn the old way.
 */
export interface PreviewImageMaker {
  version: string;
  draw(title: string, subtitle: string): Buffer;
}

/** Where preview images go in the site, and the cache that keeps them between builds. */
export const PREVIEW_DIR = 'delen';
const PREVIEW_CACHE = join('node_modules', '.cache', 'hulphub-previews');

export interface PrerenderResult {
  pages: number;
  images: number;
}

const LOCALES = { nl: 'nl_BE', en: 'en_GB', fr: 'fr_BE' } as const;

export async function prerenderSite(
  siteDir: string,
  loaded: SiteData,
  renderer: PageRenderer,
  previewImage: PreviewImageMaker,
  manifest: ViteManifest,
): Promise<PrerenderResult> {
  const template = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const modulePreloads = modulePreloadsFor(template, manifest, renderer);
  const dataBase = /<link rel="preload" as="fetch" crossorigin href="([^"]*)catalogue\.json"/.exec(template)?.[1];
  if (dataBase === undefined) throw new Error(`${join(siteDir, 'index.html')} does not preload catalogue.json`);
  const rootPattern = /<div id="root">[\s\S]*<\/div>(?=\s*<\/body>)/;
  if (!rootPattern.test(template)) throw new Error(`${join(siteDir, 'index.html')} has no <div id="root"> right before </body>`);
  // The shell for every path without a file of its own.
  writeFileSync(join(siteDir, '404.html'), template.replace('<head>', '<head>\n    <meta name="robots" content="noindex" />'));

  const site = renderer.SITE_URL;
  const absolute = (path: string) => new URL(path, site).href;
  const images = new Map<string, string>();
  const imageOf = (title: string, subtitle: string): string => {
    const key = createHash('sha256').update(`${previewImage.version}\n${title}\n${subtitle}`).digest('hex').slice(0, 16);
    const file = `${PREVIEW_DIR}/${key}.png`;
    if (!images.has(key)) {
      images.set(key, file);
      const cached = join(PREVIEW_CACHE, `${key}.png`);
      const png = existsSync(cached) ? readFileSync(cached) : previewImage.draw(title, subtitle);
      if (!existsSync(cached)) {
        mkdirSync(PREVIEW_CACHE, { recursive: true });
        writeFileSync(cached, png);
      }
      mkdirSync(join(siteDir, PREVIEW_DIR), { recursive: true });
      writeFileSync(join(siteDir, file), png);
    }
    return `/${file}`;
  };

  const version = loaded.catalogue.version;
  if (!version) throw new Error('The catalogue has no version: build it with scripts/lib/build-catalogue.ts');
  const rootAttributes = `${renderer.CATALOGUE_VERSION_ATTRIBUTE}="${attr(version)}" ${renderer.PRERENDERED_ATTRIBUTE}`;
  const sitemap: string[] = [];
  const pages = renderer.sitePages(loaded.catalogue);
  for (const { path, page } of pages) {
    const rendered = await renderer.renderPage(path, page, loaded);
    const { meta } = rendered;
    const image = absolute(imageOf(meta.name, rendered.previewSubtitle));
    const canonical = absolute(path);
    const alternates = Object.entries(rendered.languages).map(([lang, href]) => ({ lang, href: absolute(href) }));
    const head = [
      ...modulePreloads(page),
      // A provider's page also needs its details (src/catalogue/provider-details.ts), beside the catalogue.
      ...(page.kind === 'provider'
        ? [`<link rel="preload" as="fetch" crossorigin href="${attr(`${dataBase}details/${page.id}.json`)}" />`]
        : []),
      `<link rel="canonical" href="${attr(canonical)}" />`,
      ...alternates.map(({ lang, href }) => `<link rel="alternate" hreflang="${lang}" href="${attr(href)}" />`),
      `<link rel="alternate" hreflang="x-default" href="${attr(absolute(rendered.languages.nl))}" />`,
      `<meta property="og:type" content="website" />`,
      `<meta property="og:site_name" content="Hulp HUB" />`,
      `<meta property="og:locale" content="${LOCALES[page.lang]}" />`,
      `<meta property="og:title" content="${attr(meta.title)}" />`,
      `<meta property="og:description" content="${attr(meta.description)}" />`,
      `<meta property="og:url" content="${attr(canonical)}" />`,
      `<meta property="og:image" content="${attr(image)}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${attr(meta.name)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:title" content="${attr(meta.title)}" />`,
      `<meta name="twitter:description" content="${attr(meta.description)}" />`,
      `<meta name="twitter:image" content="${attr(image)}" />`,
      `<meta name="twitter:image:alt" content="${attr(meta.name)}" />`,
    ];
    // Function replacements: a "$&" or "$'" in a title or description must stay text, not a pattern.
    const html = template
      .replace(/<html lang="[^"]*">/, () => `<html lang="${page.lang}">`)
      .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${text(meta.title)}</title>`)
      .replace(/<meta\s+name="description"[\s\S]*?\/>/, () => `<meta name="description" content="${attr(meta.description)}" />`)
      .replace(/\s*<\/head>/, () => `\n    ${head.join('\n    ')}\n  </head>`)
      .replace(rootPattern, () => `<div id="root" ${rootAttributes}="${attr(path)}">${rendered.html}</div>`);
    const file = join(siteDir, renderer.htmlFileOf(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    sitemap.push(
      `  <url>\n    <loc>${text(canonical)}</loc>\n${alternates
        .map(({ lang, href }) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${attr(href)}" />`)
        .join('\n')}\n  </url>`,
    );
  }
  writeFileSync(
    join(siteDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${sitemap.join('\n')}\n</urlset>\n`,
  );
  // The staff form is not for search engines (its page says noindex too).
  writeFileSync(join(siteDir, 'robots.txt'), `User-agent: *\nDisallow: /beheer/\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
  return { pages: pages.length, images: images.size };
}

/**
 * The <link rel="modulepreload"> tags of a page: the chunks it needs before the app takes it over (its
 * language's texts, its page: src/view-code.ts), so the browser fetches them beside the
 * first script instead of after it. Their addresses start like the entry script's in the template (the
 * site may live under a base path).
 */
function modulePreloadsFor(template: string, manifest: ViteManifest, renderer: PageRenderer) {
  const entryFile = manifest[entryKey(manifest)].file;
  const base = new RegExp(`src="([^"]*)${entryFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).exec(template)?.[1];
  if (base === undefined) throw new Error(`The built index.html does not load ${entryFile}, the entry in Vite's manifest.`);
  return (page: SitePage['page']) =>
    pageChunkFiles(manifest, renderer.viewChunkSources(page)).map(
      (file) => `<link rel="modulepreload" crossorigin href="${attr(`${base}${file}`)}" />`,
    );
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
