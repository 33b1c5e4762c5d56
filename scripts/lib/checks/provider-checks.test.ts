/**
 * One bad example per named check, showing the message staff get. Each test changes one thing in a
 * valid provider and asserts the check names the right line and field and says how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { checkProvider, exampleProvider, lineOf, problemsFrom } from '../../../tests/helpers/data-folder.ts';

describe('the example provider', () => {
  it('passes every check, so each test below fails only for the change it makes', () => {
    const result = checkProvider(exampleProvider());
    expect(result.problems).toEqual([]);
  });
});

describe('schema', () => {
  it('shows how a missing field is written, the same inside a group as on its own', () => {
    const withoutSources: Record<string, unknown> = { ...exampleProvider(), verification: { date: '2026-10-20', method: 'phone-call' } };
    expect(problemsFrom(checkProvider(withoutSources), 'schema').map((p) => p.fix)).toEqual([
      'voeg het toe, zo: "role": "medewerker Eerstelijnszone Herkenrode"',
    ]);
    const withoutPhone = { ...exampleProvider(), channels: { phone: [{}] } };
    expect(problemsFrom(checkProvider(withoutPhone), 'schema').map((p) => p.fix)).toEqual([
      'voeg het toe, zo: "number": "+32 11 12 34 56"',
    ]);
  });

  it('names an unknown field and suggests the field that was meant', () => {
    const provider = { ...exampleProvider(), Name: 'x' };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({
      field: 'Name',
      line: lineOf(provider, '"Name"'),
      file: expect.stringMatching(/providers\/fictief-voorbeeld\.json$/),
    });
    expect(problem.message).toBe('Het veld "Name" bestaat niet.');
    expect(problem.fix).toBe('bedoel je "name"? Hoofdletters tellen mee.');
  });

  it('names a missing field and shows how to write it', () => {
    const provider = exampleProvider();
    delete provider.name;
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem.message).toBe('Het veld "name" ontbreekt.');
    expect(problem.fix).toContain('"name": "Naam van de aanbieder"');
  });

  it('explains a wrong kind of value in words staff use', () => {
    const provider = { ...exampleProvider(), free: 'ja' };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem.message).toBe('"free" moet true of false, zonder aanhalingstekens zijn, maar er staat "ja".');
    expect(problem.line).toBe(lineOf(provider, '"free"'));
  });

  it('refuses half a character (a lone surrogate), which no file or page can show', () => {
    const provider = { ...exampleProvider(), name: 'Fictief \ud83d punt (testdata)' };
    const [problem] = problemsFrom(checkProvider(provider), 'hidden-characters');
    expect(problem).toMatchObject({
      field: 'name',
      message: expect.stringContaining('de helft van een teken (bv. van een emoji) (U+D83D)'),
    });
  });

  it('refuses a keyword with a comma, which the staff spreadsheet would read as two keywords', () => {
    const provider = { ...exampleProvider(), keywords: ['gepest', 'ruzie, thuis'] };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({ field: 'keywords[1]', message: 'Het zoekwoord "ruzie, thuis" bevat een komma.' });
    expect(problem.fix).toContain('["ruzie", "thuis"]');
  });

  it('refuses a provider without sources', () => {
    const provider = { ...exampleProvider(), sources: [] };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem.field).toBe('sources');
    expect(problem.message).toContain('Er staat geen bron bij deze aanbieder');
  });
});

describe('themes-exist', () => {
  it('refuses a theme that is not in the vocabulary and lists the ones that are', () => {
    const provider = { ...exampleProvider(), themes: ['pesten', 'bulying'] };
    const [problem] = problemsFrom(checkProvider(provider), 'themes-exist');
    expect(problem).toMatchObject({ field: 'themes[1]', message: 'Het thema "bulying" bestaat niet.' });
    expect(problem.fix).toContain('pesten');
  });
});

describe('municipalities-exist', () => {
  it('suggests the id when the name of a municipality is written', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0].municipality = 'Hasselt';
    const [problem] = problemsFrom(checkProvider(provider), 'municipalities-exist');
    expect(problem).toMatchObject({ field: 'locations[0].municipality', fix: 'schrijf het id: "hasselt".' });
  });

  it('allows a place outside the region when it is marked as such', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0] = {
      municipality: 'Genk',
      outsideRegion: true,
      postcode: '3600',
      coordinates: { lat: 50.965, lon: 5.5 },
    };
    expect(checkProvider(provider).problems).toEqual([]);
  });

  it('asks which municipalities when the area is "municipalities"', () => {
    const provider = exampleProvider();
    delete provider.areaMunicipalities;
    const [problem] = problemsFrom(checkProvider(provider), 'municipalities-exist');
    expect(problem.message).toBe('Bij "area": "municipalities" staat niet voor welke gemeenten.');
  });
});

describe('postcode-in-municipality', () => {
  it('says which municipality a postcode belongs to', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0].postcode = '3520';
    const [problem] = problemsFrom(checkProvider(provider), 'postcode-in-municipality');
    expect(problem.message).toBe('Postcode 3520 hoort niet bij Hasselt maar bij Zonhoven.');
    expect(problem.fix).toContain('3720 (Kortessem)');
  });

  it('checks the postcode as it will be built: with the spaces around it trimmed', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0].postcode = ' 3520 ';
    const [problem] = problemsFrom(checkProvider(provider), 'postcode-in-municipality');
    expect(problem.message).toBe('Postcode 3520 hoort niet bij Hasselt maar bij Zonhoven.');
  });
});

describe('coordinates', () => {
  it('spots latitude and longitude swapped', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0].coordinates = { lat: 5.337, lon: 50.93 };
    const [problem] = problemsFrom(checkProvider(provider), 'coordinates');
    expect(problem.message).toBe('De coördinaten (5.337, 50.93) liggen niet in België.');
    expect(problem.fix).toContain('omgewisseld');
  });

  it('refuses coordinates far from the municipality they claim', () => {
    const provider = exampleProvider();
    (provider.locations as Record<string, unknown>[])[0].coordinates = { lat: 51.2, lon: 4.4 }; // Antwerp
    const [problem] = problemsFrom(checkProvider(provider), 'coordinates');
    expect(problem.message).toMatch(/liggen \d+ km van het centrum van Hasselt/);
  });
});

describe('phone-numbers', () => {
  it('refuses a number with too few digits and shows the expected form', () => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = '011 23 45';
    const [problem] = problemsFrom(checkProvider(provider), 'phone-numbers');
    expect(problem).toMatchObject({ field: 'channels.phone[0].number', line: lineOf(provider, '011 23 45') });
    expect(problem.fix).toContain('schrijf zo: +32 11 12 34 56');
  });

  it('accepts short numbers from the allow-list and refuses others', () => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone = [{ number: '1813' }, { number: '116 000' }, { number: '1234' }];
    const problems = problemsFrom(checkProvider(provider), 'phone-numbers');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'channels.phone[2].number', message: '"1234" is geen kort nummer dat Hulp HUB kent.' });
  });

  it.each(['0900 12 345', '0903 12 345', '0905 12 345', '070 22 33 44'])('refuses the paid number %s', (number) => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = number;
    const [problem] = problemsFrom(checkProvider(provider), 'phone-numbers');
    expect(problem).toMatchObject({ severity: 'error', field: 'channels.phone[0].number' });
    expect(problem.message).toContain('is een betaalnummer');
  });

  it('knows an 0800 number is free, and refuses "free": false on it', () => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0] = { number: '0800 12 345', free: false };
    const [problem] = problemsFrom(checkProvider(provider), 'phone-numbers');
    expect(problem).toMatchObject({
      field: 'channels.phone[0].free',
      message: '0800 12 345 is een gratis nummer (0800), maar hier staat "free": false.',
    });
  });

  it("warns about a mobile number, which may be a staff member's own", () => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].number = '0470 00 00 00';
    const [problem] = problemsFrom(checkProvider(provider), 'phone-numbers');
    expect(problem.severity).toBe('warning');
    expect(problem.message).toContain('gsm-nummer');
  });
});

describe('links', () => {
  it.each([
    ['javascript:alert(1)', 'De link begint met "javascript:"'],
    ['data:text/html,<b>hi</b>', 'De link begint met "data:"'],
    ['http://testdata.example.org', 'begint met http://'],
    ['www.testdata.example.org', 'begint niet met https://'],
    ['tel:+3211001234', 'Hier hoort een webpagina, geen telefoonnummer.'],
  ])('refuses %s', (url, message) => {
    const provider = exampleProvider();
    (provider.channels as Record<string, unknown>).website = url;
    const [problem] = problemsFrom(checkProvider(provider), 'links');
    expect(problem.field).toBe('channels.website');
    expect(problem.message).toContain(message);
  });

  it('checks source links too', () => {
    const provider = { ...exampleProvider(), sources: [{ url: 'http://testdata.example.org/bron' }] };
    const [problem] = problemsFrom(checkProvider(provider), 'links');
    expect(problem.field).toBe('sources[0].url');
    expect(problem.fix).toContain('https://testdata.example.org/bron');
  });
});

describe('email', () => {
  it('refuses an address with mailto: in front', () => {
    const provider = exampleProvider();
    (provider.channels as { email: Record<string, unknown>[] }).email[0].address = 'mailto:fictief@example.org';
    const [problem] = problemsFrom(checkProvider(provider), 'email');
    expect(problem.fix).toBe('laat "mailto:" weg, de site maakt de link zelf.');
  });

  it.each(['info%40x.be?bcc=spy@example.org', 'info@example.org?bcc=spy@example.org', 'info@example.org&body=x', 'a@b.be?subject=hoi'])(
    "refuses %s, which would add recipients or text to a young person's e-mail",
    (address) => {
      const provider = exampleProvider();
      (provider.channels as { email: Record<string, unknown>[] }).email[0].address = address;
      const [problem] = problemsFrom(checkProvider(provider), 'email');
      expect(problem.message).toContain('extra ontvangers of tekst');
      expect(problem.fix).toBe('schrijf alleen het adres, zo: info@voorbeeld.be');
    },
  );

  it('refuses an address that is not complete', () => {
    const provider = exampleProvider();
    (provider.channels as { email: Record<string, unknown>[] }).email[0].address = 'fictief@example';
    const [problem] = problemsFrom(checkProvider(provider), 'email');
    expect(problem.message).toBe('"fictief@example" is geen volledig e-mailadres.');
  });
});

describe('opening-hours', () => {
  const withHours = (hours: string) => {
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].hours = hours;
    return problemsFrom(checkProvider(provider), 'opening-hours');
  };

  it('refuses hours the computer cannot read', () => {
    const [problem] = withHours('maandag tot vrijdag');
    expect(problem.field).toBe('channels.phone[0].hours');
    expect(problem.message).toContain('kan de computer niet lezen');
  });

  it('refuses sloppy hours that opening_hours only warns about', () => {
    const [problem] = withHours('Mo-Fr 9-17');
    expect(problem.message).toContain('schrijf uren altijd met minuten');
  });

  it("explains the library's English hints in Dutch, with a fix that works", () => {
    expect(withHours('Mo-Fr 09.00-17.00')[0].message).toContain('schrijf een dubbelpunt tussen uur en minuten: 09:00');
    expect(withHours('Mo-Fr 22:00-02:00; PH off')[0].message).toContain('laat "PH off" dan weg');
    expect(withHours('Mo-Fr 22:00-02:00')).toEqual([]);
    expect(withHours('maandag 09:00-17:00')[0].message).toContain('schrijf dagen in het Engels');
  });

  it('says when a rule comes after "PH off"', () => {
    const [problem] = withHours('Mo-Fr 09:00-17:00; PH off; Sa 10:00-12:00');
    expect(problem.fix).toBe('zet "PH off" als laatste regel, bv. "Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off".');
    expect(withHours('Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off')).toEqual([]);
  });

  it('refuses hours that are never open', () => {
    expect(withHours('Mo-Fr 09:00-17:00 off')[0].message).toContain('is het nooit open');
  });

  it('refuses school holidays (SH), which it cannot know', () => {
    const [problem] = withHours('Mo-Fr 09:00-17:00; SH off');
    expect(problem.message).toContain('"SH"');
  });

  it('refuses comments, which leave open-now unknown', () => {
    const [problem] = withHours('Mo-Fr 09:00-17:00 "op afspraak"');
    expect(problem.fix).toContain('hoursNote');
  });

  it('refuses hours that depend on the sun, which were built as 06:00-18:00', () => {
    for (const hours of ['sunrise-sunset', 'Mo-Fr (sunrise+01:00)-18:00', 'Sa dawn-dusk']) {
      expect(withHours(hours)[0]?.message, hours).toContain('zonsopgang of zonsondergang');
    }
  });

  it('refuses more blocks in one day than a phone line can show', () => {
    const [problem] = withHours('Mo 08:00-08:30,09:00-09:30,10:00-10:30,11:00-11:30,12:00-12:30,13:00-13:30,14:00-14:30');
    expect(problem.message).toContain('7 keer open en dicht');
  });

  it('refuses a value with hundreds of ranges before reading it (it took minutes)', () => {
    const ranges = Array.from(
      { length: 300 },
      (_, i) =>
        `${String(Math.floor(i / 15)).padStart(2, '0')}:${String((i % 15) * 4).padStart(2, '0')}-${String(Math.floor(i / 15)).padStart(2, '0')}:${String((i % 15) * 4 + 2).padStart(2, '0')}`,
    );
    const provider = exampleProvider();
    (provider.channels as { phone: Record<string, unknown>[] }).phone[0].hours = `Mo-Su ${ranges.join(',')}`;
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem.message).toMatch(/^"channels\.phone\[0\]\.hours" heeft \d+ tekens; er passen er 200\.$/);
  });

  it('refuses hours that change with the date, which a weekly table cannot hold', () => {
    const [problem] = withHours('Mo-Fr 09:00-17:00; Dec 24 off');
    expect(problem.message).toContain('Eerste verschil: 2026-12-24');
  });
});

describe('dates', () => {
  it('refuses a date that does not exist', () => {
    const provider = { ...exampleProvider(), verification: { date: '2026-02-30', role: 'medewerker (testdata)', method: 'phone-call' } };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem).toMatchObject({ field: 'verification.date', message: 'De datum "2026-02-30" bestaat niet.' });
  });

  it('refuses a date in the future', () => {
    const provider = { ...exampleProvider(), sources: [{ url: 'https://testdata.example.org/bron', pageDate: '2027-01' }] };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem.message).toBe('De datum "2027-01" ligt in de toekomst.');
  });
});

describe('verification: a real check with the organisation', () => {
  const verified = (verification: Record<string, unknown>) => ({ ...exampleProvider(), verification });

  it('accepts a check with a day, a role and a way of checking', () => {
    const result = checkProvider(verified({ date: '2026-10-20', role: 'medewerker ELZ Herkenrode (testdata)', method: 'phone-call' }));
    expect(result.problems).toEqual([]);
  });

  it.each([
    ['date', { role: 'medewerker (testdata)', method: 'phone-call' }, '"date": "2026-01-15"'],
    ['role', { date: '2026-10-20', method: 'email-reply' }, '"role": "medewerker Eerstelijnszone Herkenrode"'],
    ['method', { date: '2026-10-20', role: 'medewerker (testdata)' }, '"method": "phone-call"'],
  ])('refuses a check without its %s, and shows how to write it', (field, verification, example) => {
    const provider = verified(verification);
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({
      field: `verification.${field}`,
      message: `Het veld "verification.${field}" ontbreekt.`,
      line: lineOf(provider, '"verification"'),
    });
    expect(problem.fix).toBe(`voeg het toe, zo: ${example}`);
  });

  it('refuses a way of checking that is not a real check, and a month without a day', () => {
    const [method] = problemsFrom(
      checkProvider(verified({ date: '2026-10-20', role: 'medewerker (testdata)', method: 'google' })),
      'schema',
    );
    expect(method.fix).toBe('kies een van deze waarden: "phone-call", "email-reply", "own-website".');
    const [month] = problemsFrom(
      checkProvider(verified({ date: '2026-10', role: 'medewerker (testdata)', method: 'phone-call' })),
      'schema',
    );
    expect(month.field).toBe('verification.date');
  });

  it('refuses a check before the date a source showed, naming that source', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        {
          url: 'https://testdata.example.org/a',
          pageDate: '2025-03',
          confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'],
        },
        { url: 'https://testdata.example.org/b', pageDate: '2026-05-02' },
      ],
      verification: { date: '2026-04-30', role: 'medewerker (testdata)', method: 'phone-call' },
    };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem).toMatchObject({ field: 'verification.date', line: lineOf(provider, '"date": "2026-04-30"') });
    expect(problem.message).toBe(
      'De verificatie is van 2026-04-30, maar bron 2 is van 2026-05-02. Wat op die nieuwere pagina staat, is dan niet nagekeken bij de organisatie.',
    );
  });

  it('accepts a check in the month of a source dated by month only', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        {
          url: 'https://testdata.example.org/a',
          pageDate: '2026-05',
          confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'],
        },
      ],
      verification: { date: '2026-05-02', role: 'medewerker (testdata)', method: 'own-website' },
    };
    expect(problemsFrom(checkProvider(provider), 'dates')).toEqual([]);
  });

  it('explains that "lastChecked" is gone and what to write instead', () => {
    const provider = { ...exampleProvider(), lastChecked: { date: '2024-01', by: 'Testdata' } };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({ field: 'lastChecked', line: lineOf(provider, '"lastChecked"') });
    expect(problem.message).toContain('"lastChecked" bestaat niet meer');
    expect(problem.fix).toContain('"verification": { "date": "JJJJ-MM-DD"');
  });
});

const ALL_FACTS: readonly string[] = ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'];

describe('fact-sources: every number, opening hours and promise from a source or a verification', () => {
  it('refuses a phone number, hours or a promise that no source confirms, at the field that publishes it', () => {
    const provider = {
      ...exampleProvider(),
      anonymous: true,
      sources: [{ url: 'https://testdata.example.org/bron', pageDate: '2026-10-01', confirms: ['phone-hours', 'place-hours'] }],
    };
    const problems = problemsFrom(checkProvider(provider), 'fact-sources');
    // In file order: the test files are written with the schema's key order, so "anonymous" follows "free".
    expect(problems.map((p) => p.field)).toEqual(['free', 'anonymous', 'channels.phone[0].number', 'channels.chat[0].hours']);
    expect(problems[2].message).toBe(
      'Geen enkele bron zegt dit telefoonnummer. Een jongere moet erop kunnen rekenen dat elk gegeven ergens vandaan komt.',
    );
    expect(problems[2].fix).toContain('"confirms": ["phone"]');
  });

  it('accepts a fact learned from the organisation itself, once the check is recorded', () => {
    const provider = {
      ...exampleProvider(),
      sources: [{ url: 'https://testdata.example.org/bron', pageDate: '2026-10-01' }],
      verification: { date: '2026-11-02', role: 'medewerker (testdata)', method: 'phone-call' },
    };
    expect(problemsFrom(checkProvider(provider), 'fact-sources')).toEqual([]);
    expect(checkProvider(provider).errorCount).toBe(0);
  });

  it('refuses a fact named twice in one source', () => {
    const provider = {
      ...exampleProvider(),
      sources: [{ url: 'https://testdata.example.org/b', pageDate: '2026-10-01', confirms: [...ALL_FACTS, 'phone'] }],
    };
    const [problem] = problemsFrom(checkProvider(provider), 'fact-sources');
    expect(problem).toMatchObject({ field: 'sources[0].confirms', message: '"phone" staat twee keer in "confirms".' });
  });
});

describe('fact-age: nothing old shown as current', () => {
  const from = (pageDate: string | undefined, extra: Record<string, unknown> = {}) => ({
    ...exampleProvider(),
    sources: [{ url: 'https://testdata.example.org/bron', ...(pageDate ? { pageDate } : {}), confirms: [...ALL_FACTS] }],
    ...extra,
  });

  it('refuses old hours nobody verified, at each hours field, with the year and how to fix it', () => {
    const provider = from('2019-12');
    const problems = problemsFrom(checkProvider(provider), 'fact-age');
    expect(problems.map((p) => p.field)).toEqual(['channels.phone[0].hours', 'channels.chat[0].hours', 'locations[0].hours']);
    expect(problems[0].line).toBe(lineOf(provider, '"hours": "Mo-Fr 09:00-17:00; PH off"'));
    expect(problems[0].message).toBe(
      'Deze openingsuren komen uit een bron van 2019-12, en niemand heeft ze nagekeken bij de organisatie. Uren ouder dan 3 jaar toont de site niet als "nu open".',
    );
    expect(problems[0].fix).toContain('{ "nl": "In 2019: <de uren zoals de bron ze noemt>" }');
  });

  it('refuses hours from a source without a date, without making up a year', () => {
    const [problem] = problemsFrom(checkProvider(from(undefined)), 'fact-age');
    expect(problem.message).toContain('komen uit een bron zonder datum');
    expect(problem.fix).toContain('"Volgens een bron zonder datum: <de uren zoals de bron ze noemt>"');
  });

  it('accepts the same hours as plain text with their year, or once someone verified them', () => {
    const asText = from('2019-12', {
      channels: { phone: [{ number: '+32 11 00 12 34', hoursNote: { nl: 'In 2019: op werkdagen van 9 tot 17 uur.' } }] },
    });
    delete (asText as Record<string, unknown>).locations;
    expect(problemsFrom(checkProvider(asText), 'fact-age')).toEqual([]);
    const verifiedNow = from('2019-12', { verification: { date: '2026-11-02', role: 'medewerker (testdata)', method: 'phone-call' } });
    expect(problemsFrom(checkProvider(verifiedNow), 'fact-age')).toEqual([]);
  });

  it('counts three years to the day, and a month from its first day', () => {
    const at = (pageDate: string) => problemsFrom(checkProvider(from(pageDate)), 'fact-age').length;
    // TODAY is 2026-11-22.
    expect(at('2023-11-22')).toBe(0);
    expect(at('2023-12')).toBe(0);
    expect(at('2023-11-21')).toBeGreaterThan(0);
    expect(at('2023-11')).toBeGreaterThan(0);
  });

  it('dates each way by its own sources: a new page about the phone does not make old chat hours live', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        { url: 'https://testdata.example.org/telefoon', pageDate: '2026-10-01', confirms: ['phone', 'phone-hours', 'place-hours', 'free'] },
        { url: 'https://testdata.example.org/chat', pageDate: '2019-12', confirms: ['chat-hours'] },
      ],
    };
    expect(problemsFrom(checkProvider(provider), 'fact-age').map((p) => p.field)).toEqual(['channels.chat[0].hours']);
  });

  it('dates several places by their oldest source: which page names which place is not known', () => {
    const twoPlaces = (provider: Record<string, unknown>) => ({
      ...provider,
      locations: [
        ...(provider.locations as object[]),
        { street: 'Fictieve Straat 2', postcode: '3500', municipality: 'hasselt', hours: 'We 15:00-19:00' },
      ],
    });
    const sources = [
      { url: 'https://testdata.example.org/a', pageDate: '2026-10-01', confirms: ALL_FACTS },
      { url: 'https://testdata.example.org/b', pageDate: '2019-12', confirms: ['place-hours'] },
    ];
    expect(problemsFrom(checkProvider({ ...exampleProvider(), sources }), 'fact-age')).toEqual([]);
    expect(problemsFrom(checkProvider(twoPlaces({ ...exampleProvider(), sources })), 'fact-age').map((p) => p.field)).toEqual([
      'locations[0].hours',
      'locations[1].hours',
    ]);
  });

  it('lets an always-open crisis line keep "24/7" on its number from old sources, but not its chat hours', () => {
    const line = {
      $schema: '../schema/provider.schema.json',
      id: 'zelfmoordlijn-1813',
      name: 'Fictieve noodlijn 1813 (testdata)',
      summary: { nl: 'Testdata: verzonnen tekst bij 1813, dag en nacht.' },
      themes: ['zelfmoordgedachten'],
      area: 'flanders',
      channels: {
        phone: [{ number: '1813', hours: '24/7' }],
        chat: [{ url: 'https://www.zelfmoord1813.be/chat', hours: 'Mo-Su 17:00-24:00' }],
      },
      sources: [{ url: 'https://testdata.example.org/1813', pageDate: '2021-11', confirms: ['phone', 'phone-hours', 'chat-hours'] }],
    };
    const problems = problemsFrom(checkProvider(line), 'fact-age');
    expect(problems.map((p) => p.field)).toEqual(['channels.chat[0].hours']);
  });

  it.each([
    ['nl', 'Je praat hier gratis met iemand.', 'gratis'],
    ['en', 'You can talk here anonymously.', 'anonymously'],
    ['fr', 'Ouvert jour et nuit.', 'jour et nuit'],
    ['nl', 'We zijn 24/7 bereikbaar.', '24/7'],
  ])('refuses a %s text that promises "%s" from an old source', (language, text, word) => {
    const provider = from('2019-12', {
      anonymous: true,
      channels: { phone: [{ number: '+32 11 00 12 34', hoursNote: { nl: 'In 2019: op werkdagen.' } }] },
      description: { nl: 'Verzonnen dienst.', [language]: text },
    });
    delete (provider as Record<string, unknown>).locations;
    (provider.sources as { confirms: string[] }[])[0].confirms.push('anonymous');
    const [problem] = problemsFrom(checkProvider(provider), 'fact-age');
    expect(problem).toMatchObject({ field: `description.${language}`, line: lineOf(provider, text) });
    expect(problem.message).toBe(
      `De tekst belooft "${word}", maar dat komt uit een bron van 2019-12, ouder dan 3 jaar, en niemand heeft het nagekeken bij de organisatie. Een jongere leest het als iets wat nu klopt.`,
    );
  });

  it('refuses a promise in a text that no source makes, and accepts one that names its year or has a recent source', () => {
    const withText = (nl: string, pageDate = '2026-10-01') => {
      const provider = from(pageDate, { description: { nl } });
      delete (provider as Record<string, unknown>).free;
      (provider.sources as { confirms: string[] }[])[0].confirms = ['phone', 'phone-hours', 'chat-hours', 'place-hours'];
      return problemsFrom(checkProvider(provider), 'fact-age');
    };
    expect(withText('Anoniem en zonder afspraak.')[0].message).toContain('geen enkele bron zegt dat');
    const recent = from('2026-10-01', { description: { nl: 'Het is gratis.' } });
    expect(problemsFrom(checkProvider(recent), 'fact-age')).toEqual([]);
    const withYear = from('2019-12', { description: { nl: 'In 2019 was het gratis.' } });
    expect(problemsFrom(checkProvider(withYear), 'fact-age').map((p) => p.field)).not.toContain('description.nl');
  });
});

describe('fact-ageing: warned 90 days before the check refuses', () => {
  it('warns, without refusing, that hours will become too old, naming the day', () => {
    const at = (pageDate: string) =>
      checkProvider({ ...exampleProvider(), sources: [{ url: 'https://testdata.example.org/b', pageDate, confirms: ALL_FACTS }] });
    // TODAY is 2026-11-22: hours from a page of 2024-01-15 become old after 2027-01-15, within 90 days.
    const soon = at('2024-01-15');
    expect(soon.errorCount).toBe(0);
    const warnings = problemsFrom(soon, 'fact-ageing');
    expect(warnings.map((p) => [p.field, p.severity])).toEqual([
      ['channels.phone[0].hours', 'warning'],
      ['channels.chat[0].hours', 'warning'],
      ['locations[0].hours', 'warning'],
    ]);
    expect(warnings[0].message).toContain(
      'Binnenkort (vóór 2027-02-20) weigert de controle dit: Deze openingsuren komen uit een bron van 2024-01-15',
    );
    expect(soon.staleProviderIds).toContain('fictief-voorbeeld');
    expect(problemsFrom(at('2024-03-01'), 'fact-ageing')).toEqual([]);
  });
});

describe('promised-contact: no text invites a call, chat or mail the file does not give', () => {
  it.each([
    ['Bel ons of kom langs.', 'phone', 'bellen'],
    ['Je kunt ook chatten met een vrijwilliger.', 'chat', 'chatten'],
    ['Stuur gerust een mail.', 'email', 'mailen'],
  ])('refuses "%s" without that channel', (text, channel, what) => {
    const provider = exampleProvider();
    const channels = provider.channels as Record<string, unknown>;
    delete channels[channel];
    provider.description = { nl: text };
    const [problem] = problemsFrom(checkProvider(provider), 'promised-contact');
    expect(problem).toMatchObject({ field: 'description.nl', line: lineOf(provider, text) });
    expect(problem.message).toContain(`een jongere gaat dan ${what}`);
  });

  it('accepts the same words when the channel is there, and words that only look alike', () => {
    const withAll = { ...exampleProvider(), description: { nl: 'Bel, chat of mail ons.' } };
    expect(problemsFrom(checkProvider(withAll), 'promised-contact')).toEqual([]);
    const lookAlike: Record<string, unknown> = {
      ...exampleProvider(),
      channels: { website: 'https://testdata.example.org' },
      description: { nl: 'Belangrijk: een belpunt en een voicemail zijn geen chatbot-vervanging.' },
    };
    expect(problemsFrom(checkProvider(lookAlike), 'promised-contact')).toEqual([]);
  });
});

describe('hidden-characters', () => {
  it('refuses a right-to-left override that makes "601" read as "106"', () => {
    const provider = { ...exampleProvider(), name: 'Fictieve lijn \u202E601' };
    const [problem] = problemsFrom(checkProvider(provider), 'hidden-characters');
    expect(problem).toMatchObject({ field: 'name', line: lineOf(provider, '"name"') });
    expect(problem.message).toBe(
      'In "name" staat een teken dat de tekst van rechts naar links toont (U+202E) op plaats 15: "Fictieve lijn [U+202E]601". Je ziet het niet, maar de browser volgt het wel.',
    );
  });

  it('refuses a name made only of zero-width spaces, and hidden characters in numbers, links and ids', () => {
    const provider = exampleProvider();
    provider.name = '\u200B\u200B';
    const channels = provider.channels as { phone: Record<string, unknown>[]; website: string };
    channels.phone[0].number = '+32 11 00\u200D 12 34';
    channels.website = 'https://testdata.example.org/\u2066';
    provider.keywords = ['ge\u00ADpest'];
    const fields = problemsFrom(checkProvider(provider), 'hidden-characters').map((p) => p.field);
    expect(fields).toEqual(['name', 'keywords[0]', 'channels.phone[0].number', 'channels.website']);
  });

  it('refuses a text of blank symbols that are not hidden characters (the blank Braille pattern, dashes only)', () => {
    const provider = { ...exampleProvider(), name: '\u2800\u2800\u2800', organisation: '— — —' };
    const problems = problemsFrom(checkProvider(provider), 'hidden-characters');
    expect(problems.map((p) => p.field)).toEqual(['name', 'organisation']);
    expect(problems[1].message).toContain('staan geen letters of cijfers');
  });

  it('refuses control characters, and says to write the text on one line', () => {
    const provider = { ...exampleProvider(), summary: { nl: 'Eerste regel\nTweede regel' } };
    const [problem] = problemsFrom(checkProvider(provider), 'hidden-characters');
    expect(problem.fix).toBe('schrijf de tekst op één regel, zonder tabs.');
  });
});

describe('has-contact', () => {
  it('refuses a provider nobody can reach', () => {
    const provider: Record<string, unknown> = { ...exampleProvider(), channels: {} };
    delete provider.locations;
    const [problem] = problemsFrom(checkProvider(provider), 'has-contact');
    expect(problem.message).toContain('geen enkele manier');
  });
});

describe('staleness', () => {
  it('warns, without failing, when the last verification is more than 12 months old', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        {
          url: 'https://testdata.example.org/bron',
          pageDate: '2025-09',
          confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'],
        },
      ],
      verification: { date: '2025-10-31', role: 'medewerker (testdata)', method: 'phone-call' },
    };
    const result = checkProvider(provider);
    const [problem] = problemsFrom(result, 'staleness');
    expect(problem).toMatchObject({ severity: 'warning', field: 'verification.date' });
    expect(result.errorCount).toBe(0);
    expect(result.staleProviderIds).toEqual(['fictief-voorbeeld']);
  });

  it('counts from the newest source when nobody verified', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        {
          url: 'https://testdata.example.org/a',
          pageDate: '2024-02',
          confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free'],
        },
        { url: 'https://testdata.example.org/b', pageDate: '2025-10' },
      ],
    };
    const [problem] = problemsFrom(checkProvider(provider), 'staleness');
    expect(problem).toMatchObject({ severity: 'warning', field: 'sources[1].pageDate' });
    expect(problem.message).toContain('de nieuwste bron is van 2025-10');
  });

  it('does not warn at 11 months', () => {
    const provider = { ...exampleProvider(), verification: { date: '2025-12-23', role: 'medewerker (testdata)', method: 'phone-call' } };
    expect(problemsFrom(checkProvider(provider), 'staleness')).toEqual([]);
    expect(problemsFrom(checkProvider(exampleProvider()), 'staleness')).toEqual([]);
  });

  it('warns when nobody verified and no source has a date', () => {
    const provider = {
      ...exampleProvider(),
      channels: { website: 'https://testdata.example.org' },
      sources: [{ url: 'https://testdata.example.org/b' }],
    };
    delete (provider as Record<string, unknown>).locations;
    delete (provider as Record<string, unknown>).free;
    expect(problemsFrom(checkProvider(provider), 'staleness')[0].message).toContain('geen enkele bron heeft een datum');
  });
});
