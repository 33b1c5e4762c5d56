// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../tests/setup/msw';
import { tinyCatalogue, tinySearchIndex } from '../tests/fixtures/tiny-catalogue';
import { App } from './app';

const catalogueOk = http.get('*/data/catalogue.json', () => HttpResponse.json(tinyCatalogue));
const indexOk = http.get('*/data/search-index.json', () => HttpResponse.json(tinySearchIndex));

describe('the app shell', () => {
  it('lists the providers from the derived catalogue, with a call link', async () => {
    server.use(catalogueOk, indexOk);
    render(<App />);
    expect(screen.getByRole("status").textContent).toContain('De lijst met hulp wordt geladen');
    expect(await screen.findByRole('heading', { name: 'Fictieve Praatlijn (testdata)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bel 011 00 12 34' }).getAttribute('href')).toBe('tel:+3211001234');
  });

  it('says the list could not load on a server error, and loads it on retry', async () => {
    server.use(http.get('*/data/catalogue.json', () => new HttpResponse(null, { status: 500 }), { once: true }), catalogueOk, indexOk);
    render(<App />);
    expect((await screen.findByRole("alert")).textContent).toContain('De lijst met hulp kon nu niet laden.');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Fictieve Praatlijn (testdata)' })).toBeTruthy();
  });

  it('asks whether you are online when the network fails', async () => {
    server.use(http.get('*/data/catalogue.json', () => HttpResponse.error()), indexOk);
    render(<App />);
    expect((await screen.findByRole("alert")).textContent).toContain('Ben je online?');
  });

  it('says the list is damaged when the file is not the catalogue', async () => {
    server.use(http.get('*/data/catalogue.json', () => HttpResponse.text('<html>wifi login</html>')), indexOk);
    render(<App />);
    expect((await screen.findByRole("alert")).textContent).toContain('De lijst met hulp is beschadigd.');
  });

  it('never renders a javascript: link, even from a tampered catalogue', async () => {
    const tampered = structuredClone(tinyCatalogue);
    tampered.providers[0].website = 'javascript:alert(1)';
    server.use(http.get('*/data/catalogue.json', () => HttpResponse.json(tampered)), indexOk);
    render(<App />);
    await screen.findByRole('heading', { name: 'Fictieve Praatlijn (testdata)' });
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
