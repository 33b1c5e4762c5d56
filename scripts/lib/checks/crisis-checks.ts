/**
 * Guards the crisis lane and crisis search against data edits. The lane's lines, their order and their
 * numbers are fixed in src/crisis/crisis-lane-definition.ts; the data may change their texts and hours,
 * never which number a young person dials. The crisis themes may grow, never be switched off or emptied.
 */
import { join } from 'node:path';
import { CRISIS_LANE, CRISIS_THEMES } from '../../../src/crisis/crisis-lane-definition.ts';
import { looksLikeCrisis } from '../../../src/crisis/crisis-detection.ts';
import { normalizeText } from '../../../src/shared/normalize-text.ts';
import { readPhraseList } from '../../../tests/crisis/phrase-lists.ts';
import type { ProviderFile } from '../data-folder.ts';
import { formatPath, type JsonPath } from '../json-source.ts';
import { asArray, asObject, asString, objectsIn } from '../loose-json.ts';
import type { Check, Report, Vocabulary } from './check-context.ts';

const DEFINITION = 'src/crisis/crisis-lane-definition.ts';
const ASK_DEVELOPER = `De rij noodnummers ligt vast in de code (${DEFINITION}); wil je ze echt veranderen, vraag het dan aan een ontwikkelaar.`;

/** Every line of the crisis lane has its provider file, and its first number is the lane's number. */
export const crisisLaneCheck: Check = {
  name: 'crisis-lane',
  onceOverAllFiles: true,
  run({ folder }, report) {
    const unreadable = new Set(folder.fileProblems.map((problem) => problem.file));
    for (const [index, line] of CRISIS_LANE.entries())
      checkLaneLine(index, line, folder.providers, folder.providersDir, unreadable, report);
  },
};

function checkLaneLine(
  index: number,
  line: (typeof CRISIS_LANE)[number],
  providers: ProviderFile[],
  providersDir: string,
  unreadable: ReadonlySet<string>,
  report: Report,
) {
  const providerFile = providers.find((p) => p.fileId === line.providerId);
  const where = `Plaats ${index + 1} in de rij noodnummers bovenaan elke pagina`;
  const expectedFile = join(providersDir, `${line.providerId}.json`);
  if (unreadable.has(expectedFile)) return; // there, but not readable: that problem is reported already
  if (!providerFile) {
    report(
      [],
      `${where} is ${line.number}, maar het bestand ${line.providerId}.json ontbreekt. Zonder dat bestand verdwijnt ${line.number} van de site.`,
      `zet het bestand terug uit de vorige versie in GitHub. ${ASK_DEVELOPER}`,
      { file: expectedFile, providerId: line.providerId },
    );
    return;
  }
  const { source, raw } = providerFile;
  if (!raw) return; // the syntax check already explains why the file cannot be read
  const refuse = (path: JsonPath, message: string, fix: string) =>
    report(path, message, fix, { file: source, providerId: line.providerId });

  const phones = objectsIn(asObject(raw.channels)?.phone);
  const first = phones.find(([, i]) => i === 0)?.[0];
  const number = asString(first?.number);
  const digits = number?.replace(/[\s./()-]/g, '');
  if (digits !== line.number) {
    refuse(
      number === undefined ? ['channels', 'phone'] : ['channels', 'phone', 0, 'number'],
      `${where} belt ${line.number}. Dit is die lijn, maar het eerste nummer is ${number === undefined ? 'weg' : `"${number}"`}.`,
      `zet als eerste nummer: { "number": "${line.number}" }. Een ander nummer mag als tweede in de lijst. ${ASK_DEVELOPER}`,
    );
  }
  const hours = asString(first?.hours);
  if (line.alwaysOpen && hours !== undefined && hours.trim() !== '24/7') {
    refuse(
      ['channels', 'phone', 0, 'hours'],
      `${where} is dag en nacht open, maar hier staat "${hours}". Dan zou de site zeggen dat ${line.number} soms dicht is.`,
      `schrijf "hours": "24/7", of haal "hours" weg. ${ASK_DEVELOPER}`,
    );
  }
  // The lane shows the name, the summary and the number's label: none may show another number to call.
  const texts: [JsonPath, unknown][] = [
    [['name'], raw.name],
    ...Object.entries(asObject(raw.summary) ?? {}).map(([lang, text]): [JsonPath, unknown] => [['summary', lang], text]),
    ...Object.entries(asObject(first?.label) ?? {}).map(([lang, text]): [JsonPath, unknown] => [
      ['channels', 'phone', 0, 'label', lang],
      text,
    ]),
  ];
  for (const [path, text] of texts) {
    const other = otherNumberIn(asString(text) ?? '', line.number);
    if (other) {
      refuse(
        path,
        `${where} belt ${line.number}, maar in "${formatPath(path)}" staat ook ${other}. Een jongere in nood zou dat nummer kunnen bellen.`,
        `haal ${other} uit de tekst. Een ander nummer van deze organisatie kan als tweede nummer onder channels.phone.`,
      );
    }
  }
  for (const [chat, i] of objectsIn(asObject(raw.channels)?.chat)) {
    if (i > 0) break; // the lane shows the first chat only
    const url = asString(chat.url);
    const host = url && hostOf(url);
    if (host === undefined) continue; // the links check explains a broken link
    if (!line.chatDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
      refuse(
        ['channels', 'chat', 0, 'url'],
        `${where} toont deze chatlink, maar ${host} is niet de eigen site van deze lijn${line.chatDomains.length ? ` (${line.chatDomains.join(' of ')})` : ''}.`,
        `zet de chatlink van de eigen site van de lijn. Klopt het nieuwe adres echt, vraag dan een ontwikkelaar om het domein met de bron toe te voegen in ${DEFINITION}.`,
      );
    }
  }
}

