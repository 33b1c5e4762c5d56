/**
 * Runs every check on a data folder and collects all problems, never stopping at the first.
 * Used by `npm run data:check`, by `npm run data:build` (which refuses to build when there are errors)
 * and by the tests. What the checks work out on the way (zod's parsed output, phone numbers as dialled,
 * weekly opening hours, municipality names) is handed on, so the build analyses nothing again.
 */
import type { z } from 'zod';
import type { Check, CheckInput, Report, ReportOptions, Vocabulary, VocabularyFile } from './checks/check-context.ts';
import {
  explainSyntaxError,
  fileNameCheck,
  idMatchesFileCheck,
  idUniqueCheck,
  themeWithoutProvidersCheck,
  vocabularyCheck,
} from './checks/catalogue-checks.ts';
import { contactCheck, emailCheck, linksCheck, phoneCheck } from './checks/contact-checks.ts';
import { crisisLaneCheck, crisisThemesCheck } from './checks/crisis-checks.ts';
import { datesCheck, stalenessCheck } from './checks/date-checks.ts';
import { formatCheck } from './checks/format-check.ts';
import { templateValuesCheck } from './checks/template-check.ts';
import { factAgeCheck, factAgeingCheck, factSourcesCheck, promisedContactCheck } from './checks/fact-checks.ts';
import { openingHoursCheck } from './checks/hours-check.ts';
import { ageRangeCheck, coordinatesCheck, municipalitiesExistCheck, postcodeCheck, themesExistCheck } from './checks/reference-checks.ts';
import { parseReportingIssues, schemaCheck } from './checks/schema-check.ts';
import { hiddenCharactersCheck, reportHiddenCharacters } from './checks/text-checks.ts';
import { checkedProvider, type CheckedProvider, type Findings } from './checked-provider.ts';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { readDataFolder, type DataFolder } from './data-folder.ts';
import { formatPath, type JsonPath, type JsonSource } from './json-source.ts';
import { asString } from './loose-json.ts';
import { sortProblems, type Problem } from './problems.ts';
import { municipalitiesFileSchema, themesFileSchema } from './provider-schema.ts';

/**
 * Every check, in the order their messages make most sense. Per-provider checks run first, file by
 * file; then the checks that run once over all files, in this order.
 */
export const CHECKS: readonly Check[] = [
  hiddenCharactersCheck,
  schemaCheck,
  templateValuesCheck,
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
  factSourcesCheck,
  factAgeCheck,
  contactCheck,
  promisedContactCheck,
  stalenessCheck,
  factAgeingCheck,
  vocabularyCheck,
  themeWithoutProvidersCheck,
  crisisThemesCheck,
  fileNameCheck,
  idMatchesFileCheck,
  idUniqueCheck,
  crisisLaneCheck,
  formatCheck,
];

export interface CheckResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Provider files found, valid or not. */
  providerCount: number;
  /** Ids of providers with a problem from a check that marks them for re-checking. */
  staleProviderIds: string[];
  /**
   * Providers that passed every check, parsed and with what the checks worked out: complete only when
   * errorCount is 0.
   */
  providers: CheckedProvider[];
  /** The vocabulary as parsed (texts trimmed); lists of a file that could not be read stay empty. */
  vocabulary: Vocabulary;
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD). Defaults to today in Belgium. */
  today?: string;
}

export function checkDataFolder(dataDir: string, options: CheckOptions = {}): CheckResult {
  return checkData(readDataFolder(dataDir), options);
}

/** How the reading steps report: they name the file and line themselves. */
type AddProblem = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

