/** The built site loads the derived catalogue in a real browser at phone size. */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhonePage, type PhonePage } from './browser';

const baseUrl = inject('baseUrl');
let phone: PhonePage;

beforeAll(async () => {
  phone = await openPhonePage();
});
afterAll(async () => {
  await phone?.close();
});

describe('the catalogue shell on a phone', () => {
  it('lists the real catalogue with working call links', async () => {
    const { page } = phone;
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: /plekken waar je terecht kunt/ }).waitFor();
    const count = await page.getByRole('heading', { level: 3 }).count();
    expect(count).toBeGreaterThanOrEqual(30);
    expect(await page.getByRole('link', { name: 'Bel 1813' }).getAttribute('href')).toBe('tel:1813');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/catalogue-shell-390x844.png' });
  });

  it('has no accessibility violations (axe, WCAG 2.2 AA)', async () => {
    const results = await new AxeBuilder({ page: phone.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('makes no request outside its own origin', () => {
    const foreign = phone.requests.filter((url) => !url.startsWith(baseUrl));
    expect(phone.requests.length).toBeGreaterThan(2);
    expect(foreign).toEqual([]);
  });
});
