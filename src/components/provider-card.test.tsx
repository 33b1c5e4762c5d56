// @vitest-environment jsdom
/**
 * A result card: when a closed provider opens next, in three languages, and its best way in as a button
 * that names the provider. Providers come from the fictional catalogue (tests/fixtures/catalogue), some
 * changed here to leave out a way in; the clock is frozen (only Date, so React keeps running).
 */
import { render, screen, within } from '@testing-library/react';
import { TextsProvider } from '../i18n/use-translation';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import { laneId } from '../../tests/helpers/lane-id';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { reachableNow } from '../catalogue/provider-facts';
import { i18nFor } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { ProviderCard } from './provider-card';

const { catalogue } = builtCatalogue();
const fixture = (id: string) => structuredClone(catalogue.providers.find((p) => p.id === id)!);

/** Renders one card as the result list does: open now as the search computed it, at the frozen time. */
function renderCard(provider: CatalogueProvider, lang: Language = 'nl') {
  const { open, holidayUncertain } = reachableNow(provider, new Date());
  render(
    <TextsProvider i18n={i18nFor(lang)}>
      <MemoryRouter>
        <ul>
          <ProviderCard provider={provider} open={open} holidayUncertain={holidayUncertain} lang={lang} />
        </ul>
      </MemoryRouter>
    </TextsProvider>,
  );
  return screen.getByRole('article', { name: provider.name });
}

const openText = (card: HTMLElement) => card.querySelector('.open-status')?.textContent;
/** Every link-like element of the card but its name: an <a> that lost its href counts too (a dead button). */
const links = (card: HTMLElement) => [...card.querySelectorAll('a:not(h3 a)')].map((link) => [link.textContent, link.getAttribute('href')]);

