// @vitest-environment jsdom
/**
 * "Goed om te weten" on a provider page: known facts each on their own line, the unknown ones named
 * together in one line that says to ask at the first contact. Providers come from the fictional
 * catalogue (tests/fixtures/catalogue), with facts left out or added here.
 */
import { render, screen } from '@testing-library/react';
import { TextsProvider } from '../../i18n/use-translation';
import { describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../../tests/helpers/built-catalogue';
import type { ProviderWithDetails } from '../../catalogue/catalogue-types';
import { i18nFor } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { PracticalFacts } from './practical-facts';

const { catalogue, details } = builtCatalogue();
/** A fictional provider with its details, as its page has it. */
const fixture = (id: string): ProviderWithDetails => structuredClone({ ...catalogue.providers.find((p) => p.id === id)!, ...details[id] });

/** A fictional provider that says nothing about any of the facts. */
function knowsNothing(): ProviderWithDetails {
  const provider = fixture('fictief-jongerenhuis-hasselt');
  for (const key of ['free', 'costNote', 'anonymous', 'age', 'withoutParents', 'referralNeeded', 'waitingTime', 'languages'] as const) {
    delete provider[key];
  }
  return provider;
}

function renderFacts(provider: ProviderWithDetails, lang: Language = 'nl') {
  render(
    <TextsProvider i18n={i18nFor(lang)}>
      <PracticalFacts provider={provider} lang={lang} />
    </TextsProvider>,
  );
  const section = screen.getByRole('region');
  return {
    /** The facts with a line of their own, as "question: answer". */
    lines: [...section.querySelectorAll('.fact')].map(
      (fact) => `${fact.querySelector('dt')!.textContent}: ${fact.querySelector('dd')!.textContent}`,
    ),
    unknown: section.querySelector('p.unknown')?.textContent,
    text: section.textContent!,
  };
}

describe('practical facts', () => {
  it('names every unknown fact in one line, and says "ask" once', () => {
    const { lines, unknown, text } = renderFacts(knowsNothing());
    expect(lines).toEqual([]);
    expect(unknown).toBe(
      'Niet bekend: wat het kost, of je anoniem kunt blijven, voor welke leeftijd het is, of het zonder je ouders kan, ' +
        'of je een verwijzing nodig hebt, hoe lang je moet wachten en welke talen ze spreken. Vraag het bij je eerste contact.',
    );
    expect(text.match(/Vraag het bij je eerste contact/g)).toHaveLength(1);
  });

  it('names what happens at the first contact with the other unknown facts when the catalogue does not say', () => {
    const provider = knowsNothing();
    delete provider.firstContact;
    const { unknown, text } = renderFacts(provider);
    expect(unknown).toMatch(/^Niet bekend: wat er gebeurt als je contact opneemt, wat het kost, /);
    expect(text.match(/Vraag het bij je eerste contact/g)).toHaveLength(1);
  });

  it('keeps a line for each known fact and names only the rest', () => {
    const provider = knowsNothing();
    provider.free = true;
    provider.referralNeeded = false;
    provider.languages = ['nl', 'en'];
    const { lines, unknown } = renderFacts(provider);
    expect(lines).toEqual(['Kost het iets?: Gratis', 'Verwijzing nodig?: Nee, je mag zelf contact opnemen', 'Talen: Nederlands, Engels']);
    expect(unknown).toBe(
      'Niet bekend: of je anoniem kunt blijven, voor welke leeftijd het is, of het zonder je ouders kan en hoe lang je moet wachten. ' +
        'Vraag het bij je eerste contact.',
    );
  });

  it('has no "not known" line when everything is known', () => {
    const provider = fixture('fictief-jongerenhuis-hasselt');
    provider.waitingTime = { text: { nl: 'Ongeveer twee weken' }, date: '2026-10' };
    provider.languages = ['nl'];
    const { lines, unknown, text } = renderFacts(provider);
    expect(lines).toHaveLength(7);
    expect(lines).toContain('Wachttijd: Ongeveer twee weken (zo was het op 2026-10)');
    expect(unknown).toBeUndefined();
    expect(text).not.toContain('Vraag het');
  });

  it('counts a note on the cost as known, even when free or paid is not said', () => {
    const provider = knowsNothing();
    provider.costNote = { nl: 'Een gesprek kost 11 euro.' };
    const { lines, unknown } = renderFacts(provider);
    expect(lines).toEqual(['Kost het iets?: Een gesprek kost 11 euro.']);
    expect(unknown).not.toContain('wat het kost');
  });

  it('says it in English', () => {
    const provider = knowsNothing();
    provider.free = false;
    provider.anonymous = true;
    provider.age = { min: 12, max: 25 };
    provider.withoutParents = true;
    provider.languages = ['nl'];
    expect(renderFacts(provider, 'en').unknown).toBe(
      'Not known: whether you need a referral and how long you have to wait. Ask about it the first time you get in touch.',
    );
  });

  it('says it in French', () => {
    const provider = knowsNothing();
    provider.referralNeeded = true;
    provider.waitingTime = { text: { nl: 'Drie weken' }, date: '2026-09' };
    provider.languages = ['fr'];
    provider.age = { min: 16 };
    expect(renderFacts(provider, 'fr').unknown).toBe(
      'On ne sait pas encore : combien ça coûte, si tu peux rester anonyme et si tu peux y aller sans tes parents. ' +
        'Demande-le lors de ton premier contact.',
    );
  });
});