/**
 * The crisis themes exist, are marked as crisis and keep the words the code needs, and no crisis word
 * is so short or so common that ordinary searches would show the lane on top.
 */
export const crisisThemesCheck: Check = {
  name: 'crisis-themes',
  onceOverAllFiles: true,
  needsVocabulary: ['themes'],
  run({ vocabulary, folder }, report) {
    if (!folder.themes) return;
    const inThemes: Report = (path, message, fix) => report(path, message, fix, { file: folder.themes });
    checkCrisisThemes(vocabulary, inThemes);
    checkCrisisWordsPrecision(vocabulary, inThemes);
  },
};

function checkCrisisThemes(vocabulary: Vocabulary, refuse: Report) {
  for (const required of CRISIS_THEMES) {
    const index = vocabulary.themes.findIndex((theme) => theme.id === required.themeId);
    const theme = vocabulary.themes[index];
    if (!theme) {
      refuse(
        ['themes'],
        `Het thema "${required.themeId}" ontbreekt. Wie daarover zoekt, moet de noodnummers bovenaan zien.`,
        `zet het thema terug uit de vorige versie in GitHub. Een thema over een crisis weghalen kan alleen in de code (${DEFINITION}).`,
      );
      continue;
    }
    if (theme.crisis !== true) {
      refuse(
        ['themes', index, 'crisis'],
        `Het thema "${required.themeId}" moet "crisis": true hebben: wie daarover zoekt, moet meteen de noodnummers zien.`,
        'zet "crisis": true terug.',
      );
    }
    const present = new Set([...theme.youthWords, ...theme.misspellings].map(normalizeText));
    const missing = required.requiredWords.filter((word) => !present.has(normalizeText(word)));
    if (missing.length > 0) {
      refuse(
        ['themes', index, 'youthWords'],
        `In het thema "${required.themeId}" ontbreken ${missing.map((w) => `"${w}"`).join(', ')}. Via die woorden vinden jongeren de noodnummers.`,
        `zet ze terug in "youthWords". Woorden toevoegen mag altijd; deze woorden weghalen kan alleen in de code (${DEFINITION}).`,
      );
    }
  }
  // A crisis word that is too short or too common would put the lane on top of every search.
  vocabulary.themes.forEach((theme, t) => {
    if (!theme.crisis) return;
    for (const key of ['youthWords', 'misspellings'] as const) {
      asArray(theme[key]).forEach((word, w) => {
        const normalized = typeof word === 'string' ? normalizeText(word) : '';
        if (normalized.replace(/ /g, '').length < 3) {
          refuse(
            ['themes', t, key, w],
            `Het crisiswoord "${String(word)}" is te kort: elke zoekopdracht met die letters zou de noodnummers bovenaan zetten.`,
            'schrijf het hele woord of de hele zin, bv. "ik wil dood".',
          );
        }
      });
    }
  });
}

/** The first number in a text (three digits or more, spaces and dots allowed) other than `own`. */
function otherNumberIn(text: string, own: string): string | undefined {
  return (text.match(/\d(?:[\d .]*\d)?/g) ?? [])
    .map((run) => run.trim())
    .find((run) => {
      const digits = run.replace(/[ .]/g, '');
      return digits.length >= 3 && digits !== own;
    });
}

/**
 * A crisis word from the data brings the lane to the top on its own. One that also matches everyday
 * searches ("sterven" in "mijn oma ligt op sterven", "school") would push every young person's results
 * down, so each word is tried on the ordinary youth searches in tests/crisis/ordinary-searches.txt.
 * The built-in patterns' own false alarms do not count against a word.
 */
function checkCrisisWordsPrecision(vocabulary: Vocabulary, refuse: Report) {
  const words = vocabulary.themes.flatMap((theme, t) =>
    theme.crisis
      ? (['youthWords', 'misspellings'] as const).flatMap((key) =>
          theme[key].map((word, w) => ({ word, path: ['themes', t, key, w] as JsonPath })),
        )
      : [],
  );
  // All words at once first: a word is tried on its own only when the whole list has a false alarm.
  const suspect = ordinaryTriggeredBy(words.map(({ word }) => normalizeText(word)));
  if (suspect.length === 0) return;
  for (const { word, path } of words) {
    const triggered = ordinaryTriggeredBy([normalizeText(word)], suspect);
    if (triggered.length === 0) continue;
    refuse(
      path,
      `Het crisiswoord "${word}" zet de noodnummers ook bovenaan bij gewone zoekopdrachten, zoals ${triggered
        .slice(0, 3)
        .map((q) => `"${q}"`)
        .join(' en ')}. Dan staan de resultaten van jongeren die gewoon iets zoeken lager.`,
      'maak het preciezer, met de woorden eromheen die jongeren in nood typen, bv. "ik wil sterven" in plaats van "sterven".',
    );
  }
}

const triggeredCache = new Map<string, string[]>();
let floorTriggers: Set<string> | undefined;

/** The ordinary searches (all, or `among` them) that these crisis phrases make look like a crisis, beyond the built-in patterns. */
function ordinaryTriggeredBy(phrases: string[], among?: string[]): string[] {
  const key = JSON.stringify([phrases, among]);
  let triggered = triggeredCache.get(key);
  if (!triggered) {
    const ordinary = among ?? readPhraseList('ordinary-searches');
    floorTriggers ??= new Set(readPhraseList('ordinary-searches').filter((query) => looksLikeCrisis(query, [])));
    const used = phrases.filter(Boolean);
    triggered = used.length ? ordinary.filter((query) => !floorTriggers!.has(query) && looksLikeCrisis(query, used)) : [];
    triggeredCache.set(key, triggered);
  }
  return triggered;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