function freezeClock(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
afterEach(() => vi.useRealTimers());

describe('a closed provider on its card', () => {
  // The fictional school chat is open Monday to Friday 17:00–21:00, closed on public holidays.
  it.each([
    ['nl', '2026-11-25T10:00:00Z', 'Nu dicht · opent om 17:00'], // Wednesday 11:00
    ['nl', '2026-11-26T21:30:00Z', 'Nu dicht · opent morgen om 17:00'], // Thursday 22:30
    ['nl', '2026-11-27T21:30:00Z', 'Nu dicht · opent maandag om 17:00'], // Friday 22:30
    ['en', '2026-11-25T10:00:00Z', 'Closed now · opens at 17:00'],
    ['en', '2026-11-26T21:30:00Z', 'Closed now · opens tomorrow at 17:00'],
    ['en', '2026-11-27T21:30:00Z', 'Closed now · opens Monday at 17:00'],
    ['fr', '2026-11-25T10:00:00Z', 'Fermé maintenant · ouvre à 17:00'],
    ['fr', '2026-11-26T21:30:00Z', 'Fermé maintenant · ouvre demain à 17:00'],
    ['fr', '2026-11-27T21:30:00Z', 'Fermé maintenant · ouvre lundi à 17:00'],
  ] as const)('says when it opens (%s, %s)', (lang, iso, expected) => {
    freezeClock(iso);
    expect(openText(renderCard(fixture('fictieve-schoolchat'), lang))).toBe(expected);
  });

  it('takes the first of its ways to open: the drug line calls from 10:00, chats from 14:00', () => {
    freezeClock('2026-11-25T07:00:00Z'); // Wednesday 8:00
    expect(openText(renderCard(fixture('fictieve-drugslijn')))).toBe('Nu dicht · opent om 10:00');
  });

  it('skips a public holiday its hours close on (Tuesday before Wapenstilstand)', () => {
    freezeClock('2026-11-10T21:30:00Z'); // Tuesday 22:30; Wednesday 11 November is a holiday
    expect(openText(renderCard(fixture('fictieve-schoolchat')))).toBe('Nu dicht · opent donderdag om 17:00');
  });

  it('says only "Nu dicht" when a public holiday makes it uncertain', () => {
    freezeClock('2026-11-11T19:00:00Z'); // Wapenstilstand, 20:00; these hours say nothing about holidays
    expect(openText(renderCard(fixture('fictief-schoolcentrum-herk-de-stad')))).toBe('Nu dicht (feestdag: misschien anders)');
  });

  it('says only "Nu dicht" when its hours never open', () => {
    freezeClock('2026-11-25T10:00:00Z');
    const never = fixture('fictieve-schoolchat');
    never.chats[0].hours = { week: [[], [], [], [], [], [], []], publicHolidays: [] };
    expect(openText(renderCard(never))).toBe('Nu dicht');
  });

  it('says only "Nu dicht" when another way in has no known hours: that way may be open', () => {
    freezeClock('2026-11-25T07:00:00Z'); // Wednesday 8:00
    const phoneHoursUnknown = fixture('fictieve-drugslijn');
    delete phoneHoursUnknown.phones[0].hours;
    expect(openText(renderCard(phoneHoursUnknown))).toBe('Nu dicht');
  });

  it('is never closed for a 24/7 line, and an open provider says only that it is open', () => {
    freezeClock('2026-03-29T01:30:00Z'); // the hour the clocks jump to summer time
    expect(openText(renderCard(fixture(laneId('102'))))).toBe('Nu open');
  });
});

describe('the best way in on a card', () => {
  const named = (card: HTMLElement, name: string) => within(card).getByRole('link', { name });

  it('calls first, names the provider for screen readers, and keeps the chat beside the call', () => {
    const drugs = fixture('fictieve-drugslijn');
    const card = renderCard(drugs);
    expect(named(card, `Bel 011 00 20 07 (${drugs.name})`).getAttribute('href')).toBe('tel:+3211002007');
    expect(named(card, `Chat (${drugs.name})`).getAttribute('href')).toBe('https://testdata.example.org/drugslijn/chat');
    expect(links(card)).toHaveLength(2);
  });

  it.each([
    [
      'a chat before its website',
      'fictieve-schoolchat',
      (_p: CatalogueProvider) => {},
      'Chat',
      'https://testdata.example.org/schoolchat/chat',
    ],
    ['e-mail when there is no phone or chat', 'fictief-jongerenhuis-hasselt', () => {}, 'Mail', 'mailto:jongerenhuis@example.org'],
    [
      'the website when there is no phone, chat or e-mail',
      'fictieve-schoolchat',
      (p: CatalogueProvider) => void (p.chats = []),
      'Website',
      'https://testdata.example.org/schoolchat',
    ],
    [
      'the route to the first address when nothing else is there',
      'fictieve-praktijk-diepenbeek',
      (p: CatalogueProvider) => void (p.phones = []),
      'Route',
      'https://www.openstreetmap.org/search?query=Fictieve%20Straat%207%2C%203590%20Diepenbeek%2C%20Belgi%C3%AB',
    ],
    [
      'the next way when a link is not safe (never a dead button)',
      'fictieve-drugslijn',
      (p: CatalogueProvider) => void (p.phones[0].href = 'tel:011 javascript'),
      'Chat',
      'https://testdata.example.org/drugslijn/chat',
    ],
  ])('shows %s', (_what, id, change, label, href) => {
    const provider = fixture(id);
    change(provider);
    const card = renderCard(provider);
    expect(links(card)).toEqual([[`${label} (${provider.name})`, href]]);
  });

  it('shows no button at all when there is no way in (or none that is safe)', () => {
    const none = fixture('fictief-jongerenhuis-hasselt');
    none.emails = [];
    expect(links(renderCard(none))).toEqual([]);
    const unsafe = fixture('fictieve-schoolchat');
    unsafe.chats[0].href = 'javascript:alert(1)';
    unsafe.website = 'data:text/html,hi';
    expect(links(renderCard(unsafe))).toEqual([]);
  });

  it('names it in English and French too', () => {
    const provider = fixture('fictief-jongerenhuis-hasselt');
    expect(links(renderCard(provider, 'en'))).toEqual([[`Email (${provider.name})`, 'mailto:jongerenhuis@example.org']]);
    const route = fixture('fictieve-praktijk-diepenbeek');
    route.phones = [];
    expect(within(renderCard(route, 'fr')).getByRole('link', { name: `Itinéraire (${route.name})` })).toBeTruthy();
  });
});
