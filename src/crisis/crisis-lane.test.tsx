// @vitest-environment jsdom
/**
 * The crisis lane in both forms: the full one (bottom of every page) and the compact one above the results
 * of a crisis search. The compact one drops nothing you can tap or dial: every line, its number, its
 * hours and its chat; only the short descriptions are left to screen readers.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/i18n';
import { crisisData, type CrisisLine } from './crisis-data';
import { CRISIS_LANE } from './crisis-lane-definition';
import { CrisisLane } from './crisis-lane';

const t = i18nFor('nl').t;
/** The lane as bundled in tests (the fictional catalogue's), with a chat on its second line: the fixture's lines have none. */
const LINES: CrisisLine[] = crisisData.lines.map((line, index) =>
  index === 1 ? { ...line, chat: { href: 'https://chat.example.org/', hours: line.phone.hours } } : line,
);

describe.each([
  { form: 'full', urgent: false, title: 'Nu meteen iemand spreken?' },
  { form: 'compact', urgent: true, title: 'Je bent niet alleen' },
])('the $form crisis lane', ({ urgent, title }) => {
  it('has every line, in order, each dialling its fixed number, with its name and hours', () => {
    render(<CrisisLane lines={LINES} t={t} lang="nl" urgent={urgent} />);
    const lane = screen.getByRole('region', { name: title });
    const calls = within(lane).getAllByRole('link', { name: /^Bel / });
    expect(calls.map((call) => call.getAttribute('href'))).toEqual(CRISIS_LANE.map((line) => `tel:${line.number}`));
    const items = within(lane).getAllByRole('listitem');
    expect(items).toHaveLength(CRISIS_LANE.length);
    for (const [index, line] of LINES.entries()) {
      expect(items[index].textContent).toContain(line.name);
      if (line.phone.hours) expect(items[index].textContent).toContain('dag en nacht');
    }
  });

  it('keeps the chat, named in full', () => {
    render(<CrisisLane lines={LINES} t={t} lang="nl" urgent={urgent} />);
    const chat = screen.getByRole('link', { name: new RegExp(`^Chat met ${LINES[1].name.replace(/[()]/g, '\\$&')}`) });
    expect(chat.getAttribute('href')).toBe('https://chat.example.org/');
    expect(chat.textContent).toContain('dag en nacht');
    // Compact: the button shows only "Chat" and its hours; its name says whose chat it is.
    expect(chat.textContent!.startsWith(urgent ? 'Chat' : `Chat met ${LINES[1].name}`)).toBe(true);
    if (urgent) expect(chat.textContent).not.toContain(LINES[1].name);
  });

  it(urgent ? 'leaves the short descriptions to screen readers' : 'shows the short descriptions', () => {
    render(<CrisisLane lines={LINES} t={t} lang="nl" urgent={urgent} />);
    const summary = screen.getByText(LINES[0].summary.nl);
    expect(summary.classList.contains('visually-hidden')).toBe(urgent);
  });
});
