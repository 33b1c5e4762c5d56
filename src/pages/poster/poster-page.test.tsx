// @vitest-environment jsdom
/**
 * The school kit in the whole app, on the fictional catalogue (tests/fixtures/catalogue) served by msw:
 * the choices make the poster's link, the poster's crisis numbers are the crisis lane's, the poster
 * follows its own language, the footer links the kit, and a catalogue that fails to load is said so.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, serveFixtureCatalogue } from '../../../tests/helpers/render-app';
import { server } from '../../../tests/setup/msw';
import { crisisData } from '../../crisis/crisis-data';
import { CRISIS_LANE } from '../../crisis/crisis-lane-definition';

beforeEach(() => serveFixtureCatalogue());

/** The preview's poster (the first, and on a flyer sheet the only one screen readers see). */
function poster(): HTMLElement {
  const preview = screen.getByRole('region', { name: 'Zo ziet het eruit' });
  return preview.querySelector<HTMLElement>('.poster')!;
}

async function openKit(url = '/affiche') {
  const view = renderApp(url);
  await screen.findByRole('group', { name: 'Onderwerpen' });
  return view;
}

describe('the school kit', () => {
  it('makes a poster whose code and address open the chosen theme in the chosen municipality', async () => {
    await openKit();
    expect(screen.getByRole('heading', { level: 1, name: 'Affiche voor je school' })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pesten' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Zonhoven');
    const { host, origin } = window.location;
    const code = await within(poster()).findByRole('img');
    expect(code.getAttribute('aria-label')).toBe(`QR-code naar ${host}/thema/pesten/zonhoven`);
    expect(within(poster()).getByText(`${host}/thema/pesten/zonhoven`)).toBeTruthy();
    expect(within(poster()).getByText('Pesten · Zonhoven')).toBeTruthy();
    expect(within(poster()).getByText('Zit je ergens mee? Praat erover.')).toBeTruthy();
    expect(origin).toMatch(/^http/);
  });

  it('puts two themes and an age in the link, and writes the poster in the language picked for it', async () => {
    await openKit();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pesten' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Rouw en verlies' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Leeftijd (mag leeg blijven)' }), '15');
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    const { host } = window.location;
    expect(within(poster()).getByText(`${host}/en?thema=pesten&thema=rouw&leeftijd=15`)).toBeTruthy();
    expect(within(poster()).getByText('Bullying · Grief and loss · aged 15')).toBeTruthy();
    expect(within(poster()).getByText('Something on your mind? Talk about it.')).toBeTruthy();
    expect(poster().getAttribute('lang')).toBe('en');
    // The page itself stays Dutch.
    expect(screen.getByRole('heading', { level: 1, name: 'Affiche voor je school' })).toBeTruthy();
  });

  it('prints the crisis lane’s own numbers and names on the poster', async () => {
    await openKit();
    const lines = within(poster())
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual(crisisData.lines.map((line) => `${line.phone.display} ${line.name}`));
    // The lane's numbers are the ones fixed in code, in the lane's order.
    expect(crisisData.lines.map((line) => line.phone.display.replace(/\D/g, ''))).toEqual(CRISIS_LANE.map((line) => line.number));
  });

  it('shows four flyers on one sheet, read once by screen readers', async () => {
    await openKit();
    await userEvent.click(screen.getByRole('radio', { name: 'Vier flyers (A6) op één A4-blad, om uit te knippen' }));
    const preview = screen.getByRole('region', { name: 'Zo ziet het eruit' });
    expect(preview.querySelectorAll('.poster')).toHaveLength(4);
    expect(await within(preview).findAllByRole('img')).toHaveLength(1);
  });

  it('is linked from the footer in the page’s language', async () => {
    renderApp('/en/thema/pesten');
    const link = await screen.findByRole('link', { name: 'Poster for your school' });
    expect(link.getAttribute('href')).toBe('/en/affiche');
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Poster for your school' })).toBeTruthy();
  });

  it('says so when the list cannot load, and makes the poster after a retry', async () => {
    server.use(http.get('*/data/catalogue.json', () => new HttpResponse(null, { status: 503 }), { once: true }));
    renderApp('/affiche');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De lijst met hulp kon nu niet laden.');
    expect(screen.queryByRole('group', { name: 'Onderwerpen' })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Onderwerpen' })).toBeTruthy());
  });
});
