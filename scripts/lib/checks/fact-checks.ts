/**
 * Checks that each fact a young person acts on (a number, opening hours, "free", "anonymous") is
 * confirmed by a named source, that opening hours shown as live are recent or verified, and that no text
 * promises a way of contact the file does not give. The age rule itself is src/catalogue/fact-age.ts.
 */
import {
  FACT_CURRENT_FOR_YEARS,
  FACT_KINDS,
  currentUntil,
  factAge,
  factDatesFromSources,
  hoursFixedInCode,
  type DatedFacts,
  type FactDates,
  type FactKind,
} from '../../../src/catalogue/fact-age.ts';
import { crisisLaneAlwaysOpen, crisisLanePosition } from '../../../src/crisis/crisis-lane-definition.ts';
import type { JsonPath } from '../json-source.ts';
import { asArray, asObject, asString, objectsIn, type JsonObject } from '../loose-json.ts';
import type { Check } from './check-context.ts';
import { hoursFields } from './hours-check.ts';

/** How each fact is named in a message: "Geen enkele bron noemt <dit telefoonnummer>." */
const FACT_NAMES: Record<FactKind, string> = {
  phone: 'dit telefoonnummer',
  hours: 'deze openingsuren',
  free: 'of het gratis is',
  anonymous: 'of het anoniem kan',
};

/**
 * The facts a provider publishes, each with the path of the first field that publishes it. Works on a
 * file as read (before or after the schema check) and on checked data alike.
 */
export function publishedFacts(data: object): Map<FactKind, JsonPath> {
  const provider = data as JsonObject;
  const found = new Map<FactKind, JsonPath>();
  const add = (kind: FactKind, path: JsonPath) => {
    if (!found.has(kind)) found.set(kind, path);
  };
  const channels = asObject(provider.channels);
  for (const [phone, index] of objectsIn(channels?.phone)) {
    if (phone.number !== undefined) add('phone', ['channels', 'phone', index, 'number']);
    if (phone.free !== undefined) add('free', ['channels', 'phone', index, 'free']);
  }
  for (const kind of ['phone', 'chat', 'video'] as const) {
    for (const [channel, index] of objectsIn(channels?.[kind])) {
      if (channel.hours !== undefined) add('hours', ['channels', kind, index, 'hours']);
      if (channel.hoursNote !== undefined) add('hours', ['channels', kind, index, 'hoursNote']);
    }
  }
  for (const [location, index] of objectsIn(provider.locations)) {
    if (location.hours !== undefined) add('hours', ['locations', index, 'hours']);
    if (location.hoursNote !== undefined) add('hours', ['locations', index, 'hoursNote']);
  }
  if (provider.free !== undefined) add('free', ['free']);
  if (provider.anonymous !== undefined) add('anonymous', ['anonymous']);
  return found;
}

/** The sources as far as they can be read: page date and the facts they confirm. */
function readableSources(provider: JsonObject): { pageDate?: string; confirms: FactKind[] }[] {
  return objectsIn(provider.sources).map(([source]) => ({
    pageDate: asString(source.pageDate),
    confirms: asArray(source.confirms).filter((kind): kind is FactKind => FACT_KINDS.includes(kind as FactKind)),
  }));
}

/** A provider's facts with their dates, and whether the crisis lane fixes some of them in code. */
export function datedFacts(id: string, factDates: FactDates, verifiedOn: string | undefined): DatedFacts {
  return {
    factDates,
    verification: verifiedOn === undefined ? undefined : { date: verifiedOn },
    crisisLane: crisisLanePosition(id),
    crisisLaneAlwaysOpen: crisisLaneAlwaysOpen(id),
  };
}

