/**
 * The first pass: does each field exist, with the right kind of value? zod finds the problems; this
 * file turns zod's English, developer-facing issues into Dutch sentences with an example of the fix.
 */
import { z } from 'zod';
import { formatPath, type JsonPath } from '../json-source.ts';
import { valueAt } from '../loose-json.ts';
import { providerSchema } from '../provider-schema.ts';
import type { Check, Report } from './check-context.ts';
import { FIELD_EXAMPLES } from './field-examples.ts';

/** How to shorten a text that is too long, by field. */
const SHORTER_HINTS: Record<string, string> = {
  summary: 'maak hem korter: één zin over wat ze voor jou doen. Meer uitleg past in "description".',
  name: 'schrijf de naam zoals jongeren hem kennen; de volledige naam van de organisatie past in "organisation".',
  description: 'hou alleen wat een jongere nodig heeft voor een eerste contact; verwijs voor de rest naar hun website.',
  hours: 'schrijf een vaste week, bv. "Mo-Fr 09:00-12:00,13:00-17:00; PH off", en leg uitzonderingen uit in "hoursNote".',
  url: 'kopieer het korte adres van de pagina, zonder alles na het "?".',
};

const KIND_NAMES: Record<string, string> = {
  string: 'tekst tussen aanhalingstekens',
  boolean: 'true of false, zonder aanhalingstekens',
  number: 'een getal, zonder aanhalingstekens',
  int: 'een geheel getal, zonder aanhalingstekens',
  array: 'een lijst tussen [ ]',
  object: 'een groep velden tussen { }',
};

/** Hands on zod's output (texts trimmed), so the build uses exactly what was checked. */
export const schemaCheck: Check = {
  name: 'schema',
  run({ provider }, report) {
    const parsed = parseReportingIssues(providerSchema, provider, report);
    return parsed && { parsed };
  },
};

/**
 * Checks a value against a schema, reports each issue in Dutch, and returns zod's output when there
 * were none. Used for providers and vocabulary files.
 */
export function parseReportingIssues<T extends z.ZodType>(schema: T, value: unknown, report: Report): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(schema, issue, value, report);
  return undefined;
}

