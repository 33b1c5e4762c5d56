/**
 * Checks that each fact a young person acts on (a number, opening hours, "free", "anonymous") is
 * confirmed by a named source or a verification, that nothing old is shown as current (structured hours,
 * promises in texts), and that no text promises a way of contact the file does not give. The age rule
 * itself is src/catalogue/fact-age.ts.
 */
import {
  FACT_CURRENT_FOR_YEARS,
  FACT_KINDS,
  HOURS_KINDS,
  factAge,
  factDatesFromSources,
  hoursFixedInCode,
  type DatedFacts,
  type FactKind,
  type HoursKind,
} from '../../../src/catalogue/fact-age.ts';
import { crisisLaneAlwaysOpen, crisisLanePosition } from '../../../src/crisis/crisis-lane-definition.ts';
import type { JsonPath } from '../json-source.ts';
import { asArray, asObject, asString, objectsIn, type JsonObject } from '../loose-json.ts';
import type { Check } from './check-context.ts';
import { hoursFields } from './hours-check.ts';

/** How each fact is named in a message: "Geen enkele bron zegt <dit telefoonnummer>." */
const FACT_NAMES: Record<FactKind, string> = {
  phone: 'dit telefoonnummer',
  'phone-hours': 'deze uren van de telefoon',
  'chat-hours': 'deze uren van de chat',
  'video-hours': 'deze uren van het videogesprek',
  'place-hours': 'deze openingsuren van de plek',
  free: 'of het gratis is',
  anonymous: 'of het anoniem kan',
};

const HOURS_KIND_OF: Record<'phone' | 'chat' | 'video', HoursKind> = { phone: 'phone-hours', chat: 'chat-hours', video: 'video-hours' };

/**
 * Every field that publishes a fact a young person acts on, by kind. Works on a file as read (before or
 * after the schema check) and on checked data alike.
 */
export function publishedFacts(data: object): Map<FactKind, JsonPath[]> {
  const provider = data as JsonObject;
  const found = new Map<FactKind, JsonPath[]>();
  const add = (kind: FactKind, path: JsonPath) => found.set(kind, [...(found.get(kind) ?? []), path]);
  const channels = asObject(provider.channels);
  for (const [phone, index] of objectsIn(channels?.phone)) {
    if (phone.number !== undefined) add('phone', ['channels', 'phone', index, 'number']);
    if (phone.free !== undefined) add('free', ['channels', 'phone', index, 'free']);
  }
  for (const way of ['phone', 'chat', 'video'] as const) {
    for (const [channel, index] of objectsIn(channels?.[way])) {
      if (channel.hours !== undefined) add(HOURS_KIND_OF[way], ['channels', way, index, 'hours']);
      if (channel.hoursNote !== undefined) add(HOURS_KIND_OF[way], ['channels', way, index, 'hoursNote']);
    }
  }
  for (const [location, index] of objectsIn(provider.locations)) {
    if (location.hours !== undefined) add('place-hours', ['locations', index, 'hours']);
    if (location.hoursNote !== undefined) add('place-hours', ['locations', index, 'hoursNote']);
  }
  if (provider.free !== undefined) add('free', ['free']);
  if (provider.anonymous !== undefined) add('anonymous', ['anonymous']);
  return found;
}

/**
 * How many fields publish each fact (factDatesFromSources dates several numbers or places by their oldest
 * source). A way's hours and its note are one fact; so are "free" on the provider and on its number.
 */
function fieldCounts(published: Map<FactKind, JsonPath[]>): Map<FactKind, number> {
  return new Map([...published].map(([kind, paths]) => [kind, new Set(paths.map((path) => path.slice(0, -1).join('.'))).size]));
}

/** The sources as far as they can be read: page date and the facts they confirm. */
function readableSources(provider: JsonObject): { pageDate?: string; confirms: FactKind[] }[] {
  return objectsIn(provider.sources).map(([source]) => ({
    pageDate: asString(source.pageDate),
    confirms: asArray(source.confirms).filter((kind): kind is FactKind => FACT_KINDS.includes(kind as FactKind)),
  }));
}

/**
 * A provider's facts with their dates, and whether the crisis lane fixes some of them in code: what
 * factAge needs. `alsoClaimed` adds facts a text claims without a field ("gratis" in the summary).
 * Works on a file as read and on checked data alike.
 */
export function providerDates(data: object, alsoClaimed: readonly FactKind[] = []): DatedFacts {
  const provider = data as JsonObject;
  const counts = fieldCounts(publishedFacts(provider));
  for (const kind of alsoClaimed) if (!counts.has(kind)) counts.set(kind, 1);
  const id = asString(provider.id) ?? '';
  const verifiedOn = asString(asObject(provider.verification)?.date);
  return {
    factDates: factDatesFromSources(counts, readableSources(provider)),
    verification: verifiedOn === undefined ? undefined : { date: verifiedOn },
    crisisLane: crisisLanePosition(id),
    crisisLaneAlwaysOpen: crisisLaneAlwaysOpen(id),
  };
}

