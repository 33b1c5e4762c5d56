/**
 * Checks that look at more than one file: JSON syntax, ids against file names and each other, and the
 * vocabulary files the providers refer to.
 */
import type { ProviderFile } from '../data-folder.ts';
import { MAX_NESTING, type JsonSource, type JsonSyntaxError } from '../json-source.ts';
import { asString } from '../loose-json.ts';
import type { AddProblem, Vocabulary } from './check-context.ts';
import { outsideBelgium } from './reference-checks.ts';

/** Explains the first JSON syntax error of a file: the ones after it are usually caused by it. */
export function explainSyntaxError(source: JsonSource, error: JsonSyntaxError): { message: string; fix: string } {
  const where = `Op regel ${error.line}, teken ${error.column}`;
  if ('“”„‘’'.includes(error.found) && error.found !== '') {
    return {
      message: `${where} staat een gekruld aanhalingsteken (${error.found}). JSON kent alleen rechte aanhalingstekens (").`,
      fix: 'vervang “ en ” door ". Dat gebeurt vaak als je tekst uit Word of een e-mail kopieert.',
    };
  }
  if (source.text.trim() === '') {
    return { message: 'Het bestand is leeg.', fix: 'kopieer het sjabloon uit data/README.md en vul het in, of haal het bestand weg.' };
  }
  switch (error.code) {
    case 'CommaExpected':
      return {
        message: `${where} verwacht de computer een komma.`,
        fix: 'meestal ontbreekt de komma aan het einde van de regel ervoor. Tussen twee velden of twee items in een lijst staat altijd een komma.',
      };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      return {
        message: `${where} verwacht de computer een veld of een waarde, maar die ontbreekt.`,
        fix: 'meestal staat er een komma te veel vlak voor een } of ]: haal die komma weg. Staat er een waarde zonder aanhalingstekens, zet die dan tussen "".',
      };
    case 'ColonExpected':
      return { message: `${where} ontbreekt een dubbelpunt.`, fix: 'na de naam van een veld komt een dubbelpunt, zo: "name": "Awel"' };
    case 'CloseBraceExpected':
      return { message: `${where} ontbreekt een sluitende accolade }.`, fix: 'elke { heeft een } nodig. Kijk ook of er een komma ontbreekt tussen twee velden.' };
    case 'CloseBracketExpected':
      return { message: `${where} ontbreekt een sluitend haakje ].`, fix: 'elke [ heeft een ] nodig. Kijk ook of er een komma ontbreekt tussen twee items.' };
    case 'UnexpectedEndOfString':
      return { message: `${where} is een tekst niet afgesloten.`, fix: 'zet een " aan het einde van de tekst. Een " binnen een tekst schrijf je als \\".' };
    case 'UnexpectedEndOfComment':
    case 'InvalidCommentToken':
      return { message: `${where} staat een opmerking (// of /* */). Dat kan niet in JSON.`, fix: 'haal de opmerking weg. Een notitie voor collega\'s past in het veld "staffNote".' };
    case 'NestingTooDeep':
      return {
        message: `${where} staan meer dan ${MAX_NESTING} haakjes { of [ in elkaar. Zo diep gaat geen aanbieder.`,
        fix: 'kijk of er haakjes te veel staan, of kopieer het sjabloon uit data/README.md opnieuw.',
      };
    case 'EndOfFileExpected':
      return { message: `${where} staat nog iets na de laatste }.`, fix: 'haal alles na de laatste } weg. Eén bestand bevat één aanbieder.' };
    case 'InvalidEscapeCharacter':
    case 'InvalidCharacter':
    case 'InvalidUnicode':
      return {
        message: `${where} staat een teken dat niet in een JSON-tekst mag (bv. een tab, een enter of een losse \\).`,
        fix: 'schrijf de tekst op één regel. Een " in een tekst schrijf je als \\" en een \\ als \\\\.',
      };
    default:
      return {
        message: `${where} staat een teken dat de computer niet verwacht ("${error.found}").`,
        fix: 'kijk na of elke tekst tussen rechte aanhalingstekens " staat en of er geen komma ontbreekt of te veel staat.',
      };
  }
}

/** Each id equals its file name, and no two providers share an id (capitals do not count). */
export function checkIds(providers: ProviderFile[], add: AddProblem) {
  const filesById = new Map<string, ProviderFile[]>();
  for (const providerFile of providers) {
    const { file, fileId, raw, source } = providerFile;
    const id = asString(raw?.id);
    if (id !== undefined && id !== fileId) {
      add({
        check: 'id-matches-file',
        file,
        line: source.lineOf(['id']),
        providerId: id,
        field: 'id',
        message: `Het id "${id}" is niet gelijk aan de naam van het bestand (${fileId}.json).`,
        fix: `maak ze gelijk: zet "id": "${fileId}", of hernoem het bestand naar ${id}.json.`,
      });
    }
    for (const key of new Set([fileId.toLowerCase(), id?.toLowerCase()].filter(Boolean) as string[])) {
      filesById.set(key, [...(filesById.get(key) ?? []), providerFile]);
    }
  }
  for (const [key, files] of filesById) {
    if (files.length < 2) continue;
    for (const { file, fileId, raw, source } of files) {
      const others = files.filter((other) => other.file !== file).map((other) => other.file);
      add({
        check: 'id-unique',
        file,
        line: source.lineOf(['id']),
        providerId: asString(raw?.id) ?? fileId,
        field: 'id',
        message: `Het id "${key}" wordt ook gebruikt in ${others.join(', ')}.`,
        fix: 'elke aanbieder heeft een eigen id. Staat dezelfde aanbieder er twee keer in, voeg de bestanden dan samen; anders kies je een ander id en bestandsnaam.',
      });
    }
  }
}

/** Theme and municipality ids are unique, a postcode belongs to one municipality only, and centres lie in Belgium. */
export function checkVocabulary(vocabulary: Vocabulary, themes: JsonSource, municipalities: JsonSource, add: AddProblem) {
  const duplicate = (source: JsonSource, list: { id: string }[], key: string, what: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) {
        add({ check: 'vocabulary', file: source.file, line: source.lineOf([key, index, 'id']), field: `${key}[${index}].id`, message: `Het ${what} "${item.id}" staat er twee keer in.`, fix: `geef elk ${what} een eigen id.` });
      }
      seen.add(item.id);
    });
  };
  duplicate(themes, vocabulary.themes, 'themes', 'thema');
  duplicate(municipalities, vocabulary.municipalities, 'municipalities', 'gemeente-id');
  vocabulary.municipalities.forEach((municipality, m) => {
    const outside = outsideBelgium(municipality.centre.lat, municipality.centre.lon);
    if (outside) {
      add({ check: 'vocabulary', file: municipalities.file, line: municipalities.lineOf(['municipalities', m, 'centre']), field: `municipalities[${m}].centre`, ...outside });
    }
  });
  const owner = new Map<string, string>();
  vocabulary.municipalities.forEach((municipality, m) =>
    municipality.postcodes.forEach((postcode, p) => {
      const other = owner.get(postcode.code);
      if (other && other !== municipality.id) {
        add({
          check: 'vocabulary',
          file: municipalities.file,
          line: municipalities.lineOf(['municipalities', m, 'postcodes', p, 'code']),
          field: `municipalities[${m}].postcodes[${p}].code`,
          message: `Postcode ${postcode.code} staat bij ${other} én bij ${municipality.id}.`,
          fix: 'een postcode hoort bij één gemeente: haal hem bij de verkeerde weg.',
        });
      }
      owner.set(postcode.code, municipality.id);
    }),
  );
}
