import { describe, expect, it } from 'vitest';
import { checkDataFolder } from './check-data.ts';
import { verifyList, verifyListCsv, verifyListText } from './verify-list.ts';
import { exampleProvider, TODAY, writeDataFolder } from '../../tests/helpers/data-folder.ts';

/** A fictional provider with one phone number, dated by its one source, optionally verified. */
function provider(id: string, { pageDate, themes = ['pesten'], verified }: { pageDate?: string; themes?: string[]; verified?: string }) {
  const base = exampleProvider(id);
  return {
    ...base,
    id,
    name: `Fictief ${id} (testdata)`,
    themes,
    channels: { phone: [{ number: '+32 11 00 12 34', hoursNote: { nl: 'In 2019: op werkdagen.' } }] },
    locations: undefined,
    sources: [{ url: `https://testdata.example.org/${id}`, ...(pageDate ? { pageDate } : {}), confirms: ['phone', 'phone-hours', 'free'] }],
    ...(verified ? { verification: { date: verified, role: 'medewerker (testdata)', method: 'phone-call' } } : {}),
  };
}

function listOf(...providers: ReturnType<typeof provider>[]) {
  const files = Object.fromEntries(providers.map((p) => [`providers/${p.id}.json`, JSON.parse(JSON.stringify(p))]));
  const result = checkDataFolder(writeDataFolder(files), { today: TODAY });
  expect(result.errorCount).toBe(0);
  return verifyList(
    result.providers.filter((p) => providers.some((q) => q.id === p.id)),
    result.vocabulary,
    TODAY,
  );
}

describe('the call list (npm run data:verify-list)', () => {
  it('puts crisis help with an old number first, then any old number, then crisis help, then the rest oldest first', () => {
    const rows = listOf(
      provider('fictief-recent', { pageDate: '2026-09' }),
      provider('fictief-oud-nummer', { pageDate: '2019-12' }),
      provider('fictief-crisis-recent', { pageDate: '2026-10', themes: ['zelfmoordgedachten'] }),
      provider('fictief-crisis-oud-nummer', { pageDate: '2020-01', themes: ['zelfverwonding'] }),
      provider('fictief-ouder', { pageDate: '2025-01' }),
      provider('fictief-zonder-datum', {}),
    );
    expect(rows.map((row) => row.id)).toEqual([
      'fictief-crisis-oud-nummer',
      'fictief-zonder-datum',
      'fictief-oud-nummer',
      'fictief-crisis-recent',
      'fictief-ouder',
      'fictief-recent',
    ]);
    expect(rows[0].reasons).toEqual([
      'jongeren in crisis komen hier terecht',
      'nummer uit 2020-01',
      'uren van de telefoon uit 2020-01',
      '"gratis" uit 2020-01',
      'nooit nagekeken bij de organisatie; nieuwste bron: 2020-01',
    ]);
  });

  it('leaves out a provider verified this year, and lists one whose verification is a year old', () => {
    const rows = listOf(
      provider('fictief-nagekeken', { pageDate: '2019-12', verified: '2026-10-05' }),
      provider('fictief-lang-geleden', { pageDate: '2019-12', verified: '2025-06-01' }),
    );
    expect(rows.map((row) => row.id)).toEqual(['fictief-lang-geleden']);
    expect(rows[0].reasons.at(-1)).toBe('laatst nagekeken bij de organisatie op 2025-06-01');
  });

  it('does not ask an always-open crisis line about the hours the code fixes, but does ask about a note on them', () => {
    const line = (note: boolean) => ({
      $schema: '../schema/provider.schema.json',
      id: 'noodnummer-112',
      name: 'Fictieve noodlijn 112 (testdata)',
      summary: { nl: 'Testdata: verzonnen tekst bij 112.' },
      themes: ['zelfmoordgedachten'],
      area: 'flanders',
      channels: { phone: [{ number: '112', hours: '24/7', ...(note ? { hoursNote: { nl: 'In 2019: ook een teksttelefoon.' } } : {}) }] },
      sources: [{ url: 'https://testdata.example.org/112', confirms: ['phone', 'phone-hours'] }],
    });
    const rowFor = (note: boolean) => {
      const result = checkDataFolder(writeDataFolder({ 'providers/noodnummer-112.json': line(note) }), { today: TODAY });
      expect(result.errorCount).toBe(0);
      return verifyList(
        result.providers.filter((p) => p.id === 'noodnummer-112'),
        result.vocabulary,
        TODAY,
      )[0];
    };
    const reasonsFor = (note: boolean) => rowFor(note).reasons;
    // Nobody rings 112 to check a list, and its number and hours are not the organisation's to confirm.
    const { questions } = rowFor(false);
    expect(questions[0]).toBe(
      'Bel 112 niet om dit na te kijken: lees hun eigen website, of vraag het aan de hulpdiensten op een gewoon nummer.',
    );
    expect(questions.join(' ')).not.toMatch(/Klopt 112|uren/);
    expect(rowFor(true).questions).toContain('Kloppen de uren nog?');
    expect(reasonsFor(false)).toEqual([
      'jongeren in crisis komen hier terecht',
      'nooit nagekeken bij de organisatie; nieuwste bron: geen datum',
    ]);
    expect(reasonsFor(true)).toContain('uren van de telefoon uit een bron zonder datum');
  });

  it('says what to ask and which sourced facts to confirm, with their dates', () => {
    const [row] = listOf(provider('fictief-oud-nummer', { pageDate: '2019-12' }));
    expect(row.questions.slice(0, 4)).toEqual([
      'Klopt 011 00 12 34 nog?',
      'Kloppen de uren nog?',
      'Is het nog gratis?',
      'Kan het anoniem?',
    ]);
    expect(row.facts).toEqual([
      'telefoon 011 00 12 34 (bron 2019-12)',
      'uren telefoon 011 00 12 34: In 2019: op werkdagen. (bron 2019-12)',
      'gratis (bron 2019-12)',
    ]);
    expect(verifyListText([row])).toContain('1. Fictief fictief-oud-nummer (testdata) (data/providers/fictief-oud-nummer.json)');
  });

  it('writes a spreadsheet Belgian Excel opens: byte-order mark, ";" between cells, quotes kept, no formulas', () => {
    const [row] = listOf(provider('fictief-oud-nummer', { pageDate: '2019-12' }));
    const csv = verifyListCsv([{ ...row, staffNote: '=HYPERLINK("x"); bel "snel"' }]);
    expect(csv.startsWith('\uFEFF"volgorde";"id";"naam";"waarom";"vragen"')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x""); bel ""snel"""`);
    expect(lines[1].endsWith('"data/providers/fictief-oud-nummer.json";"";"";""')).toBe(true);
  });
});
