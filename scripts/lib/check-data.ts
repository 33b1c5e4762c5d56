/**
 * Runs every check on a data folder and collects all problems, never stopping at the first.
 * Used by `npm run data:check`, by `npm run data:build` (which refuses to build when there are errors)
 * and by the tests.
 */
import type { AddProblem, CheckEnvironment, ProviderCheck, Report, Vocabulary } from './checks/check-context.ts';
import { checkIds, checkVocabulary, explainSyntaxError } from './checks/catalogue-checks.ts';
import { contactCheck, emailCheck, linksCheck, phoneCheck } from './checks/contact-checks.ts';
import { checkCrisisLane, checkCrisisThemes, checkCrisisWordsPrecision } from './checks/crisis-checks.ts';
import { datesCheck, stalenessCheck } from './checks/date-checks.ts';
import { openingHoursCheck } from './checks/hours-check.ts';
import { ageRangeCheck, coordinatesCheck, municipalitiesExistCheck, postcodeCheck, themesExistCheck } from './checks/reference-checks.ts';
import { reportSchemaIssues, schemaCheck } from './checks/schema-check.ts';
import { hiddenCharactersCheck, reportHiddenCharacters } from './checks/text-checks.ts';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { readDataFolder, type DataFolder } from './data-folder.ts';
import { formatPath, type JsonSource } from './json-source.ts';
import { asString } from './loose-json.ts';
import { sortProblems, type Problem } from './problems.ts';
import {
  municipalitiesFileSchema,
  themesFileSchema,
  type MunicipalityData,
  type ProviderData,
  type ThemeData,
} from './provider-schema.ts';

/** Every check run on each provider file, in the order their messages make most sense. */
export const PROVIDER_CHECKS: ProviderCheck[] = [
  hiddenCharactersCheck,
  schemaCheck,
  themesExistCheck,
  municipalitiesExistCheck,
  postcodeCheck,
  coordinatesCheck,
  ageRangeCheck,
  phoneCheck,
  linksCheck,
  emailCheck,
  openingHoursCheck,
  datesCheck,
  contactCheck,
  stalenessCheck,
];

export interface CheckResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Provider files found, valid or not. */
  providerCount: number;
  /** Ids of providers with a warning that they need re-checking. */
  staleProviderIds: string[];
  /** The parsed providers and vocabulary: complete only when errorCount is 0. */
  providers: ProviderData[];
  vocabulary: Vocabulary;
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD). Defaults to today in Belgium. */
  today?: string;
}

export function checkDataFolder(dataDir: string, options: CheckOptions = {}): CheckResult {
  return checkData(readDataFolder(dataDir), options);
}

export function checkData(folder: DataFolder, { today = dateInBelgium(new Date()) }: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const add: AddProblem = (problem) => problems.push({ severity: 'error', ...problem });

  for (const { file, line, message, fix } of folder.fileProblems) add({ check: 'file', file, line, message, fix });
  const unreadable = new Set(folder.fileProblems.map((problem) => problem.file));
  const themes = readVocabularyFile<{ themes: ThemeData[] }>(folder.themes, folder.themesPath, themesFileSchema, unreadable, add);
  const municipalities = readVocabularyFile<{ municipalities: MunicipalityData[] }>(folder.municipalities, folder.municipalitiesPath, municipalitiesFileSchema, unreadable, add);
  const vocabulary: Vocabulary = { themes: themes?.themes ?? [], municipalities: municipalities?.municipalities ?? [] };
  const vocabularyReady = Boolean(themes && municipalities);
  if (themes && municipalities && folder.themes && folder.municipalities) {
    checkVocabulary(vocabulary, folder.themes, folder.municipalities, add);
  }
  if (themes && folder.themes) {
    checkCrisisThemes(vocabulary, folder.themes, add);
    checkCrisisWordsPrecision(vocabulary, folder.themes, add);
  }

  for (const file of folder.strayFiles) {
    add({ check: 'file-name', file, line: 1, message: 'Dit bestand staat tussen de aanbieders maar is geen .json-bestand.', fix: 'geef het een naam die eindigt op .json, of haal het weg.' });
  }
  if (folder.providers.length === 0) {
    add({ check: 'file-name', file: `${folder.providersDir}/`, line: 1, message: 'Er staan geen aanbieders in de map.', fix: 'zet voor elke aanbieder een .json-bestand in data/providers/.' });
  }

  const environment: CheckEnvironment = { today, vocabulary };
  const providers: ProviderData[] = [];
  const stale = new Set<string>();
  for (const providerFile of folder.providers) {
    const { file, fileId, source, raw } = providerFile;
    const [syntaxError] = source.syntaxErrors;
    if (syntaxError) {
      const { message, fix } = explainSyntaxError(source, syntaxError);
      add({ check: 'json-syntax', file, line: syntaxError.line, column: syntaxError.column, providerId: fileId, message, fix });
      continue;
    }
    if (!raw) {
      add({ check: 'json-syntax', file, line: 1, providerId: fileId, message: 'Het bestand bevat geen aanbieder tussen { }.', fix: 'kopieer het sjabloon uit data/README.md.' });
      continue;
    }
    const providerId = asString(raw.id) ?? fileId;
    const before = problems.length;
    reportKeyProblems(source, add, providerId);
    for (const check of PROVIDER_CHECKS) {
      if (!vocabularyReady && (check === themesExistCheck || check === municipalitiesExistCheck)) continue;
      const report: Report = (path, message, fix, severity = 'error') => {
        problems.push({ severity, check: check.name, file, line: source.lineOf(path), providerId, field: path.length ? formatPath(path) : undefined, message, fix });
        if (check === stalenessCheck) stale.add(providerId);
      };
      check.run(raw, environment, report);
    }
    if (!problems.slice(before).some((problem) => problem.severity === 'error')) providers.push(raw as ProviderData);
  }
  checkIds(folder.providers, add);
  checkCrisisLane(folder.providers, folder.providersDir, unreadable, add);

  const sorted = capPerFile(sortProblems(problems));
  return {
    problems: sorted,
    errorCount: problems.filter((p) => p.severity === 'error').length,
    warningCount: problems.filter((p) => p.severity === 'warning').length,
    providerCount: folder.providers.length,
    staleProviderIds: [...stale].sort(),
    providers,
    vocabulary,
  };
}

