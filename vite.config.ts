/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
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
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'hulphub-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

export default defineConfig({
  plugins: [react(), staticShell(), contentSecurityPolicy()],
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
});