export function checkData(folder: DataFolder, { today = dateInBelgium(new Date()) }: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const add: AddProblem = (problem) => problems.push({ severity: 'error', ...problem });

  for (const { file, line, message, fix } of folder.fileProblems) add({ check: 'file', file, line, message, fix });
  const unreadable = new Set(folder.fileProblems.map((problem) => problem.file));
  const themes = readVocabularyFile(folder.themes, folder.themesPath, themesFileSchema, unreadable, add);
  const municipalities = readVocabularyFile(folder.municipalities, folder.municipalitiesPath, municipalitiesFileSchema, unreadable, add);
  const vocabulary: Vocabulary = { themes: themes?.themes ?? [], municipalities: municipalities?.municipalities ?? [] };
  const readable: Record<VocabularyFile, boolean> = { themes: Boolean(themes), municipalities: Boolean(municipalities) };
  const canRun = (check: Check) => (check.needsVocabulary ?? []).every((file) => readable[file]);

  const stale = new Set<string>();
  /** How one check reports: what it leaves out (the file, the line, the provider) is the provider's in hand. */
  const reporter =
    (check: Check, inHand?: { source: JsonSource; providerId: string }): Report =>
    (
      path: JsonPath,
      message: string,
      fix: string,
      {
        severity = check.onlyWarns ? 'warning' : 'error',
        file = inHand?.source,
        providerId = inHand?.providerId,
        line: atLine,
      }: ReportOptions = {},
    ) => {
      if (check.onlyWarns && severity !== 'warning') throw new Error(`Check "${check.name}" only warns, so it cannot report an error.`);
      if (file === undefined)
        throw new Error(`Check "${check.name}" runs once over all files, so each of its problems must name its file.`);
      const [shown, line] = typeof file === 'string' ? [file, atLine ?? 1] : [file.file, atLine ?? file.lineOf(path)];
      problems.push({
        severity,
        check: check.name,
        file: shown,
        line,
        providerId,
        field: path.length ? formatPath(path) : undefined,
        message,
        fix,
      });
      if (check.marksForRecheck && providerId !== undefined) stale.add(providerId);
    };

  const input: Omit<CheckInput, 'provider'> = { today, vocabulary, folder };
  const perProvider = CHECKS.filter((check) => !check.onceOverAllFiles);
  const providers: CheckedProvider[] = [];
  for (const { file, fileId, source, raw } of folder.providers) {
    const [syntaxError] = source.syntaxErrors;
    if (syntaxError) {
      const { message, fix } = explainSyntaxError(source, syntaxError);
      add({ check: 'json-syntax', file, line: syntaxError.line, column: syntaxError.column, providerId: fileId, message, fix });
      continue;
    }
    if (!raw) {
      add({
        check: 'json-syntax',
        file,
        line: 1,
        providerId: fileId,
        message: 'Het bestand bevat geen aanbieder tussen { }.',
        fix: 'kopieer het sjabloon uit data/README.md.',
      });
      continue;
    }
    const providerId = asString(raw.id) ?? fileId;
    const before = problems.length;
    reportKeyProblems(source, add, providerId);
    const findings: Findings = {};
    let allRan = true;
    for (const check of perProvider) {
      if (!canRun(check)) {
        allRan = false;
        continue;
      }
      Object.assign(findings, check.run({ ...input, provider: raw }, reporter(check, { source, providerId })));
    }
    const clean = !problems.slice(before).some((problem) => problem.severity === 'error');
    if (clean && allRan) providers.push(checkedProvider(findings));
  }
  for (const check of CHECKS.filter((c) => c.onceOverAllFiles && canRun(c))) check.run({ ...input, provider: {} }, reporter(check));

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

/** Reads a vocabulary file and returns zod's output, or reports why it cannot be used and returns undefined. */
function readVocabularyFile<T extends z.ZodType>(
  source: JsonSource | undefined,
  path: string,
  schema: T,
  unreadable: Set<string>,
  add: AddProblem,
): z.output<T> | undefined {
  if (!source) {
    if (!unreadable.has(path)) {
      add({
        check: 'vocabulary',
        file: path,
        line: 1,
        message: 'Dit bestand ontbreekt.',
        fix: 'zet het terug uit de vorige versie in GitHub; de aanbieders hebben het nodig.',
      });
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
    add({
      check: 'vocabulary',
      file: source.file,
      line: source.lineOf(issuePath),
      field: issuePath.length ? formatPath(issuePath) : undefined,
      message,
      fix,
    });
  let clean = before === 0;
  reportHiddenCharacters(source.value, (issuePath, message, fix) => {
    clean = false;
    report(issuePath, message, fix);
  });
  const parsed = parseReportingIssues(schema, source.value, report);
  return clean ? parsed : undefined;
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