export const factSourcesCheck: Check = {
  name: 'fact-sources',
  run({ provider }, report) {
    const sources = readableSources(provider);
    // A check with the organisation confirms what is on the page, whether or not a web page says it too.
    const verified = asObject(provider.verification) !== undefined;
    for (const [kind, [path]] of publishedFacts(provider)) {
      if (verified || sources.some((source) => source.confirms.includes(kind))) continue;
      report(
        path,
        `Geen enkele bron zegt ${FACT_NAMES[kind]}. Een jongere moet erop kunnen rekenen dat elk gegeven ergens vandaan komt.`,
        `zet "${kind}" in "confirms" van de bron waar het staat, bv. "confirms": ["${kind}"]. Heb je het bij de organisatie nagevraagd, noteer dan "verification". Anders: haal het weg.`,
      );
    }
    for (const [source, index] of objectsIn(provider.sources)) {
      const confirms = asArray(source.confirms);
      const twice = confirms.find((kind, at) => confirms.indexOf(kind) !== at);
      if (twice !== undefined) {
        report(['sources', index, 'confirms'], `"${String(twice)}" staat twee keer in "confirms".`, 'schrijf elk gegeven één keer.');
      }
    }
  },
};

interface AgeProblem {
  path: JsonPath;
  message: string;
  fix: string;
}

/**
 * Promises a text can make, and the fact that must back them, in the three languages of the texts. A
 * summary that says "gratis" from a 2013 page tells a young person today that it is free.
 */
const CLAIMS: { facts: readonly FactKind[]; words: RegExp }[] = [
  { facts: ['free'], words: /(?<!\p{L})(gratis|kosteloos|free of charge|for free|free|gratuit|gratuite|gratuitement)(?!\p{L})/iu },
  {
    facts: ['anonymous'],
    words:
      /(?<!\p{L})(anoniem|anonieme|anonymous|anonymously|anonyme|anonymement|schuilnaam|nickname|pseudo|pseudonyme|zonder (je )?naam|je naam niet|niet (te )?zeggen wie je bent|without (giving )?your name|sans (dire |donner )?ton nom)(?!\p{L})/iu,
  },
  {
    facts: HOURS_KINDS,
    words: /(24\s*\/\s*7|24\s*u(ur)?\s*op\s*24|dag en nacht|day and night|round the clock|24 hours a day|jour et nuit|24\s*h\s*\/\s*24)/iu,
  },
];

/** A year in a text ("In 2019: …") tells the reader how old the promise is. */
const NAMES_A_YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/;

const CLAIM_TEXT_FIELDS = ['summary', 'description', 'firstContact', 'costNote'] as const;

/**
 * What the data may not show as current on `today`: structured hours whose sources are old (they drive
 * "open now"), and texts that promise "gratis", "anoniem" or "dag en nacht" while the fact behind it is
 * old, undated or missing. Used as it is (refused) and 90 days ahead (warned).
 */
function ageProblems(provider: JsonObject, today: string): AgeProblem[] {
  const problems: AgeProblem[] = [];
  const claimed = CLAIMS.flatMap((claim) => claim.facts);
  const dated = providerDates(provider, claimed);
  const published = publishedFacts(provider);
  const sources = readableSources(provider);

  for (const [path] of hoursFields(provider)) {
    const way = path[0] === 'locations' ? 'place-hours' : HOURS_KIND_OF[path[1] as 'phone' | 'chat' | 'video'];
    if (hoursFixedInCode(dated, path[1] === 'phone' ? (path[2] as number) : undefined)) continue;
    const age = factAge(dated, way, today);
    if (age.current) continue;
    const year = age.date?.slice(0, 4);
    problems.push({
      path,
      message: `Deze openingsuren komen ${age.date ? `uit een bron van ${age.date}` : 'uit een bron zonder datum'}, en niemand heeft ze nagekeken bij de organisatie. Uren ouder dan ${FACT_CURRENT_FOR_YEARS} jaar toont de site niet als "nu open".`,
      fix: `bel de organisatie en noteer dat in "verification", of haal "hours" weg en schrijf de uren als tekst in "hoursNote", met hun ouderdom erbij: { "nl": "${year ? `In ${year}` : 'Volgens een bron zonder datum'}: <de uren zoals de bron ze noemt>" }.`,
    });
  }

  for (const field of CLAIM_TEXT_FIELDS) {
    for (const [language, value] of Object.entries(asObject(provider[field]) ?? {})) {
      const text = asString(value);
      if (text === undefined || NAMES_A_YEAR.test(text)) continue;
      for (const claim of CLAIMS) {
        const word = text.match(claim.words)?.[0];
        if (word === undefined) continue;
        const fixed = claim.facts === HOURS_KINDS && hoursFixedInCode(dated, 0) && published.has('phone-hours');
        const ages = claim.facts.filter((kind) => kind in (dated.factDates ?? {})).map((kind) => factAge(dated, kind, today));
        if (fixed || ages.some((age) => age.current)) continue;
        const dates = ages.flatMap((age) => (age.date ? [age.date] : []));
        const sourced = sources.some((source) => source.confirms.some((kind) => claim.facts.includes(kind)));
        const why = dates.length
          ? `dat komt uit een bron van ${dates.sort().at(-1)}, ouder dan ${FACT_CURRENT_FOR_YEARS} jaar, en niemand heeft het nagekeken bij de organisatie`
          : sourced
            ? 'dat komt alleen uit een bron zonder datum, en niemand heeft het nagekeken bij de organisatie'
            : 'geen enkele bron zegt dat (zet het in "confirms" van de bron die het zegt)';
        problems.push({
          path: [field, language],
          message: `De tekst belooft "${word}", maar ${why}. Een jongere leest het als iets wat nu klopt.`,
          fix: `haal "${word}" uit de tekst (de site toont het bij de kenmerken, met het jaar van de bron)${dates.length ? `, of zet het jaar erbij, bv. "In ${dates.sort().at(-1)!.slice(0, 4)}: … ${word} …"` : ''}, of bel de organisatie en noteer dat in "verification".`,
        });
      }
    }
  }
  return problems;
}

