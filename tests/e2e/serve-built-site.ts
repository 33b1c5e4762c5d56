/**
 * Serves dist-e2e/ (the site built from the fictional catalogue by tests/e2e/build-fixture-site.ts, never
 * a developer's dist/) on a local port for the browser tests and tells them the address.
 *
 * The port: E2E_PORT when set (it must then be free; the run stops if it is taken), otherwise any free
 * port the system picks, so two runs, or a dev server on 4173, never collide.
 *   E2E_PORT=4173 npm run test:e2e
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { E2E_SITE_DIR } from './build-fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The port from E2E_PORT, or 0 (the system picks a free one). */
function requestedPort(): number {
  const value = process.env.E2E_PORT;
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`E2E_PORT must be a port number from 1 to 65535 (it is "${value}").`);
  return port;
}

export default async function serveBuiltSite(project: TestProject) {
  const site = relative(process.cwd(), E2E_SITE_DIR) || E2E_SITE_DIR;
  if (!existsSync(join(E2E_SITE_DIR, 'index.html')) || !existsSync(join(E2E_SITE_DIR, 'data', 'catalogue.json'))) {
    throw new Error(
      `${site}/ (the site built from the fictional catalogue) is missing or incomplete: run \`npm run test:e2e\`, which builds it, ` +
        'or build it alone with `npx tsx --tsconfig tsconfig.app.json tests/e2e/build-fixture-site.ts`.',
    );
  }
  const port = requestedPort();
  const server = await preview({
    build: { outDir: E2E_SITE_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const { port: actual } = server.httpServer.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${actual}`);
  return async () => {
    await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
  };
}
