/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const STATIC_SHELL = 'src/generated/static-shell.html';

/**
 * Puts the header and crisis lane (rendered by `npm run data:build`) into index.html, so a young person
 * sees the helplines before JavaScript runs, without it, and when the catalogue fails to load.
 */
function staticShell(): Plugin {
  return {
    name: 'hulphub-static-shell',
    transformIndexHtml(html) {
      if (!existsSync(STATIC_SHELL)) throw new Error(`${STATIC_SHELL} is missing: run \`npm run data:build\` first.`);
      return html.replace('<!--static-shell-->', readFileSync(STATIC_SHELL, 'utf8'));
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
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

/** The tile server's origin, from VITE_TILE_URL (as src/map/map-config.ts reads it) or OpenStreetMap's. */
function tileOrigin(mode: string): string {
  const url = loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  return new URL(url.replace(/\{[a-z]\}/g, '0')).origin;
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), staticShell(), contentSecurityPolicy(tileOrigin(mode))],
  build: {
    target: 'es2022',
  },
  test: {
    // Dates in opening-hours tests are Belgian wall-clock times; CI runs in UTC. Pin it so a developer
    // in Brussels and CI see the same results.
    env: { TZ: 'UTC' },
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/testing-library.ts', 'tests/setup/jsdom-gaps.ts'],
    // The corruption tests build catalogues on disk; the default 5 s is tight on a 2-core machine.
    testTimeout: 30_000,
    // Under Node, 'react-router' loads as CommonJS but 'react-router/dom' as ESM: two copies, two router
    // contexts. Point both at the ESM build, and let Vite process it, so tests use one copy like the browser.
    alias: [
      { find: /^react-router$/, replacement: fileURLToPath(new URL('node_modules/react-router/dist/development/index.mjs', import.meta.url)) },
      { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('node_modules/react-router/dist/development/dom-export.mjs', import.meta.url)) },
    ],
    server: { deps: { inline: ['react-router'] } },
  },
}));
