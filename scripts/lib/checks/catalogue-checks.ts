/**
 * Checks that look at more than one file: which files are in the providers folder, ids against file
 * names and each other, and the vocabulary files the providers refer to. Also explains JSON syntax
 * errors, for the reader of the folder.
 */
import type { ProviderFile } from '../data-folder.ts';
import { MAX_NESTING, type JsonSource, type JsonSyntaxError } from '../json-source.ts';
import { asString } from '../loose-json.ts';
import type { Check } from './check-context.ts';
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
      return {
        message: `${where} ontbreekt een sluitende accolade }.`,
        fix: 'elke { heeft een } nodig. Kijk ook of er een komma ontbreekt tussen twee velden.',
      };
    case 'CloseBracketExpected':
      return {
        message: `${where} ontbreekt een sluitend haakje ].`,
        fix: 'elke [ heeft een ] nodig. Kijk ook of er een komma ontbreekt tussen twee items.',
      };
    case 'UnexpectedEndOfString':
      return {
        message: `${where} is een tekst niet afgesloten.`,
        fix: 'zet een " aan het einde van de tekst. Een " binnen een tekst schrijf je als \\".',
      };
    case 'UnexpectedEndOfComment':
    case 'InvalidCommentToken':
      return {
        message: `${where} staat een opmerking (// of /* */). Dat kan niet in JSON.`,
        fix: 'haal de opmerking weg. Een notitie voor collega\'s past in het veld "staffNote".',
      };
    case 'NestingTooDeep':
      return {
        message: `${where} staan meer dan ${MAX_NESTING} haakjes { of [ in elkaar. Zo diep gaat geen aanbieder.`,
        fix: 'kijk of er haakjes te veel staan, of kopieer het sjabloon uit data/README.md opnieuw.',
      };
    case 'EndOfFileExpected':
      return {
        message: `${where} staat nog iets na de laatste }.`,
        fix: 'haal alles na de laatste } weg. Eén bestand bevat één aanbieder.',
      };
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

/** Only .json files in the providers folder, and at least one. */
export const fileNameCheck: Check = {
  name: 'file-name',
  onceOverAllFiles: true,
  run({ folder }, report) {
    for (const file of folder.strayFiles) {
      report(
        [],
        'Dit bestand staat tussen de aanbieders maar is geen .json-bestand.',
        'geef het een naam die eindigt op .json, of haal het weg.',
        { file },
      );
    }
    if (folder.providers.length === 0) {
      report([], 'Er staan geen aanbieders in de map.', 'zet voor elke aanbieder een .json-bestand in data/providers/.', {
        file: `${folder.providersDir}/`,
      });
    }
  },
};

export const idMatchesFileCheck: Check = {
  name: 'id-matches-file',
  onceOverAllFiles: true,
  run({ folder }, report) {
    for (const { fileId, raw, source } of folder.providers) {
      const id = asString(raw?.id);
      if (id !== undefined && id !== fileId) {
        report(
          ['id'],
          `Het id "${id}" is niet gelijk aan de naam van het bestand (${fileId}.json).`,
          `maak ze gelijk: zet "id": "${fileId}", of hernoem het bestand naar ${id}.json.`,
          {
            file: source,
            providerId: id,
          },
        );
      }
    }
  },
};

/** No two providers share an id or file name (capitals do not count). */
export const idUniqueCheck: Check = {
  name: 'id-unique',
  onceOverAllFiles: true,
  run({ folder }, report) {
    const filesById = new Map<string, ProviderFile[]>();
    for (const providerFile of folder.providers) {
      const id = asString(providerFile.raw?.id);
      for (const key of new Set([providerFile.fileId.toLowerCase(), id?.toLowerCase()].filter(Boolean) as string[])) {
        filesById.set(key, [...(filesById.get(key) ?? []), providerFile]);
      }
    }
    for (const [key, files] of filesById) {
      if (files.length < 2) continue;
      for (const { file, fileId, raw, source } of files) {
        const others = files.filter((other) => other.file !== file).map((other) => other.file);
        report(
          ['id'],
          `Het id "${key}" wordt ook gebruikt in ${others.join(', ')}.`,
          'elke aanbieder heeft een eigen id. Staat dezelfde aanbieder er twee keer in, voeg de bestanden dan samen; anders kies je een ander id en bestandsnaam.',
          { file: source, providerId: asString(raw?.id) ?? fileId },
        );
      }
    }
  },
};

/** Theme and municipality ids are unique, a postcode belongs to one municipality only, and centres lie in Belgium. */
export const vocabularyCheck: Check = {
  name: 'vocabulary',
  onceOverAllFiles: true,
  needsVocabulary: ['themes', 'municipalities'],
  run({ vocabulary, folder }, report) {
    const { themes, municipalities } = folder;
    if (!themes || !municipalities) return;
    const duplicate = (source: JsonSource, list: { id: string }[], key: string, what: string) => {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        if (seen.has(item.id))
          report([key, index, 'id'], `Het ${what} "${item.id}" staat er twee keer in.`, `geef elk ${what} een eigen id.`, { file: source });
        seen.add(item.id);
      });
    };
    duplicate(themes, vocabulary.themes, 'themes', 'thema');
    duplicate(municipalities, vocabulary.municipalities, 'municipalities', 'gemeente-id');
    vocabulary.municipalities.forEach((municipality, m) => {
      const outside = outsideBelgium(municipality.centre.lat, municipality.centre.lon);
      if (outside) report(['municipalities', m, 'centre'], outside.message, outside.fix, { file: municipalities });
    });
    const owner = new Map<string, string>();
    vocabulary.municipalities.forEach((municipality, m) =>
      municipality.postcodes.forEach((postcode, p) => {
        const other = owner.get(postcode.code);
        if (other && other !== municipality.id) {
          report(
            ['municipalities', m, 'postcodes', p, 'code'],
            `Postcode ${postcode.code} staat bij ${other} én bij ${municipality.id}.`,
            'een postcode hoort bij één gemeente: haal hem bij de verkeerde weg.',
            { file: municipalities },
          );
        }
        owner.set(postcode.code, municipality.id);
      }),
    );
  },
};

/**
 * A theme no provider has: young people who choose it only see the helplines for any question. A
 * warning, not an error: the theme is still worth offering, and the fix is research, not a quick edit.
 */
export const themeWithoutProvidersCheck: Check = {
  name: 'theme-without-providers',
  onceOverAllFiles: true,
  onlyWarns: true,
  needsVocabulary: ['themes'],
  run({ vocabulary, folder }, report) {
    if (!folder.themes) return;
    const used = new Set(folder.providers.flatMap(({ raw }) => (Array.isArray(raw?.themes) ? raw.themes : [])));
    const anyQuestion = folder.providers.filter(({ raw }) => raw?.anyQuestion === true).map(({ fileId }) => fileId);
    vocabulary.themes.forEach((theme, index) => {
      if (used.has(theme.id)) return;
      report(
        ['themes', index, 'id'],
        `Geen enkele aanbieder heeft het thema "${theme.id}" (${theme.label.nl}). Wie het kiest, ziet ${
          anyQuestion.length > 0
            ? `alleen de hulplijnen voor elke vraag (${anyQuestion.join(', ')})`
            : 'geen hulp in de lijst, alleen de crisislijnen'
        }.`,
        `zoek in de bronnen welke hulp bij "${theme.label.nl}" helpt en zet "${theme.id}" bij hun "themes". Zet het nooit bij een aanbieder zonder bron.`,
        { file: folder.themes },
      );
    });
  },
};
