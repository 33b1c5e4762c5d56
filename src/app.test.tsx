// @vitest-environment jsdom
/**
 * The whole app in memory: search, each filter, the crisis trigger, the URL round trip, language, open
 * now with a frozen clock, and every way the catalogue can fail. The catalogue is the fictional one in
 * tests/fixtures/catalogue/, built in memory and served by msw (any other request fails the test), so
 * no edit staff make in data/ can change what these tests see.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtCatalogue } from '../tests/helpers/built-catalogue';
import { TODAY } from '../tests/helpers/test-paths';
import { markOldFacts } from './catalogue/old-facts';
import { providerDetails } from './catalogue/provider-details';
import { renderApp, serveFixtureCatalogue } from '../tests/helpers/render-app';
import { server } from '../tests/setup/msw';
import { laneId } from '../tests/helpers/lane-id';

const { catalogue } = builtCatalogue();
/** A fictional provider with its facts dated as the app dates them on the tests' day. */
const datedProvider = (id: string) => markOldFacts(catalogue, TODAY).providers.find((p) => p.id === id)!;
const resultNames = () =>
  within(screen.getByRole('region', { name: /waar je terecht kunt|you can go|niets dat hier/i }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const providerNamed = (id: string) => catalogue.providers.find((p) => p.id === id)!.name;
/** Whether a provider's data says it does not fit a yes/no filter (written as its URL parameter). */
const saysNo = (id: string, param: string) => {
  const provider = catalogue.providers.find((p) => p.id === id)!;
  const facts: Record<string, boolean | undefined> = {
    'gratis=1': provider.free,
    'anoniem=1': provider.anonymous,
    'zonder-verwijzing=1': provider.referralNeeded === undefined ? undefined : !provider.referralNeeded,
    'zonder-ouders=1': provider.withoutParents,
  };
  return facts[param] === false;
};

/** Freeze only Date, so promises, msw and React keep running. Wednesday 25 Nov 2026, 20:00 in Brussels. */
function freezeClock(iso = '2026-11-25T19:00:00Z') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

beforeEach(() => serveFixtureCatalogue());
afterEach(() => vi.useRealTimers());

describe('searching', () => {
  it('finds bullying help for "ik word gepest" as you type, and keeps the words in the URL', async () => {
    const { currentUrl } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Zoek hulp' });
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    await userEvent.type(box, 'ik word gepest');
    // The address is written once typing pauses (routing/typed-url.ts).
    await waitFor(() => expect(currentUrl()).toBe('/?q=ik+word+gepest'));
    // The list follows the typing a moment later (useDeferredValue): wait for it, not for a time.
    await waitFor(() => expect(resultNames().slice(0, 3)).toEqual(expect.arrayContaining([providerNamed('fictieve-schoolchat')])));
    expect(screen.getByRole('link', { name: 'Fictieve Schoolchat (testdata)' }).getAttribute('href')).toBe(
      '/aanbieder/fictieve-schoolchat',
    );
  });

  it('shows each key at once and writes the address when typing pauses; a choice right after comes after the words', async () => {
    const { currentUrl, history } = renderApp('/');
    const box = (await screen.findByRole('searchbox', { name: 'Zoek hulp' })) as HTMLInputElement;
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    fireEvent.change(box, { target: { value: 'pesten' } });
    expect(box.value).toBe('pesten');
    expect(currentUrl()).toBe('/');
    // A choice before the address is written: the words go into their own entry first, then the choice adds one.
    fireEvent.change(screen.getByRole('combobox', { name: 'Gemeente' }), { target: { value: 'zonhoven' } });
    expect(currentUrl()).toBe('/gemeente/zonhoven?q=pesten');
    act(() => history.go(-1));
    await waitFor(() => expect(currentUrl()).toBe('/?q=pesten'));
    expect((screen.getByRole('searchbox', { name: 'Zoek hulp' }) as HTMLInputElement).value).toBe('pesten');
  });

  it('Back right after typing leaves the entry as it was written, and the words typed since are not written into the entry Back went to', async () => {
    const { currentUrl, history } = renderApp('/');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pesten' }));
    const box = screen.getByRole('searchbox', { name: 'Zoek hulp' });
    fireEvent.change(box, { target: { value: 'ik' } });
    act(() => history.go(-1));
    await waitFor(() => expect(currentUrl()).toBe('/'));
    // Longer than the address waits for a pause in typing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(currentUrl()).toBe('/');
    expect((screen.getByRole('searchbox', { name: 'Zoek hulp' }) as HTMLInputElement).value).toBe('');
  });

  it('says so kindly when nothing fits, offers to drop the filter that emptied the list, and shows the helplines', async () => {
    // Only the helpline for any question has the topic "rouw", and it has no door to walk in at.
    renderApp('/thema/rouw/alken?contact=binnenlopen');
    freezeClock();
    expect(await screen.findByRole('heading', { level: 2, name: 'We vonden niets dat hier precies bij past' })).toBeTruthy();
    const drop = screen.getByRole('link', { name: /^Haal "Onderwerpen" weg: \d+ plek/ });
    expect(drop.getAttribute('href')).toBe('/gemeente/alken?contact=binnenlopen');
    const lines = screen.getByText('Deze lijnen zijn er altijd voor je:').nextElementSibling!;
    expect(
      within(lines as HTMLElement)
        .getByRole('link', { name: 'Fictieve zelfmoordlijn 1813 (testdata)' })
        .getAttribute('href'),
    ).toBe('tel:1813');
    await userEvent.click(drop);
    expect(resultNames().length).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('a topic chip filters and puts the topic in the path', async () => {
    const { currentUrl } = renderApp('/?q=');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pesten' }));
    expect(currentUrl()).toBe('/thema/pesten');
    const bullyingHelp = catalogue.providers.filter((p) => p.themes.includes('pesten')).map((p) => p.name);
    const anyQuestion = catalogue.providers.filter((p) => p.anyQuestion && !p.themes.includes('pesten')).map((p) => p.name);
    expect(anyQuestion.length).toBeGreaterThan(0);
    // The topic's own help first, then the helplines for any question, under a note that says so.
    const names = resultNames();
    expect(names.slice(0, bullyingHelp.length).sort()).toEqual(bullyingHelp.sort());
    expect(names.slice(bullyingHelp.length).sort()).toEqual(anyQuestion.sort());
    expect(screen.getByText('Deze hulplijnen luisteren naar elke vraag, ook hierover:')).toBeTruthy();
  });

  it('a topic no provider has shows the helplines for any question, and says so', async () => {
    renderApp('/thema/rouw');
    expect(
      await screen.findByText(
        'Voor "Rouw en verlies" staat er nog geen hulp in onze lijst. Deze hulplijnen luisteren naar elke vraag, ook hierover:',
      ),
    ).toBeTruthy();
    expect(resultNames().sort()).toEqual(
      catalogue.providers
        .filter((p) => p.anyQuestion)
        .map((p) => p.name)
        .sort(),
    );
  });

  it('topics fold away once a search text or topic is chosen; chosen topics stay as chips to remove', async () => {
    const { currentUrl } = renderApp('/');
    const topics = await screen.findByRole('button', { name: 'Onderwerpen' });
    // Browsing: every topic is shown.
    expect(topics.getAttribute('aria-expanded')).toBe('true');
    const all = within(screen.getByRole('group', { name: 'Onderwerpen' })).getAllByRole('checkbox');
    expect(all).toHaveLength(catalogue.themes.length);

    // Choosing one folds the list; the chosen chip stays, checked, and keeps focus.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pesten' }));
    expect(currentUrl()).toBe('/thema/pesten');
    const folded = screen.getByRole('button', { name: 'Onderwerpen (1)' });
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    const chosen = within(screen.getByRole('group', { name: 'Onderwerpen' })).getAllByRole('checkbox');
    expect(chosen.map((chip) => chip.closest('label')!.textContent)).toEqual(['Pesten']);
    expect(chosen[0]).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(chosen[0]);

    // The button unfolds them all again, and folds them.
    await userEvent.click(folded);
    expect(folded.getAttribute('aria-expanded')).toBe('true');
    expect(within(screen.getByRole('group', { name: 'Onderwerpen' })).getAllByRole('checkbox')).toHaveLength(catalogue.themes.length);
    await userEvent.click(folded);
    expect(folded.getAttribute('aria-expanded')).toBe('false');

    // With words typed, removing the last chosen topic hides its chip: focus goes to the button, not lost.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek hulp' }), 'praten');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pesten' }));
    expect(currentUrl()).toBe('/?q=praten');
    expect(screen.queryAllByRole('checkbox', { name: 'Pesten' })).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Onderwerpen' }));
  });

  it('topics start folded on a page opened with a search', async () => {
    renderApp('/?q=ik+word+gepest');
    const topics = await screen.findByRole('button', { name: 'Onderwerpen' });
    expect(topics.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('checkbox', { name: 'Pesten' })).toHaveLength(0);
  });

  it('the municipality keeps help that serves it, national lines included', async () => {
    const { currentUrl } = renderApp('/');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Gemeente' }), 'Zonhoven');
    expect(currentUrl()).toBe('/gemeente/zonhoven');
    expect(resultNames()).toContain(providerNamed('fictief-gemeentehuis-zonhoven'));
    expect(resultNames()).toContain(providerNamed(laneId('102')));
    expect(resultNames()).not.toContain(providerNamed('fictief-gemeentehuis-herk-de-stad'));
  });

  it.each([
    // A promise counts when it is current: one from a source too old to trust is "not known" (old-facts.ts).
    ['Gratis', 'gratis=1', (id: string) => datedProvider(id).free === true && !datedProvider(id).oldFacts?.free],
    ['Anoniem', 'anoniem=1', (id: string) => datedProvider(id).anonymous === true && !datedProvider(id).oldFacts?.anonymous],
    ['Zonder verwijzing', 'zonder-verwijzing=1', (id: string) => catalogue.providers.find((p) => p.id === id)!.referralNeeded === false],
    ['Zonder je ouders', 'zonder-ouders=1', (id: string) => catalogue.providers.find((p) => p.id === id)!.withoutParents === true],
  ])(
    '"%s" shows providers that say so first, then those whose data does not say, under a note; never those that say no',
    async (label, param, holds) => {
      const { currentUrl } = renderApp('/');
      await userEvent.click(await screen.findByRole('button', { name: 'Meer keuzes', expanded: false }));
      await userEvent.click(screen.getByRole('checkbox', { name: label }));
      expect(currentUrl()).toBe(`/?${param}`);
      const ids = resultNames().map((name) => catalogue.providers.find((p) => p.name === name)!.id);
      const fitting = ids.filter(holds);
      expect(fitting.length).toBeGreaterThan(0);
      expect(ids.slice(0, fitting.length)).toEqual(fitting);
      const unknown = ids.slice(fitting.length);
      expect(unknown.every((id) => !holds(id) && !saysNo(id, param))).toBe(true);
      expect(catalogue.providers.some((p) => saysNo(p.id, param))).toBe(true);
      if (unknown.length > 0) expect(screen.getByText(/^Niet bekend of .* Vraag het bij je eerste contact\.$/)).toBeTruthy();
    },
  );

  it('age keeps help for that age', async () => {
    const { currentUrl } = renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Meer keuzes', expanded: false }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Je leeftijd' }), { target: { value: '22' } });
    await waitFor(() => expect(currentUrl()).toBe('/?leeftijd=22'));
    expect(resultNames()).not.toContain(providerNamed('fictief-jongerenhuis-hasselt')); // 12–18
    expect(resultNames()).toContain(providerNamed('fictief-jongerenadvies-limburg')); // 12–25
  });

  it('ways of contact combine with OR', async () => {
    const { currentUrl } = renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Meer keuzes', expanded: false }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Chatten' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Binnenlopen' }));
    expect(currentUrl()).toBe('/?contact=binnenlopen&contact=chat');
    expect(resultNames()).toContain(providerNamed('fictieve-schoolchat')); // chat
    expect(resultNames()).toContain(providerNamed('fictief-jongerenhuis-hasselt')); // walk in
    expect(resultNames()).not.toContain(providerNamed(laneId('112')));
  });

  it('"Nu open" uses Belgian time', async () => {
    freezeClock('2026-11-25T10:00:00Z'); // Wednesday 11:00 in Brussels
    renderApp('/?open=nu');
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    expect(resultNames()).toContain(providerNamed('fictief-gemeentehuis-zonhoven')); // 09:00–12:00
    expect(resultNames()).not.toContain(providerNamed('fictieve-schoolchat')); // 17:00–21:00
  });
});

describe('the crisis trigger', () => {
  it('moves the lane above the results with warm words when a search sounds like a crisis, and keeps the results', async () => {
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Zoek hulp' });
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    expect(screen.queryByRole('heading', { name: 'Je bent niet alleen' })).toBeNull();
    await userEvent.type(box, 'ik wil niet meer leven');
    const lane = screen.getByRole('region', { name: 'Je bent niet alleen' });
    const results = screen.getByRole('region', { name: /waar je terecht kunt/ });
    expect(lane.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(lane).getByRole('link', { name: 'Bel 1813' }).getAttribute('href')).toBe('tel:1813');
    expect(screen.getAllByRole('region', { name: /Nu meteen iemand spreken|Je bent niet alleen/ })).toHaveLength(1);
  });

  it('also reacts to misspellings kept in the data', async () => {
    renderApp('/?q=zelfmoort');
    expect(await screen.findByRole('heading', { name: 'Je bent niet alleen' })).toBeTruthy();
  });
});

describe('the URL is the state', () => {
  it('a shared link opens with every control set as the sender had it', async () => {
    renderApp('/en/thema/pesten/hasselt?q=help&leeftijd=15&gratis=1&contact=chat&open=nu');
    expect(((await screen.findByRole('searchbox', { name: 'Find help' })) as HTMLInputElement).value).toBe('help');
    // The search box shows at once; the filters come with the catalogue.
    expect(((await screen.findByRole('checkbox', { name: 'Bullying' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Town' }) as HTMLSelectElement).value).toBe('hasselt');
    expect((screen.getByRole('spinbutton', { name: 'Your age' }) as HTMLInputElement).value).toBe('15');
    expect((screen.getByRole('checkbox', { name: 'Free' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Chat' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Open now' }) as HTMLInputElement).checked).toBe(true);
  });

  it('Back undoes a choice', async () => {
    const { history, currentUrl } = renderApp('/');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pesten' }));
    expect(currentUrl()).toBe('/thema/pesten');
    act(() => history.go(-1));
    await waitFor(() => expect(currentUrl()).toBe('/'));
    expect((screen.getByRole('checkbox', { name: 'Pesten' }) as HTMLInputElement).checked).toBe(false);
  });

  it('writes nothing about the search to cookies or storage, also when the page is left', async () => {
    renderApp('/');
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Zoek hulp' }), 'zelfmoord');
    await userEvent.click(await screen.findByRole('link', { name: providerNamed(laneId('1813')) }));
    await screen.findByRole('heading', { level: 1, name: providerNamed(laneId('1813')) });
    // Leaving the page: React Router's <ScrollRestoration> wrote its scroll positions to sessionStorage here.
    window.dispatchEvent(new Event('pagehide'));
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('languages', () => {
  it('switches the whole interface and the page language, keeping the view', async () => {
    renderApp('/en/thema/pesten?gratis=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    const languages = screen.getByRole('navigation', { name: 'Language' });
    expect(within(languages).getByRole('link', { name: 'Français' }).getAttribute('href')).toBe('/fr/thema/pesten?gratis=1');
    expect(within(languages).getByRole('link', { name: 'Nederlands' }).getAttribute('href')).toBe('/thema/pesten?gratis=1');
  });

  it('says when a provider text exists only in Dutch', async () => {
    renderApp('/en/aanbieder/fictief-jongerenhuis-hasselt');
    await screen.findByRole('heading', { level: 1, name: 'Fictief Jongerenhuis Hasselt (testdata)' });
    const description = screen.getByText('Verzonnen beschrijving: dit jongerenhuis bestaat alleen in de tests.');
    expect(description.getAttribute('lang')).toBe('nl');
    expect(screen.getAllByText('(This text is only available in Dutch.)').length).toBeGreaterThan(0);
  });
});

describe('the header stays in the page (so the quick exit can take every step back)', () => {
  it('the language and home links change the page without loading a new one', async () => {
    const { currentUrl } = renderApp('/thema/pesten?gratis=1');
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    // A plain link would make jsdom try to load a page (and report that it cannot): a router link does not.
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Taal' })).getByRole('link', { name: 'English' }));
    expect(currentUrl()).toBe('/en/thema/pesten?gratis=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('link', { name: 'Hulp HUB, back to the start' }));
    expect(currentUrl()).toBe('/en');
  });

  it('"Nu hulp nodig?" and the skip link move focus without adding a #-entry', async () => {
    const { currentUrl, history } = renderApp('/?q=gepest');
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    const entriesBefore = history.location.key;
    await userEvent.click(screen.getByRole('link', { name: 'Nu hulp nodig?' }));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Nu meteen iemand spreken?' }));
    await userEvent.click(screen.getByRole('link', { name: 'Naar de inhoud' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('');
    expect(currentUrl()).toBe('/?q=gepest');
    expect(history.location.key).toBe(entriesBefore);
  });

  it('says in the footer what the quick exit cannot remove, and how to clear the history', async () => {
    renderApp('/fr');
    const footer = await screen.findByRole('contentinfo');
    expect(footer.textContent).toContain('« Partir vite » n’efface pas tout ton historique.');
  });
});

describe('the provider page', () => {
  it('has what a first contact needs, and says "ask" where a fact is missing', async () => {
    renderApp('/aanbieder/fictief-jongerenhuis-hasselt');
    await screen.findByRole('heading', { level: 1, name: 'Fictief Jongerenhuis Hasselt (testdata)' });
    expect(screen.getByRole('link', { name: 'Mail: jongerenhuis@example.org' }).getAttribute('href')).toBe(
      'mailto:jongerenhuis@example.org',
    );
    expect(screen.getByText('Ja, je ouders hoeven het niet te weten')).toBeTruthy();
    // The two facts the data leaves out are named together, once, instead of an "ask" line each.
    expect(
      screen.getByText('Niet bekend: hoe lang je moet wachten en welke talen ze spreken. Vraag het bij je eerste contact.'),
    ).toBeTruthy();
    expect(screen.queryByText('Vraag het bij je eerste contact')).toBeNull();
    // Nobody checked with the organisation, and the only source is from 2022: the page says so, and dates
    // the promises that come from it.
    expect(screen.getByText('Nog niet nagekeken bij de organisatie. Uit openbare bronnen van 2022.')).toBeTruthy();
    expect(screen.getByText('Deze gegevens zijn meer dan een jaar oud. Ze kunnen veranderd zijn.')).toBeTruthy();
    expect(screen.getAllByText('Gratis (bron uit 2022)')).toHaveLength(2); // the badge and the practical facts
    expect(screen.getByText('Ja, je hoeft je naam niet te zeggen (bron uit 2022)')).toBeTruthy();
    expect(screen.queryByText(/Nagekeken bij de organisatie op/)).toBeNull();
    // Its hours are only a note, from the same 2022 page: the note says how old it is.
    const note = screen.getByText('Verzonnen: op woensdagnamiddag.');
    expect(note.nextElementSibling?.textContent).toBe('Uren uit 2022 — ze kunnen veranderd zijn.');
    // Tests build without VITE_REPOSITORY: e-mail is the way to report (the form link: report-mistake.test.tsx).
    const report = screen.getByRole('link', { name: 'Mail ons (geen account nodig)' }).getAttribute('href')!;
    expect(report).toMatch(/^mailto:info@elzherkenrode\.be\?subject=Hulp%20HUB%3A%20klopt%20niet%20bij%20Fictief%20Jongerenhuis%20Hasselt/);
  });

  it('says "nagekeken bij de organisatie" only for a real check, with its day and how', async () => {
    renderApp('/aanbieder/fictief-gemeentehuis-zonhoven');
    await screen.findByRole('heading', { level: 1, name: providerNamed('fictief-gemeentehuis-zonhoven') });
    expect(screen.getByText('Nagekeken bij de organisatie op 20 oktober 2026 (telefonisch).')).toBeTruthy();
    expect(screen.queryByText(/Nog niet nagekeken/)).toBeNull();
    expect(screen.queryByText(/meer dan een jaar oud/)).toBeNull();
  });

  it('dates an old number and old hours, and shows no open-now badge from them, when the facts have aged since the build', async () => {
    freezeClock();
    // The school chat's source is from 2026; on a day four years later its hours are too old to trust.
    renderApp('/aanbieder/fictief-belpunt-hasselt', { today: '2030-12-01' });
    await screen.findByRole('heading', { level: 1, name: providerNamed('fictief-belpunt-hasselt') });
    expect(screen.getByText('Nummer uit 2026 — bel om te horen of het nog klopt.')).toBeTruthy();
    const captions = screen.getAllByRole('table').map((table) => table.querySelector('caption')!.textContent);
    expect(captions).toEqual(['Uren: 011 00 20 11 · Uren uit 2026 — ze kunnen veranderd zijn.']);
    expect(screen.queryByText(/Nu open|Nu dicht|Gesloten/)).toBeNull();
  });

  it('shows open now for 24/7 and evening chat hours (Wednesday 20:00)', async () => {
    freezeClock();
    const { unmount } = renderApp(`/aanbieder/${laneId('1813')}`);
    await screen.findByRole('heading', { level: 1, name: providerNamed(laneId('1813')) });
    const captions = () => screen.getAllByRole('table').map((table) => table.querySelector('caption')!.textContent);
    expect(captions()).toEqual(['Uren: 1813 · Nu open']);
    unmount();
    renderApp('/aanbieder/fictieve-schoolchat');
    await screen.findByRole('heading', { level: 1, name: providerNamed('fictieve-schoolchat') });
    expect(captions()).toEqual(['Uren: Chat · Nu open']);
  });

  it('is open overnight at the weekend and closed on a weekday afternoon (GP on call)', async () => {
    freezeClock('2026-11-28T02:00:00Z'); // Saturday 03:00
    const { unmount } = renderApp('/aanbieder/fictieve-huisartsenpost');
    expect((await screen.findAllByText('Nu open')).length).toBeGreaterThan(0);
    unmount();
    freezeClock('2026-11-25T14:00:00Z'); // Wednesday 15:00
    renderApp('/aanbieder/fictieve-huisartsenpost');
    expect((await screen.findAllByText('Nu dicht')).length).toBeGreaterThan(0);
  });

  it('is closed over lunch with split hours, and open after (Zonhoven, Monday)', async () => {
    freezeClock('2026-11-23T11:45:00Z'); // Monday 12:45
    const { unmount } = renderApp('/aanbieder/fictief-gemeentehuis-zonhoven');
    expect((await screen.findAllByText('Nu dicht')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Nu open')).toBeNull();
    unmount();
    freezeClock('2026-11-23T13:00:00Z'); // Monday 14:00
    renderApp('/aanbieder/fictief-gemeentehuis-zonhoven');
    expect((await screen.findAllByText('Nu open')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Nu dicht')).toBeNull();
  });

  it('warns on a Belgian public holiday when the hours do not say (Wapenstilstand, 11 Nov)', async () => {
    freezeClock('2026-11-11T09:00:00Z'); // Wednesday 10:00, a public holiday
    renderApp('/aanbieder/fictief-schoolcentrum-herk-de-stad');
    await screen.findByRole('heading', { level: 1, name: 'Fictief Schoolcentrum Herk-de-Stad (testdata)' });
    expect(screen.getAllByText('(feestdag: misschien anders)').length).toBeGreaterThan(0);
  });

  it('names the page in the title: provider, topic and municipality', async () => {
    const { unmount } = renderApp(`/aanbieder/${laneId('102')}`);
    await screen.findByRole('heading', { level: 1, name: providerNamed(laneId('102')) });
    await waitFor(() => expect(document.title).toBe(`${providerNamed(laneId('102'))} – Hulp HUB`)); // set in an effect, after the render
    unmount();
    renderApp('/thema/pesten/zonhoven');
    await screen.findByRole('region', { name: /waar je terecht kunt/ });
    await waitFor(() => expect(document.title).toBe('Pesten · Zonhoven – Hulp HUB'));
  });

  it('also warns in the result list on a public holiday when the hours do not say', async () => {
    freezeClock('2026-11-11T09:00:00Z'); // Wednesday 10:00, Wapenstilstand
    renderApp('/thema/school-studie/herk-de-stad');
    const card = (await screen.findByRole('link', { name: 'Fictief Schoolcentrum Herk-de-Stad (testdata)' })).closest('article')!;
    expect(within(card).getByText('(feestdag: misschien anders)')).toBeTruthy();
  });

  it('"Terug naar de lijst" returns to the exact list it was opened from, also after a language switch', async () => {
    renderApp('/thema/pesten?gratis=1&contact=chat');
    await userEvent.click(await screen.findByRole('link', { name: 'Fictieve Schoolchat (testdata)' }));
    await screen.findByRole('heading', { level: 1, name: 'Fictieve Schoolchat (testdata)' });
    expect(screen.getByRole('link', { name: '← Terug naar de lijst' }).getAttribute('href')).toBe('/thema/pesten?gratis=1&contact=chat');
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Taal' })).getByRole('link', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Fictieve Schoolchat (testdata)' });
    const back = screen.getByRole('link', { name: /^← / });
    expect(back.getAttribute('href')).toBe('/en/thema/pesten?gratis=1&contact=chat');
    await userEvent.click(back);
    expect(((await screen.findByRole('checkbox', { name: 'Bullying' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Free' }) as HTMLInputElement).checked).toBe(true);
  });

  it('"Terug naar de lijst" goes to the start when the page was opened from a shared link', async () => {
    renderApp('/aanbieder/fictieve-schoolchat');
    await screen.findByRole('heading', { level: 1, name: 'Fictieve Schoolchat (testdata)' });
    expect(screen.getByRole('link', { name: '← Terug naar de lijst' }).getAttribute('href')).toBe('/');
  });

  it('says when a provider does not exist', async () => {
    renderApp('/aanbieder/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze hulp vinden we niet' })).toBeTruthy();
  });

  it('opens with its numbers when its details cannot load, says what is missing, and loads them on retry', async () => {
    // Down for the page's load and for the page's own second try in the background; up for the retry.
    let failures = 2;
    server.use(
      http.get('*/data/details/fictief-jongerenhuis-hasselt.json', () => {
        if (failures === 0) return undefined; // the fixture's handler answers
        failures--;
        return HttpResponse.error();
      }),
    );
    const user = userEvent.setup();
    renderApp('/aanbieder/fictief-jongerenhuis-hasselt');
    await screen.findByRole('heading', { level: 1, name: 'Fictief Jongerenhuis Hasselt (testdata)' });
    // The ways to reach them come from the catalogue, which is here.
    expect(screen.getByRole('link', { name: 'Mail: jongerenhuis@example.org' })).toBeTruthy();
    const missing = screen.getByText(/^Niet alles over deze hulp kon laden/);
    await waitFor(() => expect(failures).toBe(0));
    // Nothing is called "not known" that merely did not load; what the catalogue dates still warns.
    expect(screen.queryByText(/^Niet bekend:/)).toBeNull();
    expect(screen.queryByText(/Uit openbare bronnen/)).toBeNull();
    expect(screen.getByText('Deze gegevens zijn meer dan een jaar oud. Ze kunnen veranderd zijn.')).toBeTruthy();

    await user.click(within(missing.parentElement!).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('Nog niet nagekeken bij de organisatie. Uit openbare bronnen van 2022.');
    expect(screen.queryByText(/^Niet alles over deze hulp kon laden/)).toBeNull();
  });
  it('does not open when Back came while its details were loading: the list Back went to stays', async () => {
    // The provider's details are held back until the test lets them through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    server.use(
      http.get('*/data/details/fictief-jongerenhuis-hasselt.json', async () => {
        asked = true;
        await held;
        return undefined; // the fixture's handler answers
      }),
    );
    const { currentUrl, history } = renderApp('/');
    await screen.findByRole('region', { name: /plekken waar je terecht kunt/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Gemeente' }), { target: { value: 'hasselt' } });
    await waitFor(() => expect(currentUrl()).toBe('/gemeente/hasselt'));
    fireEvent.click(await screen.findByRole('link', { name: 'Fictief Jongerenhuis Hasselt (testdata)' }));
    // The provider's page waits for its details; meanwhile the young person goes Back.
    await waitFor(() => expect(asked).toBe(true));
    expect(currentUrl()).toBe('/gemeente/hasselt');
    act(() => history.go(-1));
    await waitFor(() => expect(currentUrl()).toBe('/'));
    release();
    await waitFor(() => expect(providerDetails('fictief-jongerenhuis-hasselt')).toBeDefined());
    await act(async () => {});
    expect(currentUrl()).toBe('/');
    expect(screen.queryByRole('heading', { level: 1, name: 'Fictief Jongerenhuis Hasselt (testdata)' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Gemeente' })).toHaveProperty('value', '');
  });
});

describe('when the catalogue does not load', () => {
  const crisisLaneStillThere = () => {
    const lane = screen.getByRole('region', { name: 'Nu meteen iemand spreken?' });
    expect(within(lane).getByRole('link', { name: 'Bel 1813' }).getAttribute('href')).toBe('tel:1813');
  };

  it('shows it is loading, with the crisis lane already there', async () => {
    server.use(http.get('*/data/catalogue.json', () => new Promise<never>(() => {})));
    renderApp('/');
    const loading = await screen.findByText('De lijst met hulp wordt geladen…');
    expect(loading.getAttribute('role')).toBe('status');
    crisisLaneStillThere();
  });

  it.each([
    ['offline', () => HttpResponse.error(), 'Ben je online?'],
    ['a server error', () => new HttpResponse(null, { status: 503 }), 'De lijst met hulp kon nu niet laden.'],
    ['a broken file', () => HttpResponse.text('<html>wifi login</html>'), 'De lijst met hulp is beschadigd.'],
    ['a file of the wrong shape', () => HttpResponse.json({ providers: 'oops' }), 'De lijst met hulp is beschadigd.'],
  ])('says what happened when %s, keeps the crisis lane, and retries', async (_name, failure, message) => {
    server.use(http.get('*/data/catalogue.json', failure, { once: true }));
    renderApp('/?q=gepest');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    crisisLaneStillThere();
    await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Fictieve Schoolchat (testdata)' })).toBeTruthy();
  });

  it('still brings the crisis lane to the top for a crisis search', async () => {
    server.use(http.get('*/data/catalogue.json', () => new HttpResponse(null, { status: 500 })));
    renderApp('/?q=zelfmoord');
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'Je bent niet alleen' })).toBeTruthy();
  });
});

describe('focus', () => {
  it('moves to the new page when a provider page opens, and stays in the search box while typing', async () => {
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Zoek hulp' });
    await userEvent.type(box, 'jongerenhuis');
    expect(document.activeElement).toBe(box);
    // Typing works before the catalogue has arrived; the result link comes with it.
    await userEvent.click(await screen.findByRole('link', { name: 'Fictief Jongerenhuis Hasselt (testdata)' }));
    await screen.findByRole('heading', { level: 1, name: 'Fictief Jongerenhuis Hasselt (testdata)' });
    expect(document.activeElement).toBe(document.getElementById('inhoud'));
  });
});