export const factSourcesCheck: Check = {
  name: 'fact-sources',
  run({ provider, today }, report) {
    const published = publishedFacts(provider);
    const sources = readableSources(provider);
    for (const [kind, path] of published) {
      if (sources.some((source) => source.confirms.includes(kind))) continue;
      report(
        path,
        `Geen enkele bron zegt ${FACT_NAMES[kind]}. Een jongere moet erop kunnen rekenen dat elk gegeven ergens vandaan komt.`,
        `zet "${kind}" in "confirms" van de bron waar het staat, bv. "confirms": ["${kind}"]. Staat het in geen enkele bron, haal het dan weg.`,
      );
    }
    for (const [source, index] of objectsIn(provider.sources)) {
      const confirms = asArray(source.confirms);
      const twice = confirms.find((kind, at) => confirms.indexOf(kind) !== at);
      if (twice !== undefined) {
        report(['sources', index, 'confirms'], `"${String(twice)}" staat twee keer in "confirms".`, 'schrijf elk gegeven één keer.');
      }
    }

    // Structured hours drive the live "open now" badge: from an old or undated page, and never checked
    // with the organisation, they would tell a young person at night that a line is open when nobody knows.
    const verifiedOn = asString(asObject(provider.verification)?.date);
    const dated = datedFacts(asString(provider.id) ?? '', factDatesFromSources([...published.keys()], sources), verifiedOn);
    const age = factAge(dated, 'hours', today);
    if (age.current) return;
    for (const [path] of hoursFields(provider)) {
      const phoneIndex = path[1] === 'phone' ? (path[2] as number) : undefined;
      if (hoursFixedInCode(dated, phoneIndex)) continue;
      const from = age.date ? `uit een bron van ${age.date}` : 'uit een bron zonder datum';
      report(
        path,
        `Deze openingsuren komen ${from}, en niemand heeft ze nagekeken bij de organisatie. Uren ouder dan ${FACT_CURRENT_FOR_YEARS} jaar toont de site niet als "nu open".`,
        `bel de organisatie en noteer dat in "verification", of haal "hours" weg en zet de uren als tekst in "hoursNote", met het jaar erbij: { "nl": "In ${age.date?.slice(0, 4) ?? '2019'}: op werkdagen van 9 tot 17 uur." }.`,
      );
    }
  },
};

/** Whether every opening hours a provider publishes are fixed in code (an always-open crisis line's first number). */
export function hoursOnlyFixedInCode(data: object, dated: DatedFacts): boolean {
  const provider = data as JsonObject;
  const channels = asObject(provider.channels);
  const hasNote = [
    ...(['phone', 'chat', 'video'] as const).flatMap((kind) => objectsIn(channels?.[kind])),
    ...objectsIn(provider.locations),
  ].some(([way]) => way.hoursNote !== undefined);
  const structured = hoursFields(provider);
  return (
    !hasNote &&
    structured.length > 0 &&
    structured.every(([path]) => hoursFixedInCode(dated, path[1] === 'phone' ? (path[2] as number) : undefined))
  );
}

/** How long ahead staff are warned that opening hours will become too old to show as live. */
export const HOURS_AGEING_WARNING_DAYS = 90;

/**
 * Warns while structured hours are still current but will not be within HOURS_AGEING_WARNING_DAYS: on
 * that day fact-sources refuses them and nothing is published until someone acts, so staff hear it first.
 */
export const hoursAgeingCheck: Check = {
  name: 'hours-ageing',
  marksForRecheck: true,
  run({ provider, today }, report) {
    const published = publishedFacts(provider);
    if (!published.has('hours')) return;
    const dated = datedFacts(
      asString(provider.id) ?? '',
      factDatesFromSources([...published.keys()], readableSources(provider)),
      asString(asObject(provider.verification)?.date),
    );
    const age = factAge(dated, 'hours', today);
    if (!age.current || age.date === undefined || factAge(dated, 'hours', daysAfter(today, HOURS_AGEING_WARNING_DAYS)).current) return;
    for (const [path] of hoursFields(provider)) {
      if (hoursFixedInCode(dated, path[1] === 'phone' ? (path[2] as number) : undefined)) continue;
      report(
        path,
        `Deze openingsuren komen uit een bron van ${age.date} en zijn na ${currentUntil(age.date)} ouder dan ${FACT_CURRENT_FOR_YEARS} jaar. Dan weigert de controle ze, en wordt de site niet meer bijgewerkt tot iemand ze nakijkt.`,
        'bel de organisatie nu en noteer dat in "verification", of zet de uren als tekst in "hoursNote", met het jaar erbij.',
        { severity: 'warning' },
      );
    }
  },
};

/** The day `days` days after a YYYY-MM-DD day. */
function daysAfter(day: string, days: number): string {
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
