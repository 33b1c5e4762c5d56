/**
 * Fictional catalogues of any size, for tests and benchmarks. Seeded, so the same seed gives the same
 * files. Everything is visibly made up: names say "Fictief" and "testdata", web and e-mail addresses use
 * example.org (reserved for examples), and phone numbers sit in one made-up block.
 * Never written into data/ or public/ (the CLI refuses those folders).
 */
import { CRISIS_LANE, CRISIS_THEMES } from '../../src/crisis/crisis-lane-definition.ts';
import { SCHEMA_REF, type ProviderData } from './provider-schema.ts';
import type { Vocabulary } from './checks/check-context.ts';

/** Small, fast, seedable random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Jongerenpunt', 'Praatlijn', 'Luisterhuis', 'Chatdienst', 'Steunpunt', 'Inloophuis', 'Praktijk', 'Ontmoetingsplek'];
const HOURS = [
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Fr 09:00-12:00,13:00-17:00; PH off',
  'Mo,Tu,Th 17:00-21:00; We 14:00-21:00',
  '24/7',
  'Tu 15:00-19:00',
  'We 13:00-18:00; Sa 10:00-12:00; PH off',
  'Mo-Su 17:00-24:00',
  'Fr 19:00-24:00; Sa,Su 00:00-24:00; Mo 00:00-08:00',
];
const SUMMARIES = [
  'Fictieve testdienst: je kunt hier praten over {theme}.',
  'Testdata: verzonnen hulp bij {theme}, alleen voor tests.',
  "Niet echt: deze dienst bestaat niet en helpt bij {theme} in testscenario's.",
];

export interface FixtureOptions {
  count: number;
  seed?: number;
}

/** Makes `count` fictional providers that pass every check against `vocabulary`. */
export function generateProviders({ count, seed = 1 }: FixtureOptions, vocabulary: Vocabulary): ProviderData[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const themeIds = vocabulary.themes.map((t) => t.id);
  const width = String(count).length;
  const providers: ProviderData[] = [];

  for (let i = 1; i <= count; i++) {
    const number = String(i).padStart(Math.max(width, 4), '0');
    const id = `fictief-${number}`;
    const themes = [...new Set([pick(themeIds), pick(themeIds), pick(themeIds)].slice(0, 1 + Math.floor(random() * 3)))];
    const theme = vocabulary.themes.find((t) => t.id === themes[0])!;
    const local = chance(0.8);
    const municipality = pick(vocabulary.municipalities);
    const postcode = pick(municipality.postcodes);
    // Checked on or after the day the source was seen, as the check requires.
    const [seen, checked] = [fixedPastDate(random), fixedPastDate(random)].sort();
    const provider: ProviderData = {
      $schema: SCHEMA_REF,
      id,
      name: `Fictief ${pick(KINDS)} ${number} (testdata)`,
      organisation: 'Fictieve Organisatie (testdata)',
      summary: {
        nl: pick(SUMMARIES).replace('{theme}', theme.label.nl.toLowerCase()),
        en: `Made-up test service about ${theme.label.en.toLowerCase()}.`,
      },
      themes,
      keywords: [pick(theme.youthWords), pick(theme.youthWords)].filter((word, index, all) => all.indexOf(word) === index),
      free: chance(0.7),
      anonymous: chance(0.5),
      referralNeeded: chance(0.2),
      withoutParents: chance(0.6),
      age: chance(0.6) ? { min: 12, max: pick([18, 21, 25]) } : undefined,
      area: local ? 'municipalities' : pick(['flanders', 'limburg', 'elz-herkenrode'] as const),
      areaMunicipalities: local ? [municipality.id] : undefined,
      channels: {
        phone: [
          {
            number: `+32 11 00 ${String(Math.floor(random() * 100)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
            hours: pick(HOURS),
          },
        ],
        chat: chance(0.4) ? [{ url: `https://testdata.example.org/${id}/chat`, hours: pick(HOURS) }] : undefined,
        email: chance(0.6) ? [{ address: `${id}@example.org` }] : undefined,
        website: `https://testdata.example.org/${id}`,
      },
      locations: local
        ? [
            {
              street: `Fictieve Straat ${1 + Math.floor(random() * 200)}`,
              postcode: postcode.code,
              municipality: municipality.id,
              coordinates: {
                lat: round(municipality.centre.lat + (random() - 0.5) * 0.04),
                lon: round(municipality.centre.lon + (random() - 0.5) * 0.06),
              },
              walkIn: chance(0.5),
              hours: pick(HOURS),
            },
          ]
        : undefined,
      sources: [
        {
          url: `https://testdata.example.org/${id}/bron`,
          pageDate: seen,
          confirms: ['phone', 'phone-hours', 'chat-hours', 'place-hours', 'free', 'anonymous'],
        },
      ],
      verification: { date: checked, role: 'generator van testdata', method: 'phone-call' },
    };
    providers.push(removeUndefined(provider));
  }
  return providers;
}

/**
 * The crisis lane's four lines, with fictional texts. Their ids and numbers cannot be made up: they are
 * fixed in code (src/crisis/crisis-lane-definition.ts), and every catalogue must hold exactly them.
 */
export function crisisLaneFixtures(): ProviderData[] {
  return CRISIS_LANE.map((line) => ({
    $schema: SCHEMA_REF,
    id: line.providerId,
    name: `Fictieve noodlijn ${line.number} (testdata)`,
    summary: { nl: `Testdata: verzonnen tekst bij ${line.number}, een nummer uit de rij noodnummers.` },
    themes: [CRISIS_THEMES[0].themeId],
    area: 'flanders',
    channels: { phone: [{ number: line.number, hours: '24/7' }] },
    sources: [{ url: `https://testdata.example.org/noodlijn-${line.number}`, pageDate: '2026-01-01', confirms: ['phone', 'phone-hours'] }],
    verification: { date: '2026-01-01', role: 'generator van testdata', method: 'phone-call' },
  }));
}

/** A date between 2024-06-01 and 2026-06-01: fixed in the past, so runs on any later day agree. */
function fixedPastDate(random: () => number): string {
  const start = Date.UTC(2024, 5, 1);
  const end = Date.UTC(2026, 5, 1);
  return new Date(start + Math.floor(random() * ((end - start) / 86400000)) * 86400000).toISOString().slice(0, 10);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function removeUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
