// @vitest-environment jsdom
/**
 * The result list shows a window of results: the first RESULT_WINDOW, and more on request ("Toon meer"),
 * announced and with focus on the first new result. The fictional catalogue (tests/fixtures/catalogue)
 * has more providers than one window, so the start page's list is cut.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SEARCH, type SearchState } from '../../search/search-filters';
import { createSearcher } from '../../search/search-providers';
import { builtCatalogue } from '../../../tests/helpers/built-catalogue';
import { renderApp, serveFixtureCatalogue } from '../../../tests/helpers/render-app';
import { forgetResultWindows, RESULT_WINDOW } from './use-result-window';

const { catalogue, searchIndex } = builtCatalogue();
const searcher = createSearcher(catalogue, searchIndex);
/** The names the search ranks for a search, in order, by the page's (frozen) clock: the list shows them so. */
const rankedNames = (search: Partial<SearchState>) =>
  searcher.search({ ...EMPTY_SEARCH, ...search }, new Date()).map((result) => result.provider.name);

const resultsRegion = () => screen.getByRole('region', { name: /waar je terecht kunt/ });
const shownNames = () =>
  within(resultsRegion())
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
const showMore = () => within(resultsRegion()).getByRole('button', { name: 'Toon meer' });

beforeEach(() => {
  serveFixtureCatalogue();
  forgetResultWindows();
  // Open-now ranks the list: one instant for the page and for the expectations. Only Date is frozen.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the window of results', () => {
  it('the fictional catalogue has more results than one window, and fewer than two', () => {
    // The tests below rely on this; a changed fixture must change them knowingly.
    const total = rankedNames({}).length;
    expect(total).toBeGreaterThan(RESULT_WINDOW);
    expect(total).toBeLessThanOrEqual(2 * RESULT_WINDOW);
  });

  it('shows the first results, says how many of all, and offers more', async () => {
    const all = rankedNames({});
    renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    // The heading counts every result, not only the ones shown.
    expect(screen.getByRole('region', { name: `${all.length} plekken waar je terecht kunt` })).toBe(resultsRegion());
    expect(shownNames()).toEqual(all.slice(0, RESULT_WINDOW));
    expect(within(resultsRegion()).getByText(`Je ziet ${RESULT_WINDOW} van de ${all.length} plekken.`)).toBeTruthy();
    expect((showMore() as HTMLButtonElement).disabled).toBe(false);
  });

  it('"Toon meer" adds the rest, says so politely, and moves focus to the first new result', async () => {
    const all = rankedNames({});
    renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    await userEvent.click(showMore());
    expect(shownNames()).toEqual(all);
    const added = all.length - RESULT_WINDOW;
    const status = within(resultsRegion())
      .getAllByRole('status')
      .find((region) => region.textContent !== '' && region.textContent?.includes('erbij'));
    expect(status?.textContent).toBe(`${added} plekken erbij. Je ziet nu ${all.length} van de ${all.length} plekken.`);
    expect(document.activeElement).toBe(screen.getByRole('link', { name: all[RESULT_WINDOW] }));
    // Everything shows: no button, no count line.
    expect(within(resultsRegion()).queryByRole('button', { name: 'Toon meer' })).toBeNull();
    expect(within(resultsRegion()).queryByText(/^Je ziet \d+ van de/)).toBeNull();
  });

  it('works from the keyboard', async () => {
    const all = rankedNames({});
    renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    showMore().focus();
    await userEvent.keyboard('{Enter}');
    expect(shownNames()).toEqual(all);
    expect(document.activeElement).toBe(screen.getByRole('link', { name: all[RESULT_WINDOW] }));
  });

  it('starts again at the first window for another search', async () => {
    const { history } = renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    await userEvent.click(showMore());
    expect(shownNames()).toHaveLength(rankedNames({}).length);
    const free = rankedNames({ free: true });
    expect(free.length).toBeGreaterThan(RESULT_WINDOW);
    act(() => history.push('/?gratis=1'));
    await waitFor(() => expect(shownNames()).toEqual(free.slice(0, RESULT_WINDOW)));
    expect((showMore() as HTMLButtonElement).disabled).toBe(false);
  });

  it('is as long as it was when Back returns to the list from a provider page', async () => {
    const all = rankedNames({});
    const { history } = renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    await userEvent.click(showMore());
    await userEvent.click(screen.getByRole('link', { name: all[all.length - 1] }));
    await screen.findByRole('heading', { level: 1, name: all[all.length - 1] });
    // The browser's Back: the same history entry, so the list is as long as it was left.
    act(() => history.go(-1));
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    expect(shownNames()).toEqual(all);
  });

  it('starts at the first window for a list opened anew ("Terug naar de lijst" is a new history entry)', async () => {
    const all = rankedNames({});
    renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    await userEvent.click(showMore());
    await userEvent.click(screen.getByRole('link', { name: all[all.length - 1] }));
    await screen.findByRole('heading', { level: 1, name: all[all.length - 1] });
    await userEvent.click(screen.getByRole('link', { name: /Terug naar de lijst/ }));
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    expect(shownNames()).toEqual(all.slice(0, RESULT_WINDOW));
  });
});
