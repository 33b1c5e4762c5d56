/**
 * A mock server for tests that load the catalogue. Import it in a test file to use it: any request
 * without a handler fails the test, so no test silently depends on the network.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
