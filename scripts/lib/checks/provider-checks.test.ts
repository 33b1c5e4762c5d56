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
    const withoutLastChecked: Record<string, unknown> = { ...exampleProvider() };
    delete withoutLastChecked.lastChecked;
    const withoutBy = { ...exampleProvider(), lastChecked: { date: '2026-10-01' } };
    expect(problemsFrom(checkProvider(withoutLastChecked), 'schema').map((p) => p.fix)).toEqual([
      'voeg het toe, zo: "lastChecked": { "date": "2026-01-15", "by": "Naam, gebeld met de organisatie" }',
    ]);
    expect(problemsFrom(checkProvider(withoutBy), 'schema').map((p) => p.fix)).toEqual([
      'voeg het toe, zo: "by": "Naam, gebeld met de organisatie"',
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
    const provider = { ...exampleProvider(), lastChecked: { date: '2026-02-30', by: 'Testdata' } };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem).toMatchObject({ field: 'lastChecked.date', message: 'De datum "2026-02-30" bestaat niet.' });
  });

  it('refuses a date in the future', () => {
    const provider = { ...exampleProvider(), sources: [{ url: 'https://testdata.example.org/bron', pageDate: '2027-01' }] };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem.message).toBe('De datum "2027-01" ligt in de toekomst.');
  });
});

describe('dates: checked after the source', () => {
  it('refuses a last check before the date a source showed', () => {
    const provider = {
      ...exampleProvider(),
      sources: [
        { url: 'https://testdata.example.org/a', pageDate: '2025-03' },
        { url: 'https://testdata.example.org/b', pageDate: '2026-05-02' },
      ],
      lastChecked: { date: '2026-04', by: 'Testdata' },
    };
    const [problem] = problemsFrom(checkProvider(provider), 'dates');
    expect(problem).toMatchObject({ field: 'lastChecked.date', line: lineOf(provider, '"date": "2026-04"') });
    expect(problem.message).toBe(
      '"lastChecked.date" is 2026-04, maar bron 2 toont 2026-05-02. De gegevens kunnen niet nagekeken zijn vóór de bron er was.',
    );
  });

  it('accepts a check in the same month as a source dated by month only', () => {
    const provider = {
      ...exampleProvider(),
      sources: [{ url: 'https://testdata.example.org/a', pageDate: '2026-05-20' }],
      lastChecked: { date: '2026-05', by: 'Testdata' },
    };
    expect(problemsFrom(checkProvider(provider), 'dates')).toEqual([]);
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
  it('warns, without failing, when the last check is more than 12 months old', () => {
    const provider = {
      ...exampleProvider(),
      sources: [{ url: 'https://testdata.example.org/bron', pageDate: '2025-09' }],
      lastChecked: { date: '2025-10', by: 'Testdata' },
    };
    const result = checkProvider(provider);
    const [problem] = problemsFrom(result, 'staleness');
    expect(problem.severity).toBe('warning');
    expect(result.errorCount).toBe(0);
    expect(result.staleProviderIds).toEqual(['fictief-voorbeeld']);
  });

  it('does not warn at 11 months', () => {
    const provider = { ...exampleProvider(), lastChecked: { date: '2025-12-23', by: 'Testdata' } };
    expect(problemsFrom(checkProvider(provider), 'staleness')).toEqual([]);
  });

  it('warns when nobody knows when the data was checked', () => {
    const provider = { ...exampleProvider(), lastChecked: { by: 'Testdata' } };
    expect(problemsFrom(checkProvider(provider), 'staleness')[0].message).toContain('Niemand weet');
  });
});

describe('has-contact with only a municipality', () => {
  it('does not count a municipality alone as a place someone can go to', () => {
    const provider: Record<string, unknown> = { ...exampleProvider(), channels: {}, locations: [{ municipality: 'hasselt' }] };
    const [problem] = problemsFrom(checkProvider(provider), 'has-contact');
    expect(problem.message).toContain('geen enkele manier');
  });
});

describe('age-range', () => {
  it('refuses an age range that ends before it starts', () => {
    const provider = { ...exampleProvider(), age: { min: 25, max: 12 } };
    const [problem] = problemsFrom(checkProvider(provider), 'age-range');
    expect(problem.fix).toBe('draai ze om: "age": { "min": 12, "max": 25 }');
  });
});

describe('text lengths (schema)', () => {
  it('refuses a summary longer than one line on a phone', () => {
    const provider = { ...exampleProvider(), summary: { nl: 'Heel lang. '.repeat(20).trim() } };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({ field: 'summary.nl', message: '"summary.nl" heeft 219 tekens; er passen er 160.' });
    expect(problem.fix).toContain('één zin over wat ze voor jou doen');
  });

  it('refuses a name that would break the layout, and a huge description', () => {
    const provider = { ...exampleProvider(), name: 'Fictief'.repeat(300), description: { nl: 'x'.repeat(1_000_000) } };
    const problems = problemsFrom(checkProvider(provider), 'schema');
    expect(problems.map((p) => p.message)).toEqual([
      '"name" heeft 2100 tekens; er passen er 80.',
      '"description.nl" heeft 1000000 tekens; er passen er 1500.',
    ]);
    expect(problems.map((p) => p.line)).toEqual([lineOf(provider, '"name"'), lineOf(provider, '"nl": "xxx')]);
  });

  it('refuses a list longer than the page can show', () => {
    const provider = { ...exampleProvider(), keywords: Array.from({ length: 41 }, (_, i) => `woord${i}`) };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem.message).toBe('De lijst "keywords" heeft 41 items; er passen er 40.');
  });
});
