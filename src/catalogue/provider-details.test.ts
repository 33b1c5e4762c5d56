// @vitest-environment jsdom
/**
 * A provider's details load from a file of their own (provider-details.ts): once, and an old link to a
 * provider the site no longer has is not a failure. Fresh modules per test: nothing loaded yet.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../tests/setup/msw';
import type { ProviderDetails } from './catalogue-types';

const DETAILS: ProviderDetails = {
  organisation: 'Fictieve Organisatie (testdata)',
  sources: [{ url: 'https://testdata.example.org/bron' }],
};

async function freshModule() {
  vi.resetModules();
  return import('./provider-details');
}

describe('provider details', () => {
  let requests: string[];
  beforeEach(() => {
    requests = [];
    server.use(
      http.get('*/data/details/:file', ({ request, params }) => {
        requests.push(new URL(request.url).pathname);
        if (params.file === 'fictief-punt.json') return HttpResponse.json(DETAILS);
        if (params.file === 'kapot.json') return HttpResponse.json({ organisation: 'zonder bronnen' });
        if (params.file === 'even-weg.json') return new HttpResponse('Service Unavailable', { status: 503 });
        return new HttpResponse('Not found', { status: 404 });
      }),
    );
  });

  it('loads a provider’s details once and keeps them', async () => {
    const { loadProviderDetails, providerDetails } = await freshModule();
    expect(providerDetails('fictief-punt')).toBeUndefined();
    await Promise.all([loadProviderDetails('fictief-punt'), loadProviderDetails('fictief-punt')]);
    await loadProviderDetails('fictief-punt');
    expect(providerDetails('fictief-punt')).toEqual(DETAILS);
    expect(requests).toEqual(['/data/details/fictief-punt.json']);
  });

  it('knows there is no such provider when the site has no file for it', async () => {
    const { loadProviderDetails, providerDetails } = await freshModule();
    await loadProviderDetails('bestaat-niet');
    expect(providerDetails('bestaat-niet')).toBeNull();
  });

  it('fails on a server error or a broken file, and tries again on the next call', async () => {
    const { loadProviderDetails, providerDetails } = await freshModule();
    await expect(loadProviderDetails('even-weg')).rejects.toMatchObject({ failure: 'server', status: 503 });
    await expect(loadProviderDetails('kapot')).rejects.toMatchObject({ failure: 'broken' });
    expect(providerDetails('even-weg')).toBeUndefined();
    await expect(loadProviderDetails('even-weg')).rejects.toMatchObject({ failure: 'server' });
    expect(requests.filter((path) => path.endsWith('even-weg.json'))).toHaveLength(2);
  });

  it('takes every provider’s details at once from the prerender', async () => {
    const { loadProviderDetails, providerDetails, rememberProviderDetails } = await freshModule();
    rememberProviderDetails({ 'fictief-ander-punt': DETAILS });
    await loadProviderDetails('fictief-ander-punt');
    expect(providerDetails('fictief-ander-punt')).toBe(DETAILS);
    expect(requests).toEqual([]);
  });
});
