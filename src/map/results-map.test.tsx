// @vitest-environment jsdom
/**
 * The map shows the same results as the list for the same URL: every provider of the list is on a
 * marker or in the list beside the map. Leaflet runs in jsdom (no map images are loaded: msw answers
 * nothing but the catalogue, and jsdom does not fetch images).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import { renderApp, serveFixtureCatalogue } from '../../tests/helpers/render-app';
import { parseUrl } from '../routing/urls';
import { EMPTY_SEARCH } from '../search/search-filters';
import { createSearcher } from '../search/search-providers';
import { buildMapModel, mapProviderIds } from './map-model';
import { laneId } from '../../tests/helpers/lane-id';

const { catalogue, searchIndex } = builtCatalogue();
const idOf = (name: string) => catalogue.providers.find((p) => p.name === name)!.id;

const markerElements = () => [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
const markerNames = () => markerElements().map((marker) => marker.querySelector('.visually-hidden')!.textContent);

/**
 * The provider ids the map view shows: in marker cards (all of them, as rendered) and beside the map.
 * The list beside the map renders with the map's frame; Leaflet draws the markers a moment later (the
 * map starts in an effect, then its markers in theirs). So this waits until `ready` holds for the
 * markers: a state, not a time, and a failure names what was on the map instead.
 */
async function idsOnMapView(
  ready: (markers: HTMLElement[]) => void = (markers) => expect(markers.length).toBeGreaterThan(0),
): Promise<{ markers: HTMLElement[]; beside: string[] }> {
  const beside = await screen.findByRole('region', { name: /niet op de kaart/ });
  await waitFor(() => ready(markerElements()));
  return {
    markers: markerElements(),
    beside: within(beside)
      .queryAllByRole('link')
      .map((link) => idOf(link.textContent!)),
  };
}

beforeEach(() => serveFixtureCatalogue());

describe('the map view', () => {
  it.each([
    '/?weergave=kaart',
    '/thema/pesten?weergave=kaart',
    '/gemeente/herk-de-stad?weergave=kaart&gratis=1',
    '/?q=psycholoog&weergave=kaart',
  ])('shows exactly the providers of the list for %s', async (url) => {
    const page = parseUrl(url.split('?')[0], `?${url.split('?')[1]}`);
    if (page.kind !== 'search') throw new Error('not a search URL');
    const listIds = createSearcher(catalogue, searchIndex)
      .search(page.search, new Date())
      .map((r) => r.provider.id);
    const model = buildMapModel(createSearcher(catalogue, searchIndex).search(page.search, new Date()), catalogue.municipalities);
    expect(model.places.length).toBeGreaterThan(0);
    const { currentUrl } = renderApp(url);
    const { markers, beside } = await idsOnMapView((shown) => expect(shown).toHaveLength(model.places.length));
    expect(mapProviderIds(model)).toEqual(new Set(listIds));
    expect(markers).toHaveLength(model.places.length);
    expect(beside).toEqual(model.withoutPlace.map((r) => r.provider.id));
    // Each marker's name says where and how many; together they count every placed provider.
    const counted = markers.reduce((sum, marker) => sum + Number(marker.querySelector('[aria-hidden="true"]')!.textContent), 0);
    expect(counted).toBe(model.places.reduce((sum, place) => sum + place.results.length, 0));
    expect(currentUrl()).toBe(url);
  });

  it('lists helplines and online help beside the map instead of losing them', async () => {
    renderApp('/?weergave=kaart');
    const { beside } = await idsOnMapView();
    expect(beside).toContain(laneId('1813'));
    expect(beside).toContain(laneId('102'));
  });

  it('choosing a municipality filters the map and keeps the map view', async () => {
    const { currentUrl } = renderApp('/?weergave=kaart');
    await idsOnMapView();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Zonhoven');
    expect(currentUrl()).toBe('/gemeente/zonhoven?weergave=kaart');
    // The two places in Zonhoven (tests/fixtures/catalogue) are on Fictieve Straat 2 and 3.
    const { markers } = await idsOnMapView(() => expect(markerNames()).toContain('Fictieve Straat 3: 1 plek'));
    expect(markerNames()).toContain('Fictieve Straat 2: 1 plek');
    // Places elsewhere stay only for help that also serves Zonhoven (such as the GP on-call post in Hasselt).
    await userEvent.click(markers.find((m) => m.textContent!.startsWith('Fictieve Straat 5'))!);
    const card = await screen.findByRole('link', { name: 'Fictieve Huisartsenpost (testdata)' });
    expect(card).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Fictief Stadhuis Hasselt (testdata)' })).toBeNull();
  });

  it('switches between list and map keeping every filter', async () => {
    const { currentUrl } = renderApp('/thema/pesten?gratis=1');
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    await userEvent.click(screen.getByRole('link', { name: 'Kaart' }));
    expect(currentUrl()).toBe('/thema/pesten?gratis=1&weergave=kaart');
    await idsOnMapView();
    await userEvent.click(screen.getByRole('link', { name: 'Lijst' }));
    expect(currentUrl()).toBe('/thema/pesten?gratis=1');
  });

  it('says in plain words who sends the map images and what they see', async () => {
    renderApp('/?weergave=kaart');
    expect(
      await screen.findByText(
        'De kaartbeelden komen van OpenStreetMap (tile.openstreetmap.org). Die organisatie ziet dan het adres van je internetverbinding, en dat je op deze site bent.',
      ),
    ).toBeTruthy();
  });
});

describe('the map model', () => {
  it('puts providers in one building on one marker, and places without coordinates at their municipality', () => {
    const searcher = createSearcher(catalogue, searchIndex);
    const results = searcher.search(EMPTY_SEARCH, new Date());
    const provider = (id: string) => results.find((r) => r.provider.id === id)!;
    const a = {
      ...provider('fictief-jongerenhuis-hasselt'),
      provider: {
        ...provider('fictief-jongerenhuis-hasselt').provider,
        id: 'a',
        locations: [{ municipality: 'hasselt', municipalityName: 'Hasselt', coordinates: { lat: 50.93, lon: 5.34 } }],
      },
    };
    const b = {
      ...provider(laneId('102')),
      provider: {
        ...provider(laneId('102')).provider,
        id: 'b',
        locations: [{ municipality: 'hasselt', municipalityName: 'Hasselt', coordinates: { lat: 50.93, lon: 5.34 } }],
      },
    };
    const c = {
      ...provider('fictieve-drugslijn'),
      provider: {
        ...provider('fictieve-drugslijn').provider,
        id: 'c',
        locations: [{ municipality: 'hasselt', municipalityName: 'Hasselt' }],
      },
    };
    const d = {
      ...provider('fictieve-eetlijn'),
      provider: {
        ...provider('fictieve-eetlijn').provider,
        id: 'd',
        locations: [{ municipality: 'Genk', municipalityName: 'Genk', outsideRegion: true as const }],
      },
    };
    const model = buildMapModel([a, b, c, d], catalogue.municipalities);
    expect(model.places.map((p) => [p.exact, p.results.map((r) => r.provider.id)])).toEqual([
      [true, ['a', 'b']],
      [false, ['c']],
    ]);
    expect(model.withoutPlace.map((r) => r.provider.id)).toEqual(['d']);
  });
});
