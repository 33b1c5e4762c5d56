/**
 * The call list for staff: every provider that needs a check with the organisation, most urgent first,
 * with the questions to ask and the sourced facts to confirm. Built for a staff member with a phone:
 * one row per call, the questions in the order of the call, the facts to read out beside them.
 *
 * Most urgent first: help a young person in crisis may be sent to (the crisis lane, crisis themes) with a
 * number or hours too old to trust; then any provider with such a number; then the rest, oldest first.
 */
import { crisisLanePosition } from '../../src/crisis/crisis-lane-definition.ts';
import { factAge, factDatesFromSources, newest, type FactAge, type FactDates, type FactKind } from '../../src/catalogue/fact-age.ts';
import { isStale, periodEnd } from '../../src/catalogue/staleness.ts';
import type { Vocabulary } from './checks/check-context.ts';
import { datedFacts, hoursOnlyFixedInCode, publishedFacts } from './checks/fact-checks.ts';
import type { CheckedProvider } from './checked-provider.ts';
import { printable } from './problems.ts';
import type { LocalizedTextData } from './provider-schema.ts';

export interface VerifyRow {
  id: string;
  name: string;
  file: string;
  /** Why this provider is on the list, most serious reason first. */
  reasons: string[];
  /** What to ask, in the order of a call. */
  questions: string[];
  /** What the sources say now, with their dates, to read out and confirm. */
  facts: string[];
  staffNote?: string;
}

/** How urgent a check is: lower comes first. */
const URGENCY = {
  crisisWithOldContact: 0,
  oldContact: 1,
  crisis: 2,
  other: 3,
} as const;

export function verifyList(providers: readonly CheckedProvider[], vocabulary: Vocabulary, today: string): VerifyRow[] {
  const crisisThemes = new Set(vocabulary.themes.filter((theme) => theme.crisis).map((theme) => theme.id));
  const rows = providers.flatMap((provider) => {
    const published = [...publishedFacts(provider).keys()];
    const factDates = factDatesFromSources(published, provider.sources);
    const dated = datedFacts(provider.id, factDates, provider.verification?.date);
    const ages = new Map(published.map((kind) => [kind, factAge(dated, kind, today)] as const));
    const newestSource = provider.sources.reduce<string | undefined>((found, source) => newest(found, source.pageDate), undefined);
    const checkedOn = provider.verification?.date;
    // Hours fixed in code (an always-open crisis line's number) are not the organisation's to confirm.
    const hoursToConfirm = !hoursOnlyFixedInCode(provider, dated);
    const oldFacts = [...ages].filter(([kind, age]) => !age.current && (kind !== 'hours' || hoursToConfirm));
    const stale = checkedOn ? isStale(checkedOn, today) : true;
    if (!stale && oldFacts.length === 0) return [];

    const crisisAdjacent = crisisLanePosition(provider.id) !== undefined || provider.themes.some((theme) => crisisThemes.has(theme));
    const oldContact = oldFacts.some(([kind]) => kind === 'phone' || kind === 'hours');
    const urgency = oldContact
      ? crisisAdjacent
        ? URGENCY.crisisWithOldContact
        : URGENCY.oldContact
      : crisisAdjacent
        ? URGENCY.crisis
        : URGENCY.other;
    const reasons = [
      ...(crisisAdjacent ? ['jongeren in crisis komen hier terecht'] : []),
      ...oldFacts.map(([kind, age]) => `${FACT_LABELS[kind]} ${ageWords(age)}`),
      checkedOn
        ? `laatst nagekeken bij de organisatie op ${checkedOn}`
        : `nooit nagekeken bij de organisatie; nieuwste bron: ${newestSource ?? 'geen datum'}`,
    ];
    const row: VerifyRow = {
      id: provider.id,
      name: provider.name,
      file: `data/providers/${provider.id}.json`,
      reasons,
      questions: questionsFor(provider, published),
      facts: factsFor(provider, factDates),
      staffNote: provider.staffNote,
    };
    // Undated data counts as the oldest: nobody can say how old it is.
    return [{ row, urgency, age: checkedOn ?? newestSource ?? '0000' }];
  });
  rows.sort((a, b) => a.urgency - b.urgency || periodEnd(a.age).localeCompare(periodEnd(b.age)) || a.row.id.localeCompare(b.row.id));
  return rows.map(({ row }) => row);
}

const FACT_LABELS: Record<FactKind, string> = {
  phone: 'nummer',
  hours: 'uren',
  free: '"gratis"',
  anonymous: '"anoniem"',
};

function ageWords(age: FactAge): string {
  return age.date ? `uit ${age.date}` : 'uit een bron zonder datum';
}

