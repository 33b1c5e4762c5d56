// @vitest-environment jsdom
/**
 * Scrolling on navigation, kept in memory only: a new page starts at the top, a filter change keeps the
 * place, Back returns to where the page was left, and nothing goes to sessionStorage (as React Router's
 * <ScrollRestoration> would do).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { expect, it, vi } from 'vitest';
import { useScrollOnNavigation, watchScroll } from './scroll-on-navigation';

function Page() {
  useScrollOnNavigation();
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
  const router = createMemoryRouter([{ path: '*', element: <Page /> }], { initialEntries: ['/a'] });
  const stop = watchScroll(router);
  render(<RouterProvider router={router} />);
  expect(scrollTo).not.toHaveBeenCalled();

  scrolledTo = 600; // read far down page /a
  await act(() => router.navigate('/b'));
  await screen.findByText('page /b');
  expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

  scrolledTo = 300;
  scrollTo.mockClear();
  await act(() => router.navigate('/b?filter=1', { preventScrollReset: true }));
  await screen.findByText('page /b?filter=1');
  expect(scrollTo).not.toHaveBeenCalled();

  scrolledTo = 350;
  await act(() => router.navigate(-1));
  await screen.findByText('page /b');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 300));
  await act(() => router.navigate(-1));
  await screen.findByText('page /a');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 600));
  await act(() => router.navigate(2));
  await screen.findByText('page /b?filter=1');
  await waitFor(() => expect(scrollTo).toHaveBeenLastCalledWith(0, 350));

  window.dispatchEvent(new Event('pagehide'));
  expect(sessionStorage.length).toBe(0);
  expect(window.history.scrollRestoration).toBe('manual');
  stop();
});
