// @vitest-environment jsdom
/**
 * "Deel deze pagina" in each of the browser's situations: a share sheet (Web Share API), a share sheet
 * the young person closes, only a clipboard, a clipboard that refuses, and no clipboard at all. The
 * browser's abilities are stubbed on `navigator` per test (fireEvent, not user-event: user-event puts a
 * clipboard of its own on `navigator`).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TextsProvider } from '../i18n/use-translation';
import { MemoryRouter } from 'react-router';
import { AppLink } from '../routing/app-link';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nFor } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { COPIED_MESSAGE_MS, ShareLink, shareableUrl } from './share-link';

/** A filtered view on the map, with a jump to the results in the #part. */
const VIEW = '/thema/pesten/hasselt?gratis=1&weergave=kaart';

function renderShareLink(lang: Language = 'nl') {
  render(
    <TextsProvider i18n={i18nFor(lang)}>
      <MemoryRouter initialEntries={[VIEW]}>
        <ShareLink />
        <AppLink to="/gemeente/zonhoven">Andere pagina</AppLink>
      </MemoryRouter>
    </TextsProvider>,
  );
}

/** Puts an ability on `navigator` for one test (jsdom has neither share nor clipboard). */
function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
}

/** What the live region beside the button says. */
const message = () => screen.getByRole('status').textContent;

/** Clicks Share and lets the share sheet or the clipboard answer. */
async function clickShare(name = 'Deel deze pagina') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

let sharedUrl: string;
beforeEach(() => {
  window.history.replaceState(null, '', `${VIEW}#resultaten`);
  document.title = 'Pesten · Hasselt – Hulp HUB';
  sharedUrl = `${window.location.origin}${VIEW}`;
});
afterEach(() => {
  for (const name of ['share', 'clipboard']) delete (navigator as unknown as Record<string, unknown>)[name];
  vi.useRealTimers();
});

describe('the shared address', () => {
  it('is the address on screen without its #part', () => {
    expect(shareableUrl('https://hulphub.be/fr/thema/pesten?q=a%20b&contact=chat#resultaten')).toBe(
      'https://hulphub.be/fr/thema/pesten?q=a%20b&contact=chat',
    );
    expect(shareableUrl('https://hulphub.example/aanbieder/fictief-jongerenhuis-hasselt')).toBe(
      'https://hulphub.example/aanbieder/fictief-jongerenhuis-hasselt',
    );
  });
});

describe('Share, where the browser has a share sheet', () => {
  it('opens it with the page title and the address on screen, without the #part', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator('share', share);
    stubNavigator('clipboard', { writeText });
    renderShareLink();
    await clickShare();
    expect(share).toHaveBeenCalledWith({ title: 'Pesten · Hasselt – Hulp HUB', url: sharedUrl });
    expect(writeText).not.toHaveBeenCalled();
    expect(message()).toBe('');
  });

  it('says nothing when the young person closes the share sheet', async () => {
    stubNavigator('share', vi.fn().mockRejectedValue(new DOMException('Share canceled', 'AbortError')));
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator('clipboard', { writeText });
    renderShareLink();
    await clickShare();
    expect(writeText).not.toHaveBeenCalled();
    expect(message()).toBe('');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('copies the link instead when the share sheet fails for another reason', async () => {
    stubNavigator('share', vi.fn().mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError')));
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator('clipboard', { writeText });
    renderShareLink();
    await clickShare();
    expect(writeText).toHaveBeenCalledWith(sharedUrl);
    expect(message()).toBe('Link gekopieerd');
  });
});

describe('Share, where the browser has no share sheet', () => {
  it('copies the link and says so, in each language, for a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubNavigator('clipboard', { writeText });
    renderShareLink('en');
    await clickShare('Share this page');
    expect(writeText).toHaveBeenCalledWith(sharedUrl);
    expect(message()).toBe('Link copied');
    act(() => vi.advanceTimersByTime(COPIED_MESSAGE_MS - 1));
    expect(message()).toBe('Link copied');
    act(() => vi.advanceTimersByTime(1));
    expect(message()).toBe('');
    // Its line stays until the next click, so the results under it do not move up by themselves.
    expect(screen.getByRole('status').classList).toContain('share-link__message--held');
  });

  it('does not keep saying "copied" about a view that is no longer on screen', async () => {
    stubNavigator('clipboard', { writeText: vi.fn().mockResolvedValue(undefined) });
    renderShareLink();
    await clickShare();
    expect(message()).toBe('Link gekopieerd');
    fireEvent.click(screen.getByRole('link', { name: 'Andere pagina' }));
    expect(message()).toBe('');
  });

  it('shows the link to copy by hand, selected, when there is no clipboard', async () => {
    renderShareLink('fr');
    await clickShare('Partager cette page');
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Lien vers cette page' });
    expect(field.value).toBe(sharedUrl);
    expect(field.readOnly).toBe(true);
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Le lien n’a pas pu être copié automatiquement\. Copie-le toi-même/,
    );
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, sharedUrl.length]);
    expect(message()).toBe('');
  });

  it('shows the link to copy by hand when the clipboard refuses, and clears an earlier "copied"', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    stubNavigator('clipboard', { writeText });
    renderShareLink();
    await clickShare();
    expect(message()).toBe('Link gekopieerd');
    await clickShare();
    expect(message()).toBe('');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Link naar deze pagina' }).value).toBe(sharedUrl);
  });
});
