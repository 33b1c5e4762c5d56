// @vitest-environment jsdom
/**
 * If a page breaks, the header with the quick exit and the crisis lane still show, in the page's language,
 * and another page renders again (as React Router's errorElement did before the app had its own router).
 */
import { act, screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderApp, serveFixtureCatalogue } from '../tests/helpers/render-app';

vi.mock('./pages/provider/provider-page', () => ({
  ProviderPage: () => {
    throw new Error('a provider page that breaks (test)');
  },
}));

// The first build of the fictional catalogue is slow on a busy machine.
beforeEach(() => serveFixtureCatalogue(), 60_000);

it('shows the quick exit and the crisis lane when a page breaks, and the next page again', async () => {
  // React reports the caught error on the console: expected here, so not a failure of the test.
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { history } = renderApp('/en/aanbieder/fictief-jongerenhuis-hasselt');
  expect((await screen.findByRole('alert')).textContent).toMatch(/^Something went wrong on this page/);
  expect(screen.getByRole('link', { name: /^Leave now/ })).toBeTruthy();
  expect(screen.getAllByRole('link', { name: /1813/ }).length).toBeGreaterThan(0);
  expect(errors).toHaveBeenCalled();

  act(() => history.push('/en'));
  expect(await screen.findByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