function readVocabularyFile<T>(
  source: JsonSource | undefined,
  path: string,
  schema: Parameters<typeof reportSchemaIssues>[0],
  unreadable: Set<string>,
  add: AddProblem,
): T | undefined {
  if (!source) {
    if (!unreadable.has(path)) {
      add({ check: 'vocabulary', file: path, line: 1, message: 'Dit bestand ontbreekt.', fix: 'zet het terug uit de vorige versie in GitHub; de aanbieders hebben het nodig.' });
    }
    return undefined;
  }
  const [syntaxError] = source.syntaxErrors;
  if (syntaxError) {
    const { message, fix } = explainSyntaxError(source, syntaxError);
    add({ check: 'json-syntax', file: source.file, line: syntaxError.line, column: syntaxError.column, message, fix });
    return undefined;
  }
  const before = reportKeyProblems(source, add);
  const report: Report = (issuePath, message, fix) =>
    add({ check: 'vocabulary', file: source.file, line: source.lineOf(issuePath), field: issuePath.length ? formatPath(issuePath) : undefined, message, fix });
  let clean = before === 0;
  reportHiddenCharacters(source.value, (issuePath, message, fix) => {
    clean = false;
    report(issuePath, message, fix);
  });
  const valid = reportSchemaIssues(schema, source.value, report);
  return valid && clean ? (source.value as T) : undefined;
}

/** Keys written twice, and keys such as "__proto__"; returns how many were found. */
function reportKeyProblems(source: JsonSource, add: AddProblem, providerId?: string): number {
  for (const { kind, key, path, line } of source.keyProblems) {
    const field = formatPath(path);
    add(
      kind === 'duplicate'
        ? {
            check: 'json-keys',
            file: source.file,
            line,
            providerId,
            field,
            message: `Het veld "${key}" staat twee keer in hetzelfde blok. De computer zou er maar één gebruiken, en niet altijd het eerste.`,
            fix: `haal een van de twee "${key}" weg, zodat duidelijk is welke waarde klopt.`,
          }
        : {
            check: 'json-keys',
            file: source.file,
            line,
            providerId,
            field,
            message: `"${key}" kan geen naam van een veld zijn: de computer geeft die naam een speciale betekenis.`,
            fix: 'haal dit veld weg. Welke velden kunnen, staat in data/README.md.',
          },
    );
  }
  return source.keyProblems.length;
}

/** Most problems listed for one file: past this, one more line says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** Keeps the report readable (a file of 250,000 repeated keys gave 750,000 lines); the counts stay right. */
function capPerFile(problems: Problem[]): Problem[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  return [...byFile.values()].flatMap((list) => {
    if (list.length <= MAX_PROBLEMS_PER_FILE) return list;
    const kept = list.slice(0, MAX_PROBLEMS_PER_FILE);
    const left = list.slice(MAX_PROBLEMS_PER_FILE);
    const errors = left.filter((p) => p.severity === 'error').length;
    return [
      ...kept,
      {
        ...left[0],
        severity: errors > 0 ? 'error' : 'warning',
        check: 'too-many-problems',
        field: undefined,
        message: `Er zijn nog ${left.length} meldingen in dit bestand die hier niet staan.`,
        fix: 'los de meldingen hierboven op en voer de controle opnieuw uit; vaak verdwijnen de andere dan ook.',
      } satisfies Problem,
    ];
  });
}