function reportIssue(schema: z.ZodType, issue: z.core.$ZodIssue, provider: unknown, report: Report) {
  const path = issue.path as JsonPath;
  const field = lastName(path);
  const example = field ? FIELD_EXAMPLES[field] : undefined;
  const value = valueAt(provider, path);
  const shown = describeValue(value);

  switch (issue.code) {
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        if (key === 'crisisLane') {
          report(
            [...path, key],
            'De rij noodnummers bovenaan elke pagina ligt vast in de code (src/crisis/crisis-lane-definition.ts): een bestand kan er geen lijn aan toevoegen of verplaatsen.',
            'haal "crisisLane" weg. Moet de rij echt anders, vraag het dan aan een ontwikkelaar.',
          );
          continue;
        }
        if (key === 'lastChecked' && path.length === 0) {
          report(
            [key],
            '"lastChecked" bestaat niet meer: de site mag alleen "nagekeken" zeggen als iemand het echt bij de organisatie nakeek.',
            'haal "lastChecked" weg. De datum van een pagina hoort bij die bron ("pageDate"). Heb je echt gebeld, gemaild of hun eigen website gelezen? Schrijf dan "verification": { "date": "JJJJ-MM-DD", "role": "jouw functie", "method": "phone-call" }.',
          );
          continue;
        }
        const known = knownKeysAt(schema, path);
        const suggestion = suggestKey(key, known);
        report(
          [...path, key],
          `Het veld "${key}" bestaat niet${path.length ? ` in "${formatPath(path)}"` : ''}.`,
          suggestion
            ? `bedoel je "${suggestion}"? Hoofdletters tellen mee.`
            : `kijk de schrijfwijze na of haal het veld weg. Deze velden kunnen hier: ${known.join(', ')}.`,
        );
      }
      return;
    case 'invalid_type':
      if (value === undefined) {
        if (path.join('.') === 'sources') {
          report(
            path,
            'Er staat geen bron bij deze aanbieder. Zonder bron weten we niet of de gegevens kloppen.',
            `voeg de pagina toe waar je de gegevens vond: ${FIELD_EXAMPLES.sources}`,
          );
          return;
        }
        report(
          path,
          `Het veld "${formatPath(path)}" ontbreekt.`,
          example ? `voeg het toe, zo: ${example}` : 'voeg het veld toe. Kijk in data/README.md hoe het eruitziet.',
        );
        return;
      }
      report(
        path,
        `"${formatPath(path)}" moet ${KIND_NAMES[issue.expected] ?? issue.expected} zijn, maar er staat ${shown}.`,
        example ? `schrijf zo: ${example}` : `schrijf ${KIND_NAMES[issue.expected] ?? issue.expected}.`,
      );
      return;
    case 'invalid_value': {
      if (value === undefined) {
        report(
          path,
          `Het veld "${formatPath(path)}" ontbreekt.`,
          example
            ? `voeg het toe, zo: ${example}`
            : `voeg het toe met een van deze waarden: ${issue.values.map((option) => JSON.stringify(option)).join(', ')}.`,
        );
        return;
      }
      if (field === '$schema') {
        report(path, `Het veld "$schema" moet naar het schema wijzen, zodat je editor helpt.`, `schrijf zo: ${FIELD_EXAMPLES.$schema}`);
        return;
      }
      const options = issue.values.map((option) => JSON.stringify(option)).join(', ');
      report(path, `"${formatPath(path)}" kan niet ${shown} zijn.`, `kies een van deze waarden: ${options}.`);
      return;
    }
    case 'invalid_format':
      if (field === 'id') {
        report(
          path,
          `Het id ${shown} mag alleen kleine letters, cijfers en streepjes bevatten.`,
          'schrijf zo: "tele-onthaal", en geef het bestand dezelfde naam: tele-onthaal.json.',
        );
      } else if (field === 'postcode') {
        report(path, `De postcode ${shown} heeft geen 4 cijfers.`, `schrijf zo: ${FIELD_EXAMPLES.postcode}`);
      } else if (field === 'date' || field === 'pageDate') {
        report(
          path,
          `De datum ${shown} staat niet in de vorm jaar-maand-dag.`,
          'schrijf zo: "2024-01-12". Weet je alleen maand of jaar, schrijf dan "2024-01" of "2024".',
        );
      } else if (path.includes('keywords')) {
        report(
          path,
          `Het zoekwoord ${shown} bevat een komma.`,
          'zet elk zoekwoord apart in de lijst: ["ruzie", "thuis"]. In de spreadsheet scheidt een komma de zoekwoorden.',
        );
      } else if (path.includes('languages')) {
        report(path, `De taal ${shown} is geen taalcode van twee letters.`, 'schrijf zo: "nl", "en", "fr", "ar".');
      } else {
        report(
          path,
          `"${formatPath(path)}" heeft niet de juiste vorm: ${shown}.`,
          example ? `schrijf zo: ${example}` : 'kijk in data/README.md hoe dit veld eruitziet.',
        );
      }
      return;
    case 'too_small':
      if (issue.origin === 'string') {
        report(
          path,
          `"${formatPath(path)}" is leeg.`,
          example
            ? `vul het in, zo: ${example}, of haal het veld weg als het niet verplicht is.`
            : 'vul het in, of haal het veld weg als het niet verplicht is.',
        );
      } else if (issue.origin === 'array') {
        if (field === 'sources') {
          report(
            path,
            'Er staat geen bron bij deze aanbieder. Zonder bron weten we niet of de gegevens kloppen.',
            `voeg de pagina toe waar je de gegevens vond: ${FIELD_EXAMPLES.sources}`,
          );
        } else {
          report(
            path,
            `De lijst "${formatPath(path)}" is leeg.`,
            example ? `zet er minstens één in, zo: ${example}, of haal het veld weg.` : 'zet er minstens één in, of haal het veld weg.',
          );
        }
      } else {
        report(path, `"${formatPath(path)}" is te klein: ${shown}.`, `gebruik een getal vanaf ${issue.minimum}.`);
      }
      return;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        const hint = SHORTER_HINTS[field ?? ''] ?? (path.includes('summary') ? SHORTER_HINTS.summary : 'maak de tekst korter.');
        report(path, `"${formatPath(path)}" heeft ${length} tekens; er passen er ${issue.maximum}.`, hint);
      } else if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        report(
          path,
          `De lijst "${formatPath(path)}" heeft ${count} items; er passen er ${issue.maximum}.`,
          'hou alleen de belangrijkste over.',
        );
      } else {
        report(path, `"${formatPath(path)}" is te groot: ${shown}.`, `gebruik een getal tot en met ${issue.maximum}.`);
      }
      return;
    default:
      report(
        path,
        `"${formatPath(path)}" klopt niet: ${shown}.`,
        example ? `schrijf zo: ${example}` : 'kijk in data/README.md hoe dit veld eruitziet.',
      );
  }
}

function lastName(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The field names the schema allows at a path, for suggestions. */
function knownKeysAt(root: z.ZodType, path: JsonPath): string[] {
  let schema = root;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodArray && typeof part === 'number') schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject && typeof part === 'string') schema = schema.shape[part] as z.ZodType;
    else return [];
    if (!schema) return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

function suggestKey(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = known.find((candidate) => candidate.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
