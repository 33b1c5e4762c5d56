/**
 * The one shape of a check, what it receives, and how it reports. The runner (../check-data.ts) treats
 * every check alike: what sets one apart is said by its flags, never by who it is.
 */
import type { DataFolder } from '../data-folder.ts';
import type { JsonPath, JsonSource } from '../json-source.ts';
import type { JsonObject } from '../loose-json.ts';
import type { Severity } from '../problems.ts';
import type { MunicipalityData, ThemeData } from '../provider-schema.ts';
import type { Findings } from '../checked-provider.ts';

export interface Vocabulary {
  themes: ThemeData[];
  municipalities: MunicipalityData[];
}

export type VocabularyFile = keyof Vocabulary;

export interface CheckInput {
  /** Today's date, YYYY-MM-DD, in Belgium. Passed in so tests can freeze it. */
  today: string;
  /** As read and checked; a file that could not be read leaves an empty list. */
  vocabulary: Vocabulary;
  folder: DataFolder;
  /**
   * The provider in hand, as read: checks also run on files that fail the schema, so every problem is
   * found at once. Empty for checks that run once over all files; they read `folder`.
   */
  provider: JsonObject;
}

export interface ReportOptions {
  severity?: Severity;
  /**
   * The file the problem is in, for checks that run once over all files: its source (the line of `path`
   * is looked up) or only its name (line 1). Per-provider checks leave it out: it is the provider's file.
   */
  file?: JsonSource | string;
  /** The provider the problem belongs to, when it is not the provider in hand. */
  providerId?: string;
  /** The line, for a problem that belongs to no field (such as the file's layout); otherwise the field's line. */
  line?: number;
}

export type Report = (path: JsonPath, message: string, fix: string, options?: ReportOptions) => void;

export interface Check {
  /** Short kebab-case name, used in tests and shown to developers. */
  name: string;
  /**
   * Vocabulary files the check compares against. When one cannot be read the check is skipped: it would
   * otherwise call every theme or municipality unknown.
   */
  needsVocabulary?: readonly VocabularyFile[];
  /** Runs once over the whole folder, after the per-provider checks, instead of once per provider file. */
  onceOverAllFiles?: boolean;
  /** It never refuses data: its problems are warnings, about the catalogue as a whole. */
  onlyWarns?: boolean;
  /** Its problems mean a provider needs re-checking with the organisation: the summary lists those. */
  marksForRecheck?: boolean;
  /** Reports every problem; a per-provider check may also return what it worked out, for the build. */
  run(input: CheckInput, report: Report): Findings | void;
}
