// @vitest-environment jsdom
/**
 * Crisis detection loads after the first view (crisis-check.ts). A young person who types before it is
 * here sees the crisis lane at once; when it arrives, an everyday search lets the lane go back down and
 * a crisis search puts the lane's lines first among the results.
 *
 * Fresh modules for this file, made at collection time (so their mock server starts with the file), with
 * crisis detection held back until the test lets it through.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
// The fixture is built with these modules (its checks use crisis detection), not the fresh ones.
import * as builtCatalogueModule from '../../tests/helpers/built-catalogue';

const { builtCatalogue } = builtCatalogueModule;
let letThrough = () => {};
const held = new Promise<void>((resolve) => (letThrough = resolve));
vi.resetModules();
vi.doMock('../../tests/helpers/built-catalogue', () => builtCatalogueModule);
vi.doMock('./crisis-detection', async (importOriginal) => {
  await held;
  return importOriginal();
});
const { renderApp, serveFixtureCatalogue } = await import('../../tests/helpers/render-app');
const { crisisDetector } = await import('./crisis-check');

const laneLineNames = new Set(
  builtCatalogue()
    .catalogue.providers.filter((provider) => provider.crisisLane !== undefined)
    .map((provider) => provider.name),
);
const resultNames = () =>
  within(screen.getByRole('region', { name: /waar je terecht kunt|niets dat hier/ }))
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');

describe('typing before crisis detection is here', () => {
  it('brings the lane up for any words, then follows detection when it arrives', async () => {
    serveFixtureCatalogue();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Zoek hulp' });
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    expect(crisisDetector()).toBeUndefined();

    // A crisis word of youth slang that no provider's text has.
    await userEvent.type(box, 'unalive');
    expect(screen.getByRole('region', { name: 'Je bent niet alleen' })).toBeTruthy();
    // Searched without the crisis rules meanwhile: the words alone find none of the lane's lines.
    expect(resultNames().some((name) => laneLineNames.has(name))).toBe(false);

    await act(async () => {
      letThrough();
      await vi.waitFor(() => expect(crisisDetector()).toBeTypeOf('function'));
    });
    // The search runs again with detection: a crisis, so the lane stays up and its lines come first.
    await waitFor(() => expect(laneLineNames.has(resultNames()[0])).toBe(true));
    expect(screen.getByRole('region', { name: 'Je bent niet alleen' })).toBeTruthy();

    // An everyday search now lets the lane go back below the results.
    await userEvent.clear(box);
    await userEvent.type(box, 'pesten');
    await screen.findByRole('region', { name: 'Nu meteen iemand spreken?' });
    expect(screen.queryByRole('region', { name: 'Je bent niet alleen' })).toBeNull();
  });
});
