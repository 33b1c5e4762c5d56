/**
 * The staff form's page (/beheer/, files in public/beheer/) loads Sveltia CMS from this site: this Vite
 * plugin copies the CMS's script, its Dutch and French interface texts and the three fonts it uses from
 * node_modules into beheer/ at build, and serves them in `npm run dev`. Nothing in src/ imports them, so
 * the young people's pages never load a byte of the CMS (tests/e2e/staff-form.e2e.ts checks).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const fromModules = (path: string) => new URL(`../../node_modules/${path}`, import.meta.url);

/**
 * Sveltia CMS loads its fonts from cdn.jsdelivr.net. The page's Content-Security-Policy allows fonts
 * from this site only, so the copied script asks for our copies instead (same fonts, from the
 * @fontsource-variable packages). Without them the icons show as words ("search", "add").
 */
export const SELF_HOSTED_FONTS: { cdn: string; file: string; from: string }[] = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: 'fonts/material-symbols-outlined.woff2',
    from: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: 'fonts/source-sans-3.woff2',
    from: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: 'fonts/noto-mono.woff2',
    from: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
];

/** The CMS script, with its font addresses pointed at this site. A new version that names other fonts stops the build here. */
export function sveltiaScript(): string {
  let script = readFileSync(fromModules('@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
  for (const font of SELF_HOSTED_FONTS) {
    if (!script.includes(font.cdn)) {
      throw new Error(`@sveltia/cms no longer loads ${font.cdn}: update SELF_HOSTED_FONTS in scripts/lib/staff-form-vite.ts.`);
    }
    // Relative to the page (/beheer/), where the style that names it is put.
    script = script.replaceAll(font.cdn, font.file);
  }
  return script;
}

/** Each file under beheer/ on the site, and how to make it. */
export const STAFF_FORM_FILES: Record<string, () => string | Buffer> = {
  'beheer/sveltia-cms.js': sveltiaScript,
  'beheer/locales/nl.json': () => readFileSync(fromModules('@sveltia/cms/locales/nl.json')),
  'beheer/locales/fr.json': () => readFileSync(fromModules('@sveltia/cms/locales/fr.json')),
  ...Object.fromEntries(SELF_HOSTED_FONTS.map((font) => [`beheer/${font.file}`, () => readFileSync(fromModules(font.from))])),
};

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
};

export function staffFormFiles(): Plugin {
  return {
    name: 'hulphub-staff-form',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        // The page itself is public/beheer/index.html; the dev server would answer /beheer/ with the app.
        if (path === '/beheer' || path === '/beheer/') request.url = '/beheer/index.html';
        const make = STAFF_FORM_FILES[path.replace(/^\//, '')];
        if (!make) return next();
        response.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        response.end(make());
      });
    },
    generateBundle() {
      for (const [fileName, make] of Object.entries(STAFF_FORM_FILES)) this.emitFile({ type: 'asset', fileName, source: make() });
    },
  };
}
