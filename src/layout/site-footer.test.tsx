// @vitest-environment jsdom
/**
 * The footer on every page says the catalogue is open data, under which licence, and links the files
 * data:build publishes (their names come from src/catalogue/open-data.ts, as the build's do).
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES, OPEN_DATA_LICENCE } from '../catalogue/open-data';
import { i18nFor } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { SiteFooter } from './site-footer';

describe('the site footer', () => {
  it.each(LANGUAGES)('in %s, says the data is open and links the spreadsheet, the HSDS file and the licence', (lang) => {
    const i18n = i18nFor(lang);
    render(<SiteFooter t={i18n.t} />);
    const footer = within(screen.getByRole('contentinfo'));
    const spreadsheet = footer.getByRole('link', { name: i18n.t('app.openDataSpreadsheet') });
    expect(spreadsheet.getAttribute('href')).toBe(`/data/${OPEN_DATA_FILES.spreadsheet}`);
    expect(spreadsheet.hasAttribute('download')).toBe(true);
    expect(footer.getByRole('link', { name: i18n.t('app.openDataHsds') }).getAttribute('href')).toBe(
      `/data/${OPEN_DATA_FILES.hsdsServices}`,
    );
    const licence = footer.getByRole('link', { name: new RegExp(OPEN_DATA_LICENCE.name) });
    expect(licence.getAttribute('href')).toBe(`${OPEN_DATA_LICENCE.url}deed.${lang}`);
    expect(licence.getAttribute('rel')).toBe('license');
    expect(footer.getByText(new RegExp(i18n.t('app.openData').slice(0, 20)))).toBeTruthy();
  });
});
