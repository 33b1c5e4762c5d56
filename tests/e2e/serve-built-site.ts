/**
 * Serves dist/ on a local port for the browser tests and tells them the address.
 *
 * The port: E2E_PORT when set (it must then be free; the run stops if it is taken), otherwise any free
 * port the system picks, so two runs, or a dev server on 4173, never collide.
 *   E2E_PORT=4173 npm run test:e2e
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

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
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number from 1 to 65535 (it is "${value}").`);
  return port;
}

export default async function serveBuiltSite(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const port = requestedPort();
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const { port: actual } = server.httpServer.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${actual}`);
  return async () => {
    await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
  };
}
