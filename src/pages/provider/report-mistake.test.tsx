// @vitest-environment jsdom
/**
 * "Klopt er iets niet?": the issue form's link carries the provider into the form's own fields (checked
 * against .github/ISSUE_TEMPLATE/correctie.yml, so renaming a field there breaks this test), the
 * e-mail route is always there, and without a repository no GitHub link is made up.
 */
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { TextsProvider } from '../../i18n/use-translation';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtCatalogue } from '../../../tests/helpers/built-catalogue';
import { i18nFor } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { parseRepository } from '../../shared/repository';
import { CORRECTION_FORM, CORRECTIONS_EMAIL, correctionMailUrl, issueFormUrl } from './correction-links';
import { ReportMistake } from './report-mistake';

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string; options?: { label: string }[] };
}
const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${CORRECTION_FORM.file}`, 'utf8')) as { title: string; body: FormField[] };

const { catalogue, details } = builtCatalogue();
const provider = {
  ...catalogue.providers.find((p) => p.id === 'fictief-jongerenhuis-hasselt')!,
  ...details['fictief-jongerenhuis-hasselt'],
};
const pageUrl = 'https://hulphub.example/aanbieder/fictief-jongerenhuis-hasselt';

function renderReport(repository: string | undefined, lang: Language = 'nl') {
  render(
    <TextsProvider i18n={i18nFor(lang)}>
      <ReportMistake provider={provider} pageUrl={pageUrl} repository={repository} />
    </TextsProvider>,
  );
}

describe('the issue form', () => {
  it('has the fields the link fills in, as fields GitHub fills from the address (input or textarea)', () => {
    for (const id of Object.values(CORRECTION_FORM.fields)) {
      expect(form.body.find((field) => field.id === id)?.type, id).toMatch(/^(input|textarea)$/);
    }
    expect(form.title).toBe(CORRECTION_FORM.titlePrefix);
  });

  it('asks what is wrong with the checkboxes staff need, and offers e-mail for those who would rather not write in public', () => {
    const options = form.body.find((field) => field.type === 'checkboxes')!.attributes.options!.map((option) => option.label);
    expect(options).toEqual([
      'Het telefoonnummer',
      'Het adres',
      'De openingsuren',
      'De website',
      'Deze hulp bestaat niet meer',
      'Iets anders',
    ]);
    const intro = form.body.find((field) => field.type === 'markdown')!.attributes.value!;
    expect(intro).toContain('iedereen kan lezen');
    expect(intro).toContain(CORRECTIONS_EMAIL);
  });
});

describe('issueFormUrl', () => {
  it('opens the correction form with the provider and the page filled in', () => {
    const url = new URL(issueFormUrl('elz-herkenrode/hulp-hub', { id: 'fictief-x', name: 'Fictief X', pageUrl })!);
    expect(url.origin + url.pathname).toBe('https://github.com/elz-herkenrode/hulp-hub/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correctie.yml',
      title: 'Klopt niet: Fictief X',
      aanbieder: 'Fictief X (fictief-x)',
      pagina: pageUrl,
    });
  });

  it('keeps a name with &, # and quotes inside its own field', () => {
    const name = `Fictief "A & B" #1?x=y`;
    const url = new URL(issueFormUrl('elz-herkenrode/hulp-hub', { id: 'fictief-ab', name, pageUrl })!);
    expect(url.searchParams.get('aanbieder')).toBe(`${name} (fictief-ab)`);
    expect(url.searchParams.get('x')).toBeNull();
    expect(url.hash).toBe('');
  });

  it('makes no link without a repository', () => {
    expect(issueFormUrl(undefined, { id: 'fictief-x', name: 'Fictief X', pageUrl })).toBeUndefined();
  });
});

describe('parseRepository (VITE_REPOSITORY)', () => {
  it.each(['elz-herkenrode/hulp-hub', ' Owner/repo.name_2 '])('accepts "%s"', (value) => {
    expect(parseRepository(value)).toBe(value.trim());
  });
  it.each([
    undefined,
    '',
    'hulp-hub',
    'a/b/c',
    'https://github.com/a/b',
    'javascript:alert(1)//x',
    'owner/..',
    '-owner/repo',
    'own er/repo',
  ])('refuses %j', (value) => {
    expect(parseRepository(value)).toBeUndefined();
  });
});

describe('ReportMistake', () => {
  it('offers the form, says what GitHub is and that it is public, and keeps e-mail', () => {
    renderReport('elz-herkenrode/hulp-hub');
    expect(screen.getByRole('heading', { name: 'Klopt er iets niet?' })).toBeTruthy();
    const formLink = screen.getByRole('link', { name: 'Meld het met een formulier' });
    expect(new URL(formLink.getAttribute('href')!).searchParams.get('aanbieder')).toBe(`${provider.name} (${provider.id})`);
    expect(screen.getByText(/Het formulier staat op GitHub\..*gratis account.*kan iedereen lezen\./)).toBeTruthy();
    const mail = screen.getByRole('link', { name: 'Mail ons (geen account nodig)' }).getAttribute('href');
    expect(mail).toBe(
      correctionMailUrl(`Hulp HUB: klopt niet bij ${provider.name}`, `Wat klopt er niet bij "${provider.name}" (${pageUrl})?`),
    );
  });

  it('without a repository offers e-mail only, with nothing about GitHub', () => {
    renderReport(undefined, 'en');
    expect(screen.queryByRole('link', { name: 'Report it with a form' })).toBeNull();
    expect(screen.queryByText(/GitHub/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Email us (no account needed)' }).getAttribute('href')).toMatch(
      /^mailto:info@elzherkenrode\.be\?subject=/,
    );
  });
});
