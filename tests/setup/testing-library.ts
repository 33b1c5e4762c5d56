/**
 * Testing Library for component tests: unmount after each test, and wait long enough for a loaded
 * machine. Its default (1 s for findBy/waitFor) fails on two busy cores while the lazy map chunk and
 * Leaflet are transformed and imported; a wait still ends as soon as its condition holds, so the
 * longer limit only matters when something is really slow or really broken.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
