/**
 * Result cards and the provider page's facts on a phone (390x844), on the site built from the fictional
 * catalogue (dist-e2e/; providers in tests/fixtures/catalogue/): a card's best way in is a button big
 * enough to tap, a closed provider says when it opens, and a provider page names its unknown facts in one
 * line. The page's clock is fixed with Playwright's clock API (the app reads the time from Date), at a
 * Wednesday 11:00 in Brussels, when the fictional school chat (weekdays 17:00–21:00) is closed.
 * Screenshots: test-results/cards-390x844.png and test-results/provider-facts-390x844.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fixtureProvider } from './fixture-catalogue';
import { phoneSession, screenshot, untilLive } from './phone-session';

const baseUrl = inject('baseUrl');
const { openPage } = phoneSession(new URL(baseUrl).origin);
/** Generous for a loaded 2-core machine, and bounded: every wait is for a state, never for a time. */
const WAIT = { timeout: 30_000 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Wednesday 25 November 2026, 11:00 in Brussels. */
const WEDNESDAY_11 = new Date('2026-11-25T10:00:00Z');

const SCHOOL_CHAT = fixtureProvider('fictieve-schoolchat');
const DRUG_LINE = fixtureProvider('fictieve-drugslijn');
const YOUTH_HOUSE = fixtureProvider('fictief-jongerenhuis-hasselt');

async function openAt(path: string): Promise<Page> {
  const page = await openPage();
  await page.clock.setFixedTime(WEDNESDAY_11);
  await page.goto(new URL(path, baseUrl).href);
  await untilLive(page);
  return page;
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('result cards', () => {
  it('show the best way in as a big button, and when a closed provider opens', async () => {
    const page = await openAt('/thema/pesten');
    const card = page.getByRole('article', { name: SCHOOL_CHAT.name });
    await card.waitFor(WAIT);

    // Closed at 11:00, open from 17:00: the card says so.
    expect((await card.locator('.open-status').textContent())?.trim()).toBe('Nu dicht · opent om 17:00');

    // Its only way in besides the website is the chat: that is the button, named with the provider.
    const chat = card.getByRole('link', { name: `Chat (${SCHOOL_CHAT.name})`, exact: true });
    expect(await chat.getAttribute('href')).toBe(SCHOOL_CHAT.chats[0].href);
    const box = (await chat.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);

    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'cards');
    await noAxeViolations(page);
  });

  it('call first, with the chat beside it, each big enough to tap', async () => {
    const page = await openAt(`/?q=${encodeURIComponent('drugslijn')}`);
    const card = page.getByRole('article', { name: DRUG_LINE.name });
    await card.waitFor(WAIT);
    const call = card.getByRole('link', { name: `Bel ${DRUG_LINE.phones[0].display} (${DRUG_LINE.name})`, exact: true });
    expect(await call.getAttribute('href')).toBe(DRUG_LINE.phones[0].href);
    for (const button of [call, card.getByRole('link', { name: `Chat (${DRUG_LINE.name})`, exact: true })]) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    // Calls from 10:00, so at 11:00 it is open: nothing about when it opens.
    expect((await card.locator('.open-status').textContent())?.trim()).toBe('Nu open');
  });
});

describe('a provider page', () => {
  it('names the facts it does not know in one line', async () => {
    const page = await openAt(`/aanbieder/${YOUTH_HOUSE.id}`);
    const facts = page.getByRole('region', { name: 'Goed om te weten' });
    await facts.waitFor(WAIT);
    const line = facts.getByText('Niet bekend: hoe lang je moet wachten en welke talen ze spreken. Vraag het bij je eerste contact.', {
      exact: true,
    });
    await line.waitFor(WAIT);
    expect(await page.getByText('Vraag het bij je eerste contact', { exact: true }).count()).toBe(0);

    await facts.scrollIntoViewIfNeeded();
    await screenshot(page, 'provider-facts');
    await noAxeViolations(page);
  });
});