export const factAgeCheck: Check = {
  name: 'fact-age',
  run({ provider, today }, report) {
    for (const problem of ageProblems(provider, today)) report(problem.path, problem.message, problem.fix);
  },
};

/**
 * Whether a fact is fixed in code rather than by the data: the crisis lane's numbers, and the hours of an
 * always-open lane line when its first number is the only one with hours and there is no note on them.
 */
export function factFixedInCode(data: object, dated: DatedFacts, kind: FactKind): boolean {
  if (kind === 'phone') return dated.crisisLane !== undefined;
  if (kind !== 'phone-hours') return false;
  const paths = publishedFacts(data).get('phone-hours') ?? [];
  return paths.length > 0 && paths.every((path) => path[2] === 0 && path[3] === 'hours' && hoursFixedInCode(dated, 0));
}

/** How long ahead staff are warned that a fact will become too old to show as current. */
export const AGEING_WARNING_DAYS = 90;

/**
 * Warns about what fact-age will refuse within AGEING_WARNING_DAYS: on that day nothing is published
 * until someone acts, so staff hear it first, with the day it happens.
 */
export const factAgeingCheck: Check = {
  name: 'fact-ageing',
  marksForRecheck: true,
  run({ provider, today }, report) {
    const now = new Set(ageProblems(provider, today).map((problem) => problem.path.join('.')));
    const later = daysAfter(today, AGEING_WARNING_DAYS);
    for (const problem of ageProblems(provider, later)) {
      if (now.has(problem.path.join('.'))) continue;
      report(problem.path, `Binnenkort (vóór ${later}) weigert de controle dit: ${problem.message}`, `doe het nu: ${problem.fix}`, {
        severity: 'warning',
      });
    }
  },
};

/** The day `days` days after a YYYY-MM-DD day. */
export function daysAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Words that invite a young person to call, chat or mail, in the three languages of the texts. A card
 * that says "bel of chat" without a number or a link sends a young person off to search for one.
 */
const PROMISES: { channel: 'phone' | 'chat' | 'email'; words: RegExp; what: string; fix: string }[] = [
  {
    channel: 'phone',
    words: /(?<![\p{L}'’])(bel|bellen|belt|telefoneer|telefoneren|call|phone us|appeler|appelle-nous|téléphoner)(?!\p{L})/iu,
    what: 'bellen',
    fix: 'zet het nummer uit een bron in "channels.phone", of haal "bellen" uit de tekst.',
  },
  {
    channel: 'chat',
    words: /(?<!\p{L})(chat|chatten|chat je|chatbox|tchat|tchatter|chatter)(?!\p{L})/iu,
    what: 'chatten',
    fix: 'zet de chat-link uit een bron in "channels.chat", of haal "chatten" uit de tekst.',
  },
  {
    channel: 'email',
    words: /(?<!\p{L})(mail|mailen|mailt|e-mail|e-mailen|email|courriel)(?!\p{L})/iu,
    what: 'mailen',
    fix: 'zet het e-mailadres uit een bron in "channels.email", of haal "mailen" uit de tekst.',
  },
];

export const promisedContactCheck: Check = {
  name: 'promised-contact',
  run({ provider }, report) {
    const channels = asObject(provider.channels);
    for (const field of ['summary', 'description', 'firstContact'] as const) {
      for (const [language, value] of Object.entries(asObject(provider[field]) ?? {})) {
        const text = asString(value);
        if (text === undefined) continue;
        for (const promise of PROMISES) {
          if (asArray(channels?.[promise.channel]).length > 0) continue;
          const word = text.match(promise.words)?.[0];
          if (word === undefined) continue;
          report(
            [field, language],
            `De tekst zegt "${word}": een jongere gaat dan ${promise.what}, maar er staat geen ${promise.channel === 'phone' ? 'nummer' : promise.channel === 'chat' ? 'chat-link' : 'e-mailadres'} bij.`,
            promise.fix,
          );
        }
      }
    }
  },
};
