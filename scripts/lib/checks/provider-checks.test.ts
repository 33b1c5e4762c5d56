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
  it('names an unknown field and suggests the field that was meant', () => {
    const provider = { ...exampleProvider(), Name: 'x' };
    const [problem] = problemsFrom(checkProvider(provider), 'schema');
    expect(problem).toMatchObject({ field: 'Name', line: lineOf(provider, '"Name"'), file: expect.stringMatching(/providers\/fictief-voorbeeld\.json$/) });
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
    (provider.locations as Record<string, unknown>[])[0] = { municipality: 'Genk', outsideRegion: true, postcode: '3600', coordinates: { lat: 50.965, lon: 5.5 } };
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

  it('warns about a mobile number, which may be a staff member\'s own', () => {
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

  it('explains the library\'s English hints in Dutch, with a fix that works', () => {
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
    const provider = { ...exampleProvider(), lastChecked: { date: '2025-10', by: 'Testdata' } };
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

describe('summary-length', () => {
  it('refuses a summary longer than one line on a phone', () => {
    const provider = { ...exampleProvider(), summary: { nl: 'Heel lang. '.repeat(20).trim() } };
    const [problem] = problemsFrom(checkProvider(provider), 'summary-length');
    expect(problem).toMatchObject({ field: 'summary.nl', message: 'De korte zin in "summary.nl" heeft 219 tekens; er passen er 160.' });
  });
});
