// @vitest-environment jsdom
/**
 * When the map's code cannot load, the search and the list stay, with a message and a way to try again.
 * Here the loader fails on demand; tests/e2e/map.e2e.ts fails the real chunk in Chromium (offline, and
 * removed by a deploy) and shows the retry bringing the map back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, serveFixtureCatalogue } from '../../tests/helpers/render-app';

const loader = vi.hoisted(() => ({ failuresToCome: 0, calls: 0 }));
const LOAD_ERROR = 'Failed to fetch dynamically imported module: /assets/results-map.js (test)';

vi.mock('./load-results-map', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./load-results-map')>();
  return {
    loadResultsMap: (options?: { again?: boolean }) => {
      loader.calls++;
      if (loader.failuresToCome > 0) {
        loader.failuresToCome--;
        return Promise.reject(new Error(LOAD_ERROR));
      }
      return actual.loadResultsMap(options);
    },
  };
});

beforeEach(() => serveFixtureCatalogue());

describe('a map that cannot load', () => {
  it('keeps the search and the list, offers to try again, then to reload; opening the map later loads it', async () => {
    // React reports an error its boundary caught with console.error: expected here, and only this one.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    loader.failuresToCome = 2;
    const { currentUrl } = renderApp('/thema/pesten?weergave=kaart');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De kaart kon niet laden. Ben je online?');
    expect(screen.getByRole('searchbox', { name: 'Zoek hulp' })).toBeTruthy();
    const results = screen.getByRole('region', { name: /plekken waar je terecht kunt/ });
    const count = Number(within(results).getByRole('heading', { level: 2 }).textContent!.match(/^\d+/)![0]);
    expect(count).toBeGreaterThan(0);
    expect(within(results).getAllByRole('heading', { level: 3 })).toHaveLength(count);
    expect(screen.queryByRole('region', { name: /niet op de kaart/ })).toBeNull();

    // Trying again fails too, while online: the site was probably updated, so a reload is offered.
    await userEvent.click(within(alert).getByRole('button', { name: 'Kaart opnieuw laden' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('De kaart laadt nog altijd niet.'));
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Pagina opnieuw laden' })).toBeTruthy();
    expect(within(results).getAllByRole('heading', { level: 3 })).toHaveLength(count);
    expect(loader.calls).toBe(2);

    // To the list and back to the map: the map loads anew instead of repeating the old failure.
    await userEvent.click(screen.getByRole('link', { name: 'Lijst' }));
    await userEvent.click(screen.getByRole('link', { name: 'Kaart' }));
    expect(currentUrl()).toBe('/thema/pesten?weergave=kaart');
    expect(await screen.findByRole('region', { name: /niet op de kaart/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loader.calls).toBe(3);

    const reported = consoleError.mock.calls.map((args) => args.map(String).join(' '));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((message) => !message.includes(LOAD_ERROR))).toEqual([]);
  });
});
