// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLink } from './app-link';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search} ${JSON.stringify(location.state)}`}</p>;
}

function renderLinks(links: ReactNode) {
  render(
    <MemoryRouter initialEntries={['/thema/pesten']}>
      {links}
      <Where />
    </MemoryRouter>,
  );
}

/**
 * Clicks a link and says whether the app took the click (prevented the browser's default). jsdom cannot
 * load another page: a listener after the app's prevents what the app left to the browser.
 */
function appTookClick(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let taken = false;
  const record = (event: Event) => {
    taken = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', record);
  fireEvent.click(link, init);
  window.removeEventListener('click', record);
  return taken;
}

describe('a link to another view of the app', () => {
  it('has the view’s address as its href, and a plain click opens the view in the app with its state', () => {
    renderLinks(
      <AppLink to="/aanbieder/fictief-1?x=1" state={{ fromList: '/thema/pesten' }} className="card">
        Fictief
      </AppLink>,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/aanbieder/fictief-1?x=1');
    expect(link.className).toBe('card');
    expect(appTookClick(link)).toBe(true);
    expect(screen.getByTestId('where').textContent).toBe('/aanbieder/fictief-1?x=1 {"fromList":"/thema/pesten"}');
  });

  it('leaves a click with Ctrl, Cmd or Shift, a middle click and a link with a target to the browser', () => {
    renderLinks(<AppLink to="/affiche">Affiche</AppLink>);
    const link = screen.getByRole('link');
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(appTookClick(link, click), JSON.stringify(click)).toBe(false);
    }
    expect(screen.getByTestId('where').textContent).toBe('/thema/pesten null');
  });

  it('does not navigate when its own onClick prevented it, nor when it opens in another tab', () => {
    renderLinks(
      <>
        <AppLink to="/affiche" onClick={(event) => event.preventDefault()}>
          Affiche
        </AppLink>
        <AppLink to="/en/" target="_blank">
          English
        </AppLink>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Affiche' }));
    expect(appTookClick(screen.getByRole('link', { name: 'English' }))).toBe(false);
    expect(screen.getByTestId('where').textContent).toBe('/thema/pesten null');
  });
});