/** The questions of one call, in the order they are asked. */
function questionsFor(provider: CheckedProvider, published: FactKind[]): string[] {
  const questions: string[] = [];
  const phones = provider.channels.phone ?? [];
  for (const phone of phones) questions.push(`Klopt ${phone.display} nog?`);
  if (phones.length === 0) questions.push('Op welk nummer kunnen jongeren jullie bellen?');
  questions.push(published.includes('hours') ? 'Kloppen de uren nog?' : 'Wat zijn de uren?');
  if (provider.free === undefined) questions.push('Is het gratis?');
  else questions.push(provider.free ? 'Is het nog gratis?' : 'Wat kost het?');
  questions.push(
    provider.anonymous === undefined ? 'Kan het anoniem?' : provider.anonymous ? 'Kan het nog anoniem?' : 'Moet je je naam zeggen?',
  );
  for (const location of provider.locations ?? []) {
    questions.push(location.street ? `Klopt het adres ${location.street}?` : `Wat is het adres in ${location.municipalityName}?`);
  }
  for (const email of provider.channels.email ?? []) questions.push(`Klopt het e-mailadres ${email.address}?`);
  questions.push(
    provider.channels.website
      ? `Is ${provider.channels.website} nog jullie website?`
      : 'Hebben jullie een website of een chat voor jongeren?',
  );
  return questions;
}

/** The sourced facts to read out, each with the date of its newest source. */
function factsFor(provider: CheckedProvider, dates: FactDates): string[] {
  const from = (kind: FactKind) => {
    const date = dates[kind];
    return date === undefined ? '' : ` (${date === null ? 'bron zonder datum' : `bron ${date}`})`;
  };
  const facts: string[] = [];
  for (const phone of provider.channels.phone ?? []) facts.push(`telefoon ${phone.display}${from('phone')}`);
  const hours = [
    ...(provider.channels.phone ?? []).map((channel) => ({ what: `telefoon ${channel.display}`, ...channel })),
    ...(provider.channels.chat ?? []).map((channel) => ({ what: 'chat', ...channel })),
    ...(provider.channels.video ?? []).map((channel) => ({ what: 'video', ...channel })),
    ...(provider.locations ?? []).map((location) => ({ what: location.name ?? location.municipalityName, ...location })),
  ];
  for (const { what, hours: value, hoursNote } of hours) {
    const text = [value, hoursNote && dutch(hoursNote)].filter(Boolean).join(' — ');
    if (text) facts.push(`uren ${what}: ${text}${from('hours')}`);
  }
  if (provider.free !== undefined) facts.push(`${provider.free ? 'gratis' : 'betalend'}${from('free')}`);
  for (const phone of provider.channels.phone ?? []) {
    if (phone.free !== undefined) facts.push(`bellen naar ${phone.display} ${phone.free ? 'gratis' : 'betalend'}${from('free')}`);
  }
  if (provider.anonymous !== undefined) facts.push(`${provider.anonymous ? 'anoniem' : 'niet anoniem'}${from('anonymous')}`);
  for (const location of provider.locations ?? []) {
    facts.push(
      `adres: ${[location.name, location.street, [location.postcode, location.municipalityName].filter(Boolean).join(' ')].filter(Boolean).join(', ')}`,
    );
  }
  return facts;
}

function dutch(text: LocalizedTextData): string {
  return text.nl;
}

/**
 * A CSV cell: quoted, inner quotes doubled, so a ';' or a line in a text never splits a row. A text that
 * starts like a formula (=, +, -, @) gets a leading apostrophe, so Excel shows it instead of running it.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const CSV_HEADERS = [
  'volgorde',
  'id',
  'naam',
  'waarom',
  'vragen',
  'gegevens nu',
  'interne notitie',
  'bestand',
  'nagekeken op',
  'door (functie)',
  'manier',
];

/**
 * The list as a spreadsheet: UTF-8 with a byte-order mark and ';' between cells, as Excel in Belgium
 * opens it with accents intact. The last three columns are left empty for the caller to fill in.
 */
export function verifyListCsv(rows: readonly VerifyRow[]): string {
  const lines = [
    CSV_HEADERS,
    ...rows.map((row, index) => [
      String(index + 1),
      row.id,
      row.name,
      row.reasons.join('; '),
      row.questions.join(' '),
      row.facts.join('; '),
      row.staffNote ?? '',
      row.file,
      '',
      '',
      '',
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** The list as printed in a terminal: one block per provider, numbered. */
export function verifyListText(rows: readonly VerifyRow[]): string {
  return rows
    .map((row, index) =>
      [
        `${index + 1}. ${row.name} (${row.file})`,
        `   Waarom: ${row.reasons.join('; ')}`,
        `   Vraag: ${row.questions.join(' ')}`,
        `   Nu bij ons: ${row.facts.join('; ') || '(niets)'}`,
        ...(row.staffNote ? [`   Notitie: ${row.staffNote}`] : []),
      ]
        .map(printable)
        .join('\n'),
    )
    .join('\n\n');
}
