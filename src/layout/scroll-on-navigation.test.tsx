// @vitest-environment jsdom
/**
 * Scrolling on navigation, kept in memory only: a new page starts at the top, a filter change keeps the
 * place, Back returns to where the page was left, and nothing goes to sessionStorage (as React Router's
 * <ScrollRestoration> would do).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { UNSAFE_createMemoryHistory as createMemoryHistory, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { expect, it, vi } from 'vitest';
import { AppRouter } from '../app-router';
import { useScrollOnNavigation } from './scroll-on-navigation';

/** The app's navigate(), as a page calls it. */
let navigate: NavigateFunction;

function Page() {
  useScrollOnNavigation();
  const go = useNavigate();
  useEffect(() => {
    navigate = go;
  }, [go]);
  const { pathname, search } = useLocation();
  return <p>{`page ${pathname}${search}`}</p>;
}

it('starts a new page at the top, keeps the place for a filter, and returns to it on Back and Forward', async () => {
  // jsdom does not scroll: the window's scroll position is this variable.
  let scrolledTo = 0;
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrolledTo);
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(((_x: number, y: number) => {
    scrolledTo = y;
  }) as typeof window.scrollTo);
  // The app's router, over a history in memory; its navigator tells the scrolling of each navigation.
  const history = createMemoryHistory({ initialEntries: ['/a'], v5Compat: true });
  render(
    <AppRouter history={history}>
      <Page />
    </AppRouter>,
  );
  await screen.findByText('page /a');
  expect(scrollTo).not.toHaveBeenCalled();

  scrolledTo = 600; // read far down page /a
  act(() => navigate('/b'));
  await screen.findByText('page /b');
  expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

  scrolledTo = 300;
  scrollTo.mockClear();
  act(() => navigate('/b?filter=1', { preventScrollReset: true }));
  await screen.findByText('page /b?filter=1');
  expect(scrollTo).not.toHaveBeenCalled();

  scrolledTo = 350;
  act(() => history.go(-1));
  await screen.findByText('page /b');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 300));
  act(() => history.go(-1));
  await screen.findByText('page /a');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 600));
  act(() => history.go(2));
  await screen.findByText('page /b?filter=1');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 350));

  window.dispatchEvent(new Event('pagehide'));
  expect(sessionStorage.length).toBe(0);
  expect(window.history.scrollRestoration).toBe('manual');
});
