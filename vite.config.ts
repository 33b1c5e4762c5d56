/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { TEST_GENERATED_DIR } from './tests/setup/test-generated-dir.ts';
import {
  BOUNCE_FILE,
  BOUNCE_SCRIPT,
  bouncePageHtml,
  bounceScript,
  checkedExitUrl,
  DEFAULT_QUICK_EXIT_URL,
} from './src/layout/quick-exit-config.ts';
import { DEFAULT_TILE_URL, tileServerUrl } from './src/map/map-config.ts';
import { staffFormFiles } from './scripts/lib/staff-form-vite.ts';
import { siteRepository, siteUrl } from './scripts/lib/site-repository.ts';
import { dateInBelgium } from './src/catalogue/staleness.ts';

/**
 * The folder of the files `npm run data:build` writes for the app to bundle (the crisis lane and the
 * static shell): src/generated, unless HULPHUB_GENERATED_DIR names another. The browser tests set it to
 * files built from the fictional catalogue (tests/e2e/build-fixture-site.ts), so their site never holds
 * what staff write in data/.
 */
const GENERATED_DIR = process.env.HULPHUB_GENERATED_DIR ? resolve(process.env.HULPHUB_GENERATED_DIR) : undefined;
const STATIC_SHELL = GENERATED_DIR ? join(GENERATED_DIR, 'static-shell.html') : 'src/generated/static-shell.html';
/** Points the app's import of its bundled crisis file (src/crisis/crisis-data.ts) into another folder. */
function crisisFileFrom(dir: string) {
  return { find: /^(\.\.\/)+generated\/crisis-lane\.json$/, replacement: join(dir, 'crisis-lane.json') };
}

/**
 * Puts the header and crisis lane (rendered by `npm run data:build`) into index.html, so a young person
 * sees the helplines before JavaScript runs, without it, and when the catalogue fails to load.
 */
