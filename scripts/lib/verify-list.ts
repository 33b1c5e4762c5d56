/**
 * The call list for staff: every provider that needs a check with the organisation, most urgent first,
 * with the questions to ask and the sourced facts to confirm. Built for a staff member with a phone:
 * one row per call, the questions in the order of the call, the facts to read out beside them.
 *
 * Most urgent first: help a young person in crisis may be sent to (the crisis lane, crisis themes) with a
 * number or hours too old to trust; then any provider with such a number; then the rest, oldest first.
 */
import { crisisLanePosition } from '../../src/crisis/crisis-lane-definition.ts';
import { currentUntil, factAge, isHoursKind, newest, type FactAge, type FactDates, type FactKind } from '../../src/catalogue/fact-age.ts';
import { isStale, periodStart } from '../../src/catalogue/staleness.ts';
import type { Vocabulary } from './checks/check-context.ts';
import { AGEING_WARNING_DAYS, daysAfter, factFixedInCode, providerDates, publishedFacts } from './checks/fact-checks.ts';
import type { CheckedProvider } from './checked-provider.ts';
import { writeCsv } from './csv-file.ts';
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
  const soon = daysAfter(today, AGEING_WARNING_DAYS);
  const rows = providers.flatMap((provider) => {
    const dated = providerDates(provider);
    const factDates = dated.factDates ?? {};
    // Facts fixed in code (the crisis lane's numbers, an always-open line's hours) are not the organisation's to confirm.
    const published = [...publishedFacts(provider).keys()].filter((kind) => !factFixedInCode(provider, dated, kind));
    const ages = new Map(published.map((kind) => [kind, factAge(dated, kind, today)] as const));
    const newestSource = provider.sources.reduce<string | undefined>((found, source) => newest(found, source.pageDate), undefined);
    const checkedOn = provider.verification?.date;
    const oldFacts = [...ages].filter(([, age]) => !age.current);
    // Facts that turn old within the warning period count as old: the call must come before that day.
    const soonOld = published.filter((kind) => ages.get(kind)?.current && !factAge(dated, kind, soon).current);
    const stale = checkedOn ? isStale(checkedOn, today) : true;
    if (!stale && oldFacts.length === 0 && soonOld.length === 0) return [];

    const crisisAdjacent = crisisLanePosition(provider.id) !== undefined || provider.themes.some((theme) => crisisThemes.has(theme));
    const contactKinds = (kind: FactKind) => kind === 'phone' || isHoursKind(kind);
    const oldContact = oldFacts.some(([kind]) => contactKinds(kind)) || soonOld.some(contactKinds);
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
      ...soonOld.map((kind) => `${FACT_LABELS[kind]} te oud vanaf ${currentUntil(ages.get(kind)!.date!)}`),
      checkedOn
        ? `laatst nagekeken bij de organisatie op ${checkedOn}`
        : `nooit nagekeken bij de organisatie; nieuwste bron: ${newestSource ?? 'geen datum'}`,
    ];
    const row: VerifyRow = {
      id: provider.id,
      name: provider.name,
      file: `data/providers/${provider.id}.json`,
      reasons,
      questions: questionsFor(provider, published, factFixedInCode(provider, dated, 'phone-hours')),
      facts: factsFor(provider, factDates),
      staffNote: provider.staffNote,
    };
    // Ordered by the oldest fact that needs the call; undated counts as oldest: nobody can say how old it is.
    const oldest = oldFacts.length
      ? oldFacts.map(([, age]) => (age.date ? periodStart(age.date) : '0000')).sort()[0]
      : periodStart(checkedOn ?? newestSource ?? '0000');
    return [{ row, urgency, age: oldest }];
  });
  rows.sort((a, b) => a.urgency - b.urgency || a.age.localeCompare(b.age) || a.row.id.localeCompare(b.row.id));
  return rows.map(({ row }) => row);
}

const FACT_LABELS: Record<FactKind, string> = {
  phone: 'nummer',
  'phone-hours': 'uren van de telefoon',
  'chat-hours': 'uren van de chat',
  'video-hours': 'uren van videogesprekken',
  'place-hours': 'openingsuren',
  free: '"gratis"',
  anonymous: '"anoniem"',
};

function ageWords(age: FactAge): string {
  return age.date ? `uit ${age.date}` : 'uit een bron zonder datum';
}

/** The questions of one call, in the order they are asked; `published` leaves out facts fixed in code. */
function questionsFor(provider: CheckedProvider, published: FactKind[], hoursFixed: boolean): string[] {
  const questions: string[] = [];
  const phones = provider.channels.phone ?? [];
  const emergency = phones.filter((phone) => EMERGENCY_NUMBERS.has(phone.display));
  if (emergency.length > 0) {
    questions.push(
      `Bel ${emergency.map((phone) => phone.display).join(' of ')} niet om dit na te kijken: lees hun eigen website, of vraag het aan de hulpdiensten op een gewoon nummer.`,
    );
  }
  if (published.includes('phone'))
    for (const phone of phones) if (!EMERGENCY_NUMBERS.has(phone.display)) questions.push(`Klopt ${phone.display} nog?`);
  if (phones.length === 0) questions.push('Op welk nummer kunnen jongeren jullie bellen?');
  const hours = published.filter(isHoursKind);
  if (hours.length > 0) questions.push('Kloppen de uren nog?');
  else if (!hoursFixed) questions.push('Wat zijn de uren?');
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

/** Numbers nobody should ring to check a list: an emergency line is kept free for emergencies. */
const EMERGENCY_NUMBERS = new Set(['112', '101', '100']);

/** The sourced facts to read out, each with the date of its newest source. */
function factsFor(provider: CheckedProvider, dates: FactDates): string[] {
  const from = (kind: FactKind) => {
    const date = dates[kind];
    return date === undefined ? '' : ` (${date === null ? 'bron zonder datum' : `bron ${date}`})`;
  };
  const facts: string[] = [];
  for (const phone of provider.channels.phone ?? []) facts.push(`telefoon ${phone.display}${from('phone')}`);
  const hours = [
    ...(provider.channels.phone ?? []).map((channel) => ({
      what: `telefoon ${channel.display}`,
      kind: 'phone-hours' as const,
      ...channel,
    })),
    ...(provider.channels.chat ?? []).map((channel) => ({ what: 'chat', kind: 'chat-hours' as const, ...channel })),
    ...(provider.channels.video ?? []).map((channel) => ({ what: 'video', kind: 'video-hours' as const, ...channel })),
    ...(provider.locations ?? []).map((location) => ({
      what: location.name ?? location.municipalityName,
      kind: 'place-hours' as const,
      ...location,
    })),
  ];
  for (const { what, kind, hours: value, hoursNote } of hours) {
    const text = [value, hoursNote && dutch(hoursNote)].filter(Boolean).join(' — ');
    if (text) facts.push(`uren ${what}: ${text}${from(kind)}`);
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
 * The list as a spreadsheet that Excel in Belgium opens with accents intact (./csv-file.ts). The last three columns are left empty for the caller to fill in.
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
  return writeCsv(lines);
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
