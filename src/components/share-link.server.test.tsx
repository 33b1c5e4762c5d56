// @vitest-environment node
/**
 * The pages are rendered to HTML at build time, where there is no window, navigator or document: the
 * Share button must render there without touching them, and as the same markup the browser's first
 * render makes (share-link.test.tsx covers what happens on click).
 */
import { renderToString } from 'react-dom/server';
import { TextsProvider } from '../i18n/use-translation';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/i18n';
import { ShareLink } from './share-link';

describe('the Share button rendered at build time', () => {
  it('is a button, disabled until the app runs, with an empty message beside it, without a browser', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TextsProvider i18n={i18nFor('nl')}>
        <MemoryRouter initialEntries={['/thema/pesten']}>
          <ShareLink />
        </MemoryRouter>
      </TextsProvider>,
    );
    // Disabled in the HTML: a tap before the app runs would do nothing (shared/use-hydrated.tsx).
    expect(html).toMatch(
      /<button type="button" class="button button--secondary share-link__button" disabled="">.*Deel.*deze pagina.*<\/button>/,
    );
    expect(html).toContain('<p class="share-link__message" role="status"></p>');
    expect(html).not.toContain('<input');
  });
});