function staticShell(exitUrl: string): Plugin {
  return {
    name: 'hulphub-static-shell',
    transformIndexHtml(html) {
      if (!existsSync(STATIC_SHELL)) {
        throw new Error(
          `${STATIC_SHELL} is missing: ${GENERATED_DIR ? 'HULPHUB_GENERATED_DIR names a folder without it' : 'run `npm run data:build` first'}.`,
        );
      }
      // data:build renders the shell outside Vite, with the default exit site: link the configured one.
      const shell = readFileSync(STATIC_SHELL, 'utf8').replaceAll(`href="${DEFAULT_QUICK_EXIT_URL}"`, `href="${escapeAttribute(exitUrl)}"`);
      return html.replace('<!--static-shell-->', shell);
    },
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The quick exit's bounce page (weg.html and its script), written with the configured exit site. The
 * quick exit leaves it as the last Hulp HUB entry in the tab's history; landing on it by Back or
 * Forward leaves again at once (see src/layout/quick-exit.tsx). Served by the dev server as well.
 */
function quickExitBounce(exitUrl: string): Plugin {
  const files: Record<string, { type: string; body: string }> = {
    [BOUNCE_FILE]: { type: 'text/html; charset=utf-8', body: bouncePageHtml(exitUrl) },
    [BOUNCE_SCRIPT]: { type: 'text/javascript; charset=utf-8', body: bounceScript(exitUrl) },
  };
  return {
    name: 'hulphub-quick-exit-bounce',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = files[(request.url ?? '').split('?')[0].replace(/^\//, '')];
        if (!file) return next();
        response.setHeader('Content-Type', file.type);
        response.end(file.body);
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: file.body });
    },
  };
}

/**
 * A strict Content-Security-Policy for the built site: only our own scripts, styles, data and images.
 * Not in development, where Vite injects inline scripts for hot reload. (frame-ancestors cannot be set
 * in a meta tag; a host that can send headers should add it.)
 */
function contentSecurityPolicy(tileOrigin: string): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Map images: only from the configured tile server, and only once the map is opened.
    `img-src 'self' data: ${tileOrigin}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'hulphub-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

/**
 * `vite preview` (and the browser tests' server) answers like the static hosts the site is published on:
 * /thema/pesten is thema/pesten.html, and a path with no file gets 404.html, the app's shell, with status
 * 404 (see scripts/lib/prerender.ts). Vite's "mpa" mode finds the .html files; this adds the 404 page.
 * The dev server answers a data file that does not exist (the details of an unknown provider) with 404
 * too, instead of the app's HTML: the app then says the provider does not exist.
 */
function staticHostPreview(): Plugin {
  return {
    name: 'hulphub-static-host-preview',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0];
        if (!path.startsWith('/data/') || existsSync(join(server.config.publicDir, safeDecode(path)))) return next();
        response.statusCode = 404;
        response.end('Not found');
      });
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      return () =>
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '/').split('?')[0];
          if (path.endsWith('.html') && existsSync(join(outDir, decodeURIComponent(path)))) return next();
          response.statusCode = 404;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(readFileSync(join(outDir, '404.html')));
        });
    },
  };
}

/** A URL path as a file path; one with a broken escape stays as it is (it names no file either way). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * React Router ships one build whose components are made at the top of its module without a
 * `/* @__PURE__ *\/` mark (`var Form = React.forwardRef(…)`, then `Form.displayName = "Form"`), so the
 * bundler must keep all of them, with the data router, forms and prefetching they use, though the app
 * uses only <Router>, <Link> and three hooks. Marking those calls pure and dropping the displayName labels
 * (names for React's developer tools) lets the bundler leave out what nothing uses: about 5 KB gzip of
 * the first download. The code that runs is unchanged.
 */
function reactRouterTreeShaking(): Plugin {
  return {
    name: 'hulphub-react-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/.test(id)) return null;
      return {
        code: code
          .replace(/^(var \w+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm, '$1/* @__PURE__ */ $2')
          .replace(/^\w+\.displayName = "\w+";$/gm, ''),
        map: null,
      };
    },
  };
}

/** The tile server's origin, from VITE_TILE_URL (as src/map/map-config.ts reads it) or OpenStreetMap's. */
function tileOrigin(mode: string): string {
  return tileServerUrl(loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL || DEFAULT_TILE_URL).origin;
}

/** The quick exit's neutral site, from VITE_QUICK_EXIT_URL (as src/layout/quick-exit.tsx reads it); https only. */
function quickExitUrl(mode: string): string {
  return checkedExitUrl(loadEnv(mode, process.cwd(), 'VITE_').VITE_QUICK_EXIT_URL);
}

/**
 * The catalogue's GitHub repository for "Klopt er iets niet?" (src/shared/repository.ts): the one in
 * beheer.json, where the staff form saves too; VITE_REPOSITORY overrides it (the browser tests name a
 * fictional one).
 */
function repository(mode: string): string {
  return loadEnv(mode, process.cwd(), 'VITE_').VITE_REPOSITORY || siteRepository();
}

/**
 * The day of the build (Belgian time), the "today" of prerendered pages (src/catalogue/use-now.ts). The
 * site build (scripts/build-site.ts) sets HULPHUB_BUILD_DAY once, so its browser and server bundles agree
 * even across midnight.
 */
function buildDay(): string {
  return process.env.HULPHUB_BUILD_DAY ?? dateInBelgium(new Date());
}

export default defineConfig(({ mode, isSsrBuild, isPreview }) => ({
  appType: isPreview ? 'mpa' : 'spa',
  plugins: [
    react(),
    reactRouterTreeShaking(),
    staticHostPreview(),
    staticShell(quickExitUrl(mode)),
    // Files for the browser only: the server bundle that prerenders pages (scripts/build-site.ts) needs none.
    ...(isSsrBuild ? [] : [quickExitBounce(quickExitUrl(mode)), contentSecurityPolicy(tileOrigin(mode)), staffFormFiles()]),
  ],
  define: {
    'import.meta.env.VITE_REPOSITORY': JSON.stringify(repository(mode)),
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl().url),
    'import.meta.env.VITE_BUILD_DAY': JSON.stringify(buildDay()),
  },
  resolve: { alias: GENERATED_DIR ? [crisisFileFrom(GENERATED_DIR)] : [] },
  build: {
    target: 'es2022',
    // .vite/manifest.json: which chunk holds which source file. The prerender reads it to preload each
    // page's language and page chunks (scripts/lib/prerender.ts), and `npm run budget` to weigh the first view.
    manifest: !isSsrBuild,
    // Every browser we serve reads <link rel="modulepreload"> itself (Safari since 17); one that does not
    // still loads the same modules as the page imports them, just without the head start. 0.2 KB of every
    // first view (issue 13).
    modulePreload: { polyfill: false },
  },
  test: {
    // Dates in opening-hours tests are Belgian wall-clock times; CI runs in UTC. Pin it so a developer
    // in Brussels and CI see the same results.
    env: { TZ: 'UTC' },
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The crisis lane the app bundles is built from the fictional catalogue for tests, not from data/.
    globalSetup: ['tests/setup/fixture-app-files.ts'],
    setupFiles: [
      'tests/setup/all-languages.ts',
      'tests/setup/crisis-detection.ts',
      'tests/setup/fail-on-console.ts',
      'tests/setup/testing-library.ts',
      'tests/setup/jsdom-gaps.ts',
    ],
    // The corruption tests build catalogues on disk; the default 5 s is tight on a 2-core machine.
    testTimeout: 30_000,
    // Under Node, 'react-router' loads as CommonJS but 'react-router/dom' as ESM: two copies, two router
    // contexts. Point both at the ESM build, and let Vite process it, so tests use one copy like the browser.
    alias: [
      crisisFileFrom(TEST_GENERATED_DIR),
      {
        find: /^react-router$/,
        replacement: fileURLToPath(new URL('node_modules/react-router/dist/development/index.mjs', import.meta.url)),
      },
      {
        find: /^react-router\/dom$/,
        replacement: fileURLToPath(new URL('node_modules/react-router/dist/development/dom-export.mjs', import.meta.url)),
      },
    ],
    server: { deps: { inline: ['react-router'] } },
  },
}));
